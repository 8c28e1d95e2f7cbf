import { accountValidationHandlers } from './account-validation';
import { agreementHandlers } from './agreements';
import { announcementImpactHandlers } from './announcement-impact';
import { announcementHandlers } from './announcements';
import { catalogHandlers } from './catalog';
import { commerceHandlers } from './commerce';
import { coreHandlers } from './core';

export const handlers = [
  ...coreHandlers,
  ...announcementHandlers,
  ...announcementImpactHandlers,
  ...catalogHandlers,
  ...commerceHandlers,
  ...agreementHandlers,
  ...accountValidationHandlers,
];
