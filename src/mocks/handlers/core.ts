import { auditHandlers } from './audit';
import { countryValidationRulesHandlers } from './country-validation-rules';
import { customerCheckHandlers } from './customer-checks';
import { customerHandlers } from './customers';
import { mockControlHandlers } from './mock-control';
import { sessionHandlers } from './session';

/**
 * Every handler outside the four domains the browser's mock loads on their own (announcements,
 * commerce, compliance, account settings). Control endpoints first: they must answer even while a
 * fault scenario breaks everything else.
 */
export const coreHandlers = [
  ...mockControlHandlers,
  ...sessionHandlers,
  ...customerHandlers,
  ...customerCheckHandlers,
  ...countryValidationRulesHandlers,
  ...auditHandlers,
];
