import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Subscription, TermDuration } from '@/lib/api-types/catalog';
import { canScheduleAt, isWithin, projectedEnd, renewalAt, termEndDate } from '@/lib/commerce-rules';
import { alignmentIssues, type SkuFacts } from '@/features/renewals/alignment';

const facts: Record<string, SkuFacts> = {
  'BASE:0001': { isAddon: false, prerequisiteSkus: [], includedServices: ['Mail'] },
  'ADDON:0001': {
    isAddon: true,
    prerequisiteSkus: ['BASE:0001'],
    includedServices: ['Phone'],
    unitPricePerMonth: () => 8,
  },
  'SUITE:0001': { isAddon: false, prerequisiteSkus: [], includedServices: ['Mail', 'Phone'] },
};
const lookup = (key: string) => facts[key];

function subscription(id: string, sku: string, values: Partial<Subscription>): Subscription {
  return {
    id,
    offerId: `${sku}:AV`,
    offerName: id,
    friendlyName: id,
    quantity: 10,
    unitType: 'Licenses',
    hasPurchasableAddons: false,
    creationDate: '2026-01-01T00:00:00Z',
    effectiveStartDate: '2026-01-01',
    commitmentEndDate: '2026-12-31',
    status: 'active',
    autoRenewEnabled: true,
    isTrial: false,
    billingType: 'license',
    billingCycle: 'monthly',
    termDuration: 'P1Y',
    renewalTermDuration: 'P1Y',
    isMicrosoftProduct: true,
    publisherName: 'Microsoft Corporation',
    partnerId: 'p',
    contractType: 'subscription',
    orderId: 'o',
    links: { self: { uri: '', method: 'GET', headers: [] } },
    attributes: { objectType: 'Subscription' },
    ...values,
  };
}

const day = fc
  .integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const term = fc.constantFrom<TermDuration>('P1M', 'P1Y', 'P3Y');
const status = fc.constantFrom<Subscription['status']>('active', 'active', 'active', 'suspended', 'deleted');
const at = fc.integer({ min: Date.UTC(2026, 5, 1), max: Date.UTC(2027, 5, 1) }).map((ms) => new Date(ms));

const pair = fc.record({
  baseEnd: day,
  baseTerm: term,
  baseRenews: fc.boolean(),
  baseStatus: status,
  addonEnd: day,
  addonTerm: term,
  addonRenews: fc.boolean(),
  windowUntil: fc.option(day, { nil: undefined }),
  at,
});

type Pair = typeof pair extends fc.Arbitrary<infer T> ? T : never;

function build(input: Pair) {
  const base = subscription('base', 'BASE:0001', {
    commitmentEndDate: input.baseEnd,
    termDuration: input.baseTerm,
    autoRenewEnabled: input.baseRenews,
    status: input.baseStatus,
  });
  const addon = subscription('addon', 'ADDON:0001', {
    commitmentEndDate: input.addonEnd,
    termDuration: input.addonTerm,
    autoRenewEnabled: input.addonRenews,
    ...(input.windowUntil ? { cancellationAllowedUntilDate: `${input.windowUntil}T12:00:00Z` } : {}),
  });
  return { base, addon };
}

