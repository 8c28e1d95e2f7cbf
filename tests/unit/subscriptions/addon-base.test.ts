import { describe, expect, it } from 'vitest';
import type { Subscription } from '@/lib/api-types/catalog';
import { addonBase, type AddonFacts } from '@/features/subscriptions';

const facts: Record<string, AddonFacts> = {
  'E3:0001': { isAddon: false, prerequisiteSkus: [], includedServices: ['Mail'] },
  'E5:0001': { isAddon: false, prerequisiteSkus: [], includedServices: ['Mail', 'Phone'] },
  'PHONE:0001': { isAddon: true, prerequisiteSkus: ['E3:0001'], includedServices: ['Phone'] },
  'CALLING:0001': { isAddon: true, prerequisiteSkus: ['PHONE:0001'], includedServices: ['Phone', 'Calls'] },
};
const lookup = (key: string) => facts[key];

const subscription = (id: string, sku: string, status: Subscription['status'] = 'active') =>
  ({ id, offerId: `${sku}:AV`, status }) as Subscription;

describe('the base an add-on relies on', () => {
  it('has none for a subscription that is no add-on, or one the catalog does not know', () => {
    const e3 = subscription('e3', 'E3:0001');
    expect(addonBase(e3, [e3], lookup)).toBeUndefined();
    expect(addonBase(subscription('x', 'GONE:0001'), [e3], lookup)).toBeUndefined();
  });

  it('takes an active prerequisite before a suite that includes the service', () => {
    const e3 = subscription('e3', 'E3:0001');
    const e5 = subscription('e5', 'E5:0001');
    const phone = subscription('phone', 'PHONE:0001');
    expect(addonBase(phone, [e5, phone, e3], lookup)).toEqual({ base: e3, included: false });
  });

  it('after an upgrade, relies on the new suite, which already includes the service', () => {
    const e3 = subscription('e3', 'E3:0001', 'suspended');
    const e5 = subscription('e5', 'E5:0001');
    const phone = subscription('phone', 'PHONE:0001');
    expect(addonBase(phone, [e3, e5, phone], lookup)).toEqual({ base: e5, included: true });
    expect(addonBase(phone, [e3, e5, phone], lookup, { inactivePrerequisite: true })).toEqual({
      base: e5,
      included: true,
    });
  });

  it('names a suspended, cancelled or expired prerequisite only when asked', () => {
    for (const status of ['suspended', 'deleted', 'expired'] as const) {
      const e3 = subscription('e3', 'E3:0001', status);
      const phone = subscription('phone', 'PHONE:0001');
      expect(addonBase(phone, [e3, phone], lookup)).toBeUndefined();
      expect(addonBase(phone, [e3, phone], lookup, { inactivePrerequisite: true })).toEqual({
        base: e3,
        included: false,
      });
    }
    const pending = subscription('e3', 'E3:0001', 'pending');
    const phone = subscription('phone', 'PHONE:0001');
    expect(addonBase(phone, [pending, phone], lookup, { inactivePrerequisite: true })).toBeUndefined();
  });

  it('never counts another add-on as a suite that includes the service', () => {
    const calling = subscription('calling', 'CALLING:0001');
    const phone = subscription('phone', 'PHONE:0001');
    expect(addonBase(phone, [calling, phone], lookup)).toBeUndefined();
    // An add-on may itself be another add-on's prerequisite.
    expect(addonBase(calling, [calling, phone], lookup)).toEqual({ base: phone, included: false });
  });
});
