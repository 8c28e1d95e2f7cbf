import type { SubscribedSku, Subscription } from '@/lib/api-types/catalog';
import { skuKey } from '@/lib/commerce-rules';
import type { CatalogRow } from '@/features/catalog';
import { addonBase, productSkuKey, type AddonFacts } from './addon-base';

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

function factsOf(row: CatalogRow | undefined): AddonFacts | undefined {
  if (!row) return undefined;
  const { prerequisiteSkus = [], includedServices = [] } = row.sku.dynamicAttributes;
  return { isAddon: row.isAddon, prerequisiteSkus, includedServices };
}

/** An add-on's base: this partner's subscription first, else a licence from another channel. */
export function relationOf(subscription: Subscription, sources: RelationSources): Relation | undefined {
  const row = sources.rows.get(productSkuKey(subscription));
  if (!row?.isAddon) return undefined;
  const found = addonBase(subscription, sources.subscriptions, (key) => factsOf(sources.rows.get(key)));
  if (found) return found.included ? { base: found.base, included: true } : { base: found.base };
  const prerequisites = row.sku.dynamicAttributes.prerequisiteSkus ?? [];
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
