import type { Subscription } from '@/lib/api-types/catalog';
import { includesAddonServices, skuKey } from '@/lib/commerce-rules';

/** The catalog key (`product:sku`) of a subscription's offer. */
export const productSkuKey = (subscription: Subscription) => {
  const [productId = '', skuId = ''] = subscription.offerId.split(':');
  return skuKey(productId, skuId);
};

/** What the catalog says about a SKU, as far as add-ons and their bases are concerned. */
export interface AddonFacts {
  isAddon: boolean;
  prerequisiteSkus: readonly string[];
  includedServices: readonly string[];
}

export interface AddonBase {
  base: Subscription;
  /** The base already includes what the add-on adds (after an upgrade, E5 and Teams Phone). */
  included: boolean;
}

const inactiveStatuses: ReadonlySet<Subscription['status']> = new Set(['suspended', 'deleted', 'expired']);

/**
 * The subscription an add-on relies on, among the customer's others; `undefined` for a subscription
 * that is no add-on, or an add-on with nothing to rely on here.
 * 1. An active prerequisite of the add-on.
 * 2. An active suite that includes the add-on's service: an upgrade suspends the old base, and the
 *    new one is no prerequisite, for it already has the service.
 * 3. With `inactivePrerequisite`, a suspended, cancelled or expired prerequisite: the add-on was
 *    left behind (the renewals scan flags it; the subscriptions tab looks for a licence elsewhere).
 */
export function addonBase(
  addon: Subscription,
  others: readonly Subscription[],
  facts: (key: string) => AddonFacts | undefined,
  { inactivePrerequisite = false }: { inactivePrerequisite?: boolean } = {},
): AddonBase | undefined {
  const addonFacts = facts(productSkuKey(addon));
  if (!addonFacts?.isAddon) return undefined;
  const candidates = others.filter((other) => other.id !== addon.id);
  const isPrerequisite = (other: Subscription) => addonFacts.prerequisiteSkus.includes(productSkuKey(other));
  const active = candidates.filter((other) => other.status === 'active');
  const prerequisite = active.find(isPrerequisite);
  if (prerequisite) return { base: prerequisite, included: false };
  const including = active.find((other) => {
    const otherFacts = facts(productSkuKey(other));
    return (
      otherFacts !== undefined &&
      !otherFacts.isAddon &&
      includesAddonServices(otherFacts.includedServices, addonFacts.includedServices)
    );
  });
  if (including) return { base: including, included: true };
  if (!inactivePrerequisite) return undefined;
  const leftBehind = candidates.find((other) => inactiveStatuses.has(other.status) && isPrerequisite(other));
  return leftBehind ? { base: leftBehind, included: false } : undefined;
}
