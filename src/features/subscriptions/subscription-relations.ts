import type { SubscribedSku, Subscription } from '@/lib/api-types/catalog';
import { includesAddonServices, skuKey } from '@/lib/commerce-rules';
import type { CatalogRow } from '@/features/catalog';

/** The catalog key (`product:sku`) of a subscription's offer. */
export const productSku = (subscription: Subscription) => {
  const [productId = '', skuId = ''] = subscription.offerId.split(':');
  return skuKey(productId, skuId);
};

/** What an add-on relies on; `undefined` for a subscription that is no add-on. */
export interface Relation {
  base?: Subscription;
  /** The base already includes what the add-on adds (after an upgrade, E5 and Teams Phone). */
  included?: boolean;
  otherChannel?: SubscribedSku;
}

export interface RelationSources {
  /** The customer's subscriptions with this partner. */
  subscriptions: readonly Subscription[];
  /** Catalog rows by `product:sku`. */
  rows: ReadonlyMap<string, CatalogRow>;
  /** Licences in the customer's tenant from any channel. */
  licences: readonly SubscribedSku[];
}

/** An add-on's base: this partner's subscription first, else a licence from another channel. */
export function relationOf(subscription: Subscription, sources: RelationSources): Relation | undefined {
  const row = sources.rows.get(productSku(subscription));
  if (!row?.isAddon) return undefined;
  const active = sources.subscriptions.filter((item) => item.status === 'active');
  const prerequisites = row.sku.dynamicAttributes.prerequisiteSkus ?? [];
  const base = active.find((candidate) => prerequisites.includes(productSku(candidate)));
  if (base) return { base };
  // An upgrade suspends the old base; the new one is no prerequisite, for it already has the service.
  const services = row.sku.dynamicAttributes.includedServices ?? [];
  const including = active.find((candidate) => {
    const candidateRow = sources.rows.get(productSku(candidate));
    return (
      !candidateRow?.isAddon &&
      includesAddonServices(candidateRow?.sku.dynamicAttributes.includedServices ?? [], services)
    );
  });
  if (including) return { base: including, included: true };
  const otherChannel = sources.licences.find(
    (licence) =>
      licence.capabilityStatus === 'Enabled' &&
      licence.channel !== 'thisPartner' &&
      prerequisites.includes(skuKey(licence.productId, licence.skuId)),
  );
  return { ...(otherChannel ? { otherChannel } : {}) };
}

/** Every subscription with its relation, bases first, each followed by the add-ons that rely on it. */
export function basesThenAddons(
  sources: RelationSources,
): Array<{ subscription: Subscription; relation: Relation | undefined }> {
  const related = sources.subscriptions.map((subscription) => ({
    subscription,
    relation: relationOf(subscription, sources),
  }));
  const result: typeof related = [];
  for (const base of related.filter((item) => !item.relation)) {
    result.push(base, ...related.filter((item) => item.relation?.base?.id === base.subscription.id));
  }
  return [...result, ...related.filter((item) => !result.includes(item))];
}
