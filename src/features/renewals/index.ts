export { renewalsRoutes } from './routes';
export { RenewalsHomeCards } from './components/home-cards';
