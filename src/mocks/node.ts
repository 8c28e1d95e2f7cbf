import { setupServer } from 'msw/node';
import { handlers } from './handlers';
import { routed } from './routing';

export const server = setupServer(routed(handlers));
