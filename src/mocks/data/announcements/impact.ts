import type { PromotionEligibilityError, Subscription, SubscribedSku } from '@/lib/api-types/catalog';
import type { Customer } from '@/lib/api-types/customers';
import type { ImpactReason, ImpactRuleId } from '@/lib/api-types/announcements';
import { screeningProblems } from '../../screening';
import { ids, marketFor, promotionFixtures, type PromotionFixture } from '../catalog';
import { screeningCountryRules } from '../country-rules';
import type { AnnouncementRecord } from './types';

/**
 * Which of the partner's customers an announcement concerns, decided from live data. Each rule is
 * a function of an `ImpactWorld` (the mock database seen through a few accessors), so it can be
 * unit-tested with hand-made worlds; the `/impact` endpoint hands it the real one.
 */

/** `GET /v1/customers/{id}/agreements` item (Microsoft Customer Agreement attestation). */
export interface CustomerAgreementRecord {
  agreementType: 'MicrosoftCustomerAgreement' | string;
  templateId: string;
  dateAgreed: string;
  primaryContact: { firstName: string; lastName: string; email: string; phoneNumber?: string };
  userId: string;
}

/** `GET /v1/customers/{id}/qualifications` item. */
export interface CustomerQualificationRecord {
  qualification: 'Education' | 'GovernmentCommunityCloud' | 'StateOwnedEntity';
  vettingStatus: 'None' | 'InReview' | 'Approved' | 'Denied';
  vettingReason?: string;
  vettingCreateDate?: string;
  educationSegment?: string;
}

export interface ImpactWorld {
  now: Date;
  customers: readonly Customer[];
  /** This partner's (new-commerce) subscriptions of the customer. */
  subscriptionsOf: (customerId: string) => readonly Subscription[];
  /** Licences in the customer's tenant, from any channel. */
  licencesOf: (customerId: string) => readonly SubscribedSku[];
  /** `undefined` when the mock keeps no agreements: the rule then says nothing rather than guess. */
  agreementsOf: (customerId: string) => readonly CustomerAgreementRecord[] | undefined;
  /** Whether the customer accepted the MCA itself (then no attestation is needed). */
  signedDirectly: (customerId: string) => boolean;
  qualificationsOf: (customerId: string) => readonly CustomerQualificationRecord[] | undefined;
  /** The purchase rules' own promotion check (empty = eligible). */
  promotionErrors: (promotion: PromotionFixture, customer: Customer, at: Date) => PromotionEligibilityError[];
}

export interface AffectedCustomer {
  customerId: string;
  reasons: ImpactReason[];
}

type Rule = (world: ImpactWorld) => AffectedCustomer[];

const countryOf = (customer: Customer) => customer.billingProfile?.defaultAddress.country ?? 'US';

function collect(world: ImpactWorld, reasonsOf: (customer: Customer) => ImpactReason[]): AffectedCustomer[] {
  return world.customers.flatMap((customer) => {
    const reasons = reasonsOf(customer);
    return reasons.length > 0 ? [{ customerId: customer.id, reasons }] : [];
  });
}

/** The countries the November 2020 entry names; the 2021 additions have their own announcement. */
export const november2020ScreeningCountries: ReadonlySet<string> = new Set(
  screeningCountryRules.filter((rule) => rule.since === 2020).map((rule) => rule.iso2),
);

/** Enhanced screening: customers in the 11 countries still missing the Organization INN or phone. */
export const screeningRule: Rule = (world) =>
  collect(world, (customer) =>
    (november2020ScreeningCountries.has(countryOf(customer)) ? screeningProblems(customer) : []).map(
      (problem) => ({
        code: problem === 'phoneNumber' ? 'missingPhone' : 'missingInn',
        params: { country: countryOf(customer) },
      }),
    ),
  );

const liveStatuses: ReadonlySet<Subscription['status']> = new Set(['active', 'pending', 'suspended']);

/** EU/EFTA billing currency: customers there with new-commerce subscriptions from this partner. */
export const euEftaCurrencyRule: Rule = (world) =>
  collect(world, (customer) => {
    if (!marketFor(countryOf(customer)).euEfta) return [];
    const count = world.subscriptionsOf(customer.id).filter((s) => liveStatuses.has(s.status)).length;
    return count > 0 ? [{ code: 'euEftaNewCommerce', params: { country: countryOf(customer), count } }] : [];
  });

/** The promotion fixtures an announcement is about: their legacy offer ids appear in its tables. */
export function promotionsOf(record: AnnouncementRecord): PromotionFixture[] {
  const cells = new Set(
    record.details.flatMap((block) =>
      block.type === 'table' ? block.rows.flat().filter((cell) => typeof cell === 'string') : [],
    ),
  );
  return promotionFixtures.filter((promotion) => promotion.legacyOfferIds.some((id) => cells.has(id)));
}

