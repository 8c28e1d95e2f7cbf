import { describe, expect, it } from 'vitest';
import type { SubscribedSku, Subscription } from '@/lib/api-types/catalog';
import type { CatalogRow } from '@/features/catalog';
import { basesThenAddons, relationOf } from '@/features/subscriptions/subscription-relations';

function row(key: string, facts: { prerequisites?: string[]; services: string[] }): CatalogRow {
  return {
    key,
    isAddon: (facts.prerequisites?.length ?? 0) > 0,
    sku: {
      dynamicAttributes: {
        isAddon: (facts.prerequisites?.length ?? 0) > 0,
        prerequisiteSkus: facts.prerequisites ?? [],
        includedServices: facts.services,
      },
    },
  } as unknown as CatalogRow;
}

const rows = new Map(
  [
    row('E3:0001', { services: ['Mail'] }),
    row('E5:0001', { services: ['Mail', 'Phone'] }),
    row('PHONE:0001', { prerequisites: ['E3:0001'], services: ['Phone'] }),
    row('AUDIO:0001', { prerequisites: ['E3:0001'], services: ['Audio'] }),
    row('VOICE:0001', { prerequisites: ['GONE:0001'], services: ['Voice'] }),
  ].map((item) => [item.key, item]),
);

const subscription = (id: string, sku: string, status: Subscription['status'] = 'active') =>
  ({ id, offerId: `${sku}:AV`, friendlyName: id, status }) as Subscription;

const licence = (key: string, channel: SubscribedSku['channel']) => {
  const [productId, skuId] = key.split(':');
  return { productId, skuId, channel, capabilityStatus: 'Enabled' } as SubscribedSku;
};

describe('subscription relations', () => {
  it('finds an add-on’s base among the active subscriptions; a base has no relation', () => {
    const e3 = subscription('e3', 'E3:0001');
    const phone = subscription('phone', 'PHONE:0001');
    const sources = { subscriptions: [phone, e3], rows, licences: [] };
    expect(relationOf(e3, sources)).toBeUndefined();
    expect(relationOf(phone, sources)).toEqual({ base: e3 });
  });

  it('after an upgrade, the new suite that includes the add-on’s service is its base', () => {
    const e3 = subscription('e3', 'E3:0001', 'suspended');
    const e5 = subscription('e5', 'E5:0001');
    const phone = subscription('phone', 'PHONE:0001');
    expect(relationOf(phone, { subscriptions: [e3, e5, phone], rows, licences: [] })).toEqual({
      base: e5,
      included: true,
    });
  });

  it('falls back to a licence bought through another channel, else to no base at all', () => {
    const audio = subscription('audio', 'AUDIO:0001');
    const other = licence('E3:0001', 'otherPartner');
    expect(relationOf(audio, { subscriptions: [audio], rows, licences: [other] })).toEqual({
      otherChannel: other,
    });
    // This partner's own licence is its subscription, not another channel.
    expect(
      relationOf(audio, { subscriptions: [audio], rows, licences: [licence('E3:0001', 'thisPartner')] }),
    ).toEqual({});
  });

  it('orders bases first, each followed by its add-ons, then the add-ons without a base', () => {
    const orphan = subscription('orphan', 'VOICE:0001');
    const audio = subscription('audio', 'AUDIO:0001');
    const phone = subscription('phone', 'PHONE:0001');
    const e5 = subscription('e5', 'E5:0001');
    const e3 = subscription('e3', 'E3:0001');
    const ordered = basesThenAddons({ subscriptions: [orphan, audio, phone, e5, e3], rows, licences: [] });
    expect(ordered.map((item) => item.subscription.id)).toEqual(['e5', 'e3', 'audio', 'phone', 'orphan']);
    expect(ordered.at(-1)?.relation).toEqual({});
  });
});
