import { accountHandlers } from './account';
import { accountValidationHandlers } from './account-validation';
import { agreementHandlers } from './agreements';
import { announcementImpactHandlers } from './announcement-impact';
import { announcementHandlers } from './announcements';
import { catalogHandlers } from './catalog';
import { commerceHandlers } from './commerce';
import { coreHandlers } from './core';
import { directoryHandlers } from './directory';
import { userHandlers } from './users';

export const handlers = [
  ...coreHandlers,
  ...userHandlers,
  ...accountHandlers,
  ...directoryHandlers,
  ...announcementHandlers,
  ...announcementImpactHandlers,
  ...catalogHandlers,
  ...commerceHandlers,
  ...agreementHandlers,
  ...accountValidationHandlers,
];