/** Each promotion: customers eligible now, with the rule that makes them so. */
export function promotionRule(promotions: readonly PromotionFixture[]): Rule {
  return (world) =>
    collect(world, (customer) =>
      promotions
        .filter((promotion) => world.promotionErrors(promotion, customer, world.now).length === 0)
        .map((promotion) => ({
          code: promotion.rule === 'newToCloud' ? 'promotionNewToCloud' : 'promotionNoRecentVoice',
          params: { promotion: promotion.name, country: countryOf(customer), endDate: promotion.endDate },
        })),
    );
}

/**
 * A customer's MCA attestation: none recorded, or recorded more than once (what partners who
 * left out the agreement type sent; from January 14, 2021 such a resubmission gets a 409).
 */
export function mcaAttestationProblem(
  agreements: readonly CustomerAgreementRecord[],
): { code: 'mcaMissing' } | { code: 'mcaDuplicate'; count: number } | null {
  const mca = agreements.filter((agreement) => agreement.agreementType === 'MicrosoftCustomerAgreement');
  if (mca.length === 0) return { code: 'mcaMissing' };
  if (mca.length > 1) return { code: 'mcaDuplicate', count: mca.length };
  return null;
}

export const mcaRule: Rule = (world) =>
  collect(world, (customer) => {
    const agreements = world.agreementsOf(customer.id);
    const problem = agreements ? mcaAttestationProblem(agreements) : null;
    if (!problem || (problem.code === 'mcaMissing' && world.signedDirectly(customer.id))) return [];
    return [
      problem.code === 'mcaDuplicate' ? { code: 'mcaDuplicate', params: { count: problem.count } } : problem,
    ];
  });

/** Education qualifications still waiting for Microsoft's vetting. */
export function pendingEducation(
  qualifications: readonly CustomerQualificationRecord[],
): CustomerQualificationRecord | undefined {
  return qualifications.find((q) => q.qualification === 'Education' && q.vettingStatus === 'InReview');
}

export const educationRule: Rule = (world) =>
  collect(world, (customer) => {
    const pending = pendingEducation(world.qualificationsOf(customer.id) ?? []);
    return pending
      ? [{ code: 'educationPending', params: { since: pending.vettingCreateDate?.slice(0, 10) ?? '' } }]
      : [];
  });

/** The subscriptions Business Voice can be added to (Office 365 and Microsoft 365 suites listed). */
export const businessVoiceBases: readonly string[] = [
  ids.businessBasic,
  ids.businessPremium,
  ids.o365A1,
  ids.o365E1,
  ids.o365A3,
  ids.o365E3,
  ids.m365A3,
  ids.m365E3,
];
export const businessVoiceMaxUsers = 300;

/**
 * Business Voice: an enabled qualifying base with at most 300 users. Users are the base's active
 * seats (the largest base when there are several: one person usually holds one suite).
 */
export const businessVoiceRule: Rule = (world) =>
  collect(world, (customer) => {
    const bases = world
      .licencesOf(customer.id)
      .filter((l) => l.capabilityStatus === 'Enabled' && businessVoiceBases.includes(l.productId));
    if (bases.length === 0) return [];
    const largest = bases.reduce((a, b) => (b.activeUnits > a.activeUnits ? b : a));
    if (largest.activeUnits > businessVoiceMaxUsers) return [];
    return [
      { code: 'businessVoiceBase', params: { base: largest.productSku.name, users: largest.activeUnits } },
    ];
  });

const rulesBySlug: Record<string, { id: ImpactRuleId; rule: Rule }> = {
  'enhanced-customer-screening': { id: 'screening', rule: screeningRule },
  'eu-efta-partner-billing-currency': { id: 'euEftaCurrency', rule: euEftaCurrencyRule },
  'duplicate-mca-409-errors': { id: 'mcaDuplicates', rule: mcaRule },
  'education-customer-validation-testing': { id: 'educationValidation', rule: educationRule },
  'business-voice-nonprofit': { id: 'businessVoice', rule: businessVoiceRule },
};

/** The rule that decides who an announcement affects; `null` for entries about no customer. */
export function impactRuleFor(record: AnnouncementRecord): { id: ImpactRuleId; rule: Rule } | null {
  const fixed = rulesBySlug[record.slug];
  if (fixed) return fixed;
  const promotions = promotionsOf(record);
  return promotions.length > 0 ? { id: 'promotion', rule: promotionRule(promotions) } : null;
}
