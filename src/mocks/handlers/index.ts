import { agreementHandlers } from './agreements';
import { announcementImpactHandlers } from './announcement-impact';
import { announcementHandlers } from './announcements';
import { auditHandlers } from './audit';
import { catalogHandlers } from './catalog';
import { commerceHandlers } from './commerce';
import { countryValidationRulesHandlers } from './country-validation-rules';
import { accountHandlers } from './account';
import { customerHandlers } from './customers';
import { directoryHandlers } from './directory';
import { mockControlHandlers } from './mock-control';
import { userHandlers } from './users';

// Control endpoints first: they must answer even while a fault scenario breaks everything else.
export const handlers = [
  ...mockControlHandlers,
  ...userHandlers,
  ...customerHandlers,
  ...countryValidationRulesHandlers,
  ...announcementHandlers,
  ...announcementImpactHandlers,
  ...accountHandlers,
  ...directoryHandlers,
  ...catalogHandlers,
  ...commerceHandlers,
  ...agreementHandlers,
  ...auditHandlers,
];