describe('add-on alignment rules', () => {
  it('never flags an add-on that ends on or before a base that is active and renews', () => {
    fc.assert(
      fc.property(pair, (input) => {
        const { base, addon } = build({ ...input, baseStatus: 'active', baseRenews: true });
        fc.pre(addon.commitmentEndDate <= base.commitmentEndDate);
        expect(alignmentIssues([base, addon], lookup, input.at)).toEqual([]);
      }),
    );
  });

  it('never flags an add-on whose coverage ends on or before its base’s', () => {
    fc.assert(
      fc.property(pair, (input) => {
        const { base, addon } = build(input);
        for (const issue of alignmentIssues([base, addon], lookup, input.at)) {
          const baseEnd =
            base.status === 'active' ? base.commitmentEndDate : input.at.toISOString().slice(0, 10);
          const renews = addon.autoRenewEnabled && (base.status !== 'active' || !base.autoRenewEnabled);
          const addonEnd = renews
            ? termEndDate(renewalAt(addon.commitmentEndDate), addon.termDuration)
            : addon.commitmentEndDate;
          expect(addonEnd > baseEnd).toBe(true);
          expect(issue.daysAtRisk).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('gives every flagged add-on at least one fix, and only fixes Partner Center allows', () => {
    fc.assert(
      fc.property(pair, (input) => {
        const { base, addon } = build(input);
        for (const issue of alignmentIssues([base, addon], lookup, input.at)) {
          expect(issue.fixes.length).toBeGreaterThan(0);
          for (const fix of issue.fixes) {
            if (fix === 'coterm') {
              // Scheduled for the renewal, ≥ 24 h ahead, to a date inside the next term that is
              // the base's end as it will stand then; never an annual add-on on a monthly base.
              expect(addon.autoRenewEnabled).toBe(true);
              expect(canScheduleAt(addon.commitmentEndDate, input.at)).toBe(true);
              expect(base.status).toBe('active');
              expect(addon.termDuration !== 'P1M' && base.termDuration === 'P1M').toBe(false);
              const start = renewalAt(addon.commitmentEndDate).toISOString().slice(0, 10);
              expect(issue.cotermDate).toBe(projectedEnd(base, start));
              expect(issue.cotermDate! > start).toBe(true);
              expect(issue.cotermDate! <= termEndDate(start, addon.termDuration)).toBe(true);
            }
            if (fix === 'autoRenewOff') expect(addon.autoRenewEnabled).toBe(true);
            if (fix === 'cancel' || fix === 'reduce') {
              expect(isWithin(addon.cancellationAllowedUntilDate ?? '1970-01-01', input.at)).toBe(true);
            }
            expect(fix).not.toBe('supportRemoval');
          }
        }
      }),
    );
  });

  it('flags an add-on the upgraded base includes, with the support deadline two billing cycles on', () => {
    const suite = subscription('suite', 'SUITE:0001', {
      effectiveStartDate: '2026-12-02',
      billingCycle: 'monthly',
      commitmentEndDate: '2027-02-28',
    });
    const addon = subscription('addon', 'ADDON:0001', { commitmentEndDate: '2027-06-14' });
    const [issue] = alignmentIssues([suite, addon], lookup, new Date('2026-12-03T00:00:00Z'));
    expect(issue).toMatchObject({ reason: 'includedInUpgrade', supportDeadline: '2027-02-02' });
    expect(issue?.fixes).toContain('supportRemoval');
  });

  it('aligns an add-on with its prerequisite while that is active, even beside a suite that includes it', () => {
    const base = subscription('base', 'BASE:0001', { commitmentEndDate: '2027-01-31' });
    const suite = subscription('suite', 'SUITE:0001', { commitmentEndDate: '2027-12-31' });
    const addon = subscription('addon', 'ADDON:0001', { commitmentEndDate: '2027-07-31' });
    const [issue] = alignmentIssues([suite, base, addon], lookup, new Date('2026-12-02T00:00:00Z'));
    expect(issue).toMatchObject({ base: { id: 'base' }, reason: 'endsAfterBase' });
  });

  it('puts the money at risk at price × seats × months past the base', () => {
    const base = subscription('base', 'BASE:0001', { commitmentEndDate: '2027-01-31' });
    const addon = subscription('addon', 'ADDON:0001', { commitmentEndDate: '2027-07-31', quantity: 10 });
    const [issue] = alignmentIssues([base, addon], lookup, new Date('2026-12-02T00:00:00Z'));
    // 181 days ≈ 5.95 months × 10 seats × 8 per month.
    expect(issue?.daysAtRisk).toBe(181);
    expect(issue?.moneyAtRisk).toBeCloseTo(8 * 10 * (181 / (365.25 / 12)), 1);
  });
});
