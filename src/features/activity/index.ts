/** The activity feature's public entry: what the shell and other features may use. */
export { CustomerActivityPanel } from './components/customer-activity-panel';
export { customerActivityTab } from './routes';
