import { describe, expect, it } from 'vitest';
import type { SubscribedSku, Subscription } from '@/lib/api-types/catalog';
import type { Customer } from '@/lib/api-types/customers';
import { announcements } from '@/mocks/data/announcements';
import {
  businessVoiceRule,
  educationRule,
  euEftaCurrencyRule,
  impactRuleFor,
  mcaAttestationProblem,
  mcaRule,
  november2020ScreeningCountries,
  pendingEducation,
  promotionRule,
  promotionsOf,
  screeningRule,
  type CustomerAgreementRecord,
  type CustomerQualificationRecord,
  type ImpactWorld,
} from '@/mocks/data/announcements/impact';
import { ids, promotionFixtures } from '@/mocks/data/catalog';

function customer(id: string, country: string, extra: { inn?: string; phone?: string } = {}): Customer {
  return {
    id,
    commerceId: id,
    companyProfile: {
      tenantId: id,
      domain: `${id}.onmicrosoft.com`,
      companyName: id,
      ...(extra.inn ? { organizationRegistrationNumber: extra.inn } : {}),
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    billingProfile: {
      id,
      email: `admin@${id}.com`,
      culture: 'en-US',
      language: 'en',
      companyName: id,
      defaultAddress: {
        country,
        city: 'City',
        addressLine1: '1 Main St',
        postalCode: '1000',
        firstName: 'A',
        lastName: 'B',
        ...(extra.phone ? { phoneNumber: extra.phone } : {}),
      },
      attributes: { objectType: 'CustomerBillingProfile', etag: '1' },
    },
    relationshipToPartner: 'reseller',
    attributes: { objectType: 'Customer' },
  };
}

function licence(productId: string, units: number, status: SubscribedSku['capabilityStatus'] = 'Enabled') {
  return {
    productId,
    skuId: '0001',
    productSku: { id: productId, name: `Suite ${productId}`, targetType: 'User' },
    capabilityStatus: status,
    totalUnits: units,
    activeUnits: status === 'Enabled' ? units : 0,
    channel: 'thisPartner',
    attributes: { objectType: 'SubscribedSku' },
  } as SubscribedSku;
}

function world(parts: Partial<ImpactWorld> & { customers: Customer[] }): ImpactWorld {
  return {
    now: new Date('2020-12-15T12:00:00Z'),
    subscriptionsOf: () => [],
    licencesOf: () => [],
    agreementsOf: () => [],
    signedDirectly: () => false,
    qualificationsOf: () => [],
    promotionErrors: () => [],
    ...parts,
  };
}

const mca = (templateId: string): CustomerAgreementRecord => ({
  agreementType: 'MicrosoftCustomerAgreement',
  templateId,
  dateAgreed: '2020-10-01T00:00:00Z',
  primaryContact: { firstName: 'A', lastName: 'B', email: 'a@b.com' },
  userId: 'u',
});

describe('announcement impact rules', () => {
  it('screening: the entry names exactly 11 countries', () => {
    expect([...november2020ScreeningCountries].sort()).toEqual([
      'AM',
      'AZ',
      'BY',
      'HU',
      'KG',
      'KZ',
      'MD',
      'RU',
      'TJ',
      'UA',
      'UZ',
    ]);
  });

  it('screening: customers of the 11 countries missing the INN or the phone, with which is missing', () => {
    const affected = screeningRule(
      world({
        customers: [
          customer('kz-complete', 'KZ', { inn: '123456789012', phone: '+77001234567' }),
          customer('kz-no-phone', 'KZ', { inn: '123456789012' }),
          customer('ru-nothing', 'RU'),
          customer('fr-nothing', 'FR'),
          // India joined the screening countries in 2021: not what this entry is about.
          customer('in-nothing', 'IN'),
        ],
      }),
    );
    expect(affected).toEqual([
      { customerId: 'kz-no-phone', reasons: [{ code: 'missingPhone', params: { country: 'KZ' } }] },
      {
        customerId: 'ru-nothing',
        reasons: [
          { code: 'missingInn', params: { country: 'RU' } },
          { code: 'missingPhone', params: { country: 'RU' } },
        ],
      },
    ]);
  });

  it('EU/EFTA currency: customers there with live new-commerce subscriptions from this partner', () => {
    const subscription = (status: Subscription['status']) => ({ status }) as Subscription;
    const subs: Record<string, Subscription[]> = {
      de: [subscription('active'), subscription('active')],
      'ch-cancelled': [subscription('deleted')],
      us: [subscription('active')],
    };
    const affected = euEftaCurrencyRule(
      world({
        customers: [
          customer('de', 'DE'),
          customer('ch-cancelled', 'CH'),
          customer('us', 'US'),
          customer('fr', 'FR'),
        ],
        subscriptionsOf: (id) => subs[id] ?? [],
      }),
    );
    expect(affected).toEqual([
      { customerId: 'de', reasons: [{ code: 'euEftaNewCommerce', params: { country: 'DE', count: 2 } }] },
    ]);
  });

  it('promotions: an entry is tied to the promotions whose offer ids its tables list', () => {
    const byId = (slug: string) => announcements.find((record) => record.slug === slug)!;
    expect(promotionsOf(byId('office-365-e1-mid-market-promo')).map((p) => p.id)).toEqual([
      '39NFJQT1E1MM:0001',
    ]);
    expect(promotionsOf(byId('business-voice-csp-promo')).map((p) => p.id)).toEqual([
      '39NFJQT1BV25:0001',
      '39NFJQT1BV33:0001',
    ]);
    expect(impactRuleFor(byId('business-voice-csp-promo'))?.id).toBe('promotion');
    expect(impactRuleFor(byId('api-throttling'))).toBeNull();
    expect(impactRuleFor(byId('unified-account-management'))).toBeNull();
  });

  it('promotions: customers the purchase rules find eligible now, one reason per promotion', () => {
    const [e1, voice] = [promotionFixtures[0]!, promotionFixtures[1]!];
    const affected = promotionRule([e1, voice])(
      world({
        customers: [customer('in-new', 'IN'), customer('us-voice', 'US'), customer('jp-none', 'JP')],
        promotionErrors: (promotion, c) =>
          (promotion === e1 && c.id === 'in-new') || (promotion === voice && c.id !== 'jp-none')
            ? []
            : [{ type: 'InvalidPromotion' as const, code: 'MarketNotEligible', description: 'no' }],
      }),
    );
    expect(affected).toEqual([
      {
        customerId: 'in-new',
        reasons: [
          { code: 'promotionNewToCloud', params: { promotion: e1.name, country: 'IN', endDate: e1.endDate } },
          {
            code: 'promotionNoRecentVoice',
            params: { promotion: voice.name, country: 'IN', endDate: voice.endDate },
          },
        ],
      },
      {
        customerId: 'us-voice',
        reasons: [
          {
            code: 'promotionNoRecentVoice',
            params: { promotion: voice.name, country: 'US', endDate: voice.endDate },
          },
        ],
      },
    ]);
  });

  it('MCA: an attestation that is missing or recorded more than once', () => {
    expect(mcaAttestationProblem([])).toEqual({ code: 'mcaMissing' });
    expect(mcaAttestationProblem([mca('t1')])).toBeNull();
    expect(mcaAttestationProblem([mca('t1'), mca('t1')])).toEqual({ code: 'mcaDuplicate', count: 2 });
    const other = { ...mca('t1'), agreementType: 'MicrosoftCloudAgreement' };
    expect(mcaAttestationProblem([other])).toEqual({ code: 'mcaMissing' });

    const agreements: Record<string, CustomerAgreementRecord[]> = {
      ok: [mca('t')],
      twice: [mca('t'), mca('t')],
    };
    const affected = mcaRule(
      world({
        customers: [
          customer('ok', 'US'),
          customer('twice', 'US'),
          customer('none', 'US'),
          customer('unknown', 'US'),
          customer('direct', 'US'),
          customer('directTwice', 'US'),
        ],
        agreementsOf: (id) =>
          id === 'unknown' ? undefined : id === 'directTwice' ? agreements.twice : (agreements[id] ?? []),
        // A customer who accepted directly needs no attestation, but two are still one too many.
        signedDirectly: (id) => id.startsWith('direct'),
      }),
    );
    expect(affected).toEqual([
      { customerId: 'twice', reasons: [{ code: 'mcaDuplicate', params: { count: 2 } }] },
      { customerId: 'none', reasons: [{ code: 'mcaMissing' }] },
      { customerId: 'directTwice', reasons: [{ code: 'mcaDuplicate', params: { count: 2 } }] },
    ]);
  });

  it('Education: qualifications still in review', () => {
    const q = (
      qualification: CustomerQualificationRecord['qualification'],
      vettingStatus: CustomerQualificationRecord['vettingStatus'],
    ): CustomerQualificationRecord => ({
      qualification,
      vettingStatus,
      vettingCreateDate: '2020-11-03T10:00:00Z',
      educationSegment: 'K12',
    });
    expect(pendingEducation([q('Education', 'Approved')])).toBeUndefined();
    expect(pendingEducation([q('GovernmentCommunityCloud', 'InReview')])).toBeUndefined();
    expect(pendingEducation([q('Education', 'InReview')])?.vettingStatus).toBe('InReview');

    const table: Record<string, CustomerQualificationRecord[]> = {
      pending: [q('GovernmentCommunityCloud', 'Approved'), q('Education', 'InReview')],
      approved: [q('Education', 'Approved')],
      denied: [q('Education', 'Denied')],
    };
    const affected = educationRule(
      world({
        customers: [customer('pending', 'US'), customer('approved', 'US'), customer('denied', 'US')],
        qualificationsOf: (id) => table[id],
      }),
    );
    expect(affected).toEqual([
      { customerId: 'pending', reasons: [{ code: 'educationPending', params: { since: '2020-11-03' } }] },
    ]);
  });

  it('Business Voice: an enabled qualifying base with at most 300 users', () => {
    const tenants: Record<string, SubscribedSku[]> = {
      small: [licence(ids.o365E3, 50)],
      limit: [licence(ids.businessPremium, 300)],
      big: [licence(ids.o365A1, 800)],
      'not-a-base': [licence(ids.businessStandard, 40)],
      suspended: [licence(ids.o365E1, 20, 'Suspended')],
    };
    const affected = businessVoiceRule(
      world({
        customers: Object.keys(tenants).map((id) => customer(id, 'US')),
        licencesOf: (id) => tenants[id] ?? [],
      }),
    );
    expect(affected).toEqual([
      {
        customerId: 'small',
        reasons: [{ code: 'businessVoiceBase', params: { base: `Suite ${ids.o365E3}`, users: 50 } }],
      },
      {
        customerId: 'limit',
        reasons: [
          { code: 'businessVoiceBase', params: { base: `Suite ${ids.businessPremium}`, users: 300 } },
        ],
      },
    ]);
  });
});
