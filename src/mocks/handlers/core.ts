import { accountHandlers } from './account';
import { auditHandlers } from './audit';
import { countryValidationRulesHandlers } from './country-validation-rules';
import { customerCheckHandlers } from './customer-checks';
import { customerHandlers } from './customers';
import { directoryHandlers } from './directory';
import { mockControlHandlers } from './mock-control';
import { userHandlers } from './users';

/**
 * Every handler outside the three domains the browser's mock loads on their own (announcements,
 * commerce, compliance). Control endpoints first: they must answer even while a fault scenario
 * breaks everything else.
 */
export const coreHandlers = [
  ...mockControlHandlers,
  ...userHandlers,
  ...customerHandlers,
  ...customerCheckHandlers,
  ...countryValidationRulesHandlers,
  ...accountHandlers,
  ...directoryHandlers,
  ...auditHandlers,
];
