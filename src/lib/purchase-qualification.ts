import type { SettableQualification } from './api-types/agreements';

// Apart from compliance-rules (and zod) so that the mock's catalog, loaded as the mock starts,
// does not bring the schema library with it.

/** The qualifications that unlock SKUs. */
export type PurchaseQualification = Exclude<SettableQualification, 'StateOwnedEntity'>;

/**
 * The qualification a SKU requires before it can be bought: Education-priced SKUs need an approved
 * Education qualification, GCC SKUs an approved GovernmentCommunityCloud one.
 */
export function requiredQualification(sku: {
  segment?: string;
  requiresQualification?: string;
}): PurchaseQualification | undefined {
  if (sku.requiresQualification === 'GovernmentCommunityCloud') return 'GovernmentCommunityCloud';
  if (sku.segment === 'education' || sku.requiresQualification === 'Education') return 'Education';
  return undefined;
}
