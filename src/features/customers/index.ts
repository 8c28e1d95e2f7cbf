/** The customers feature's public entry: other features use only what is exported here. */
export { useScreeningGate } from './screening-gate';
export { missingScreeningCountQuery } from './api';
export { customerQualificationsQuery, complianceKeys } from './compliance-api';
