import type { AnnouncementImpact, ImpactedCustomer } from '@/lib/api-types/announcements';
import { now } from '@/lib/clock';
import { qualificationsOf, signedMcaDirectly } from '../compliance';
import { announcementId, announcementMonth, announcements } from '../data/announcements';
import {
  impactRuleFor,
  november2020ScreeningCountries,
  type ImpactWorld,
} from '../data/announcements/impact';
import { getDb } from '../db/database';
import { pcError, route } from '../http';
import { countryOf, evaluatePromotion } from '../purchase-rules';

type ImpactParams = { month: string; slug: string };

/** The rules see the mock database through these accessors, read at the time of the request. */
function liveWorld(): ImpactWorld {
  const db = getDb();
  return {
    now: now(),
    customers: db.customers,
    subscriptionsOf: (customerId) => db.subscriptions[customerId] ?? [],
    licencesOf: (customerId) => db.subscribedSkus[customerId] ?? [],
    agreementsOf: (customerId) =>
      (db.agreements[customerId] ?? []).map((agreement) => ({
        agreementType: agreement.type,
        templateId: agreement.templateId,
        dateAgreed: agreement.dateAgreed,
        primaryContact: agreement.primaryContact,
        userId: agreement.userId,
      })),
    signedDirectly: signedMcaDirectly,
    // Read through the compliance module so a vetting decision that is due is applied first.
    qualificationsOf: (customerId) =>
      qualificationsOf(customerId).map((item) => ({
        qualification: item.qualification as 'Education' | 'GovernmentCommunityCloud' | 'StateOwnedEntity',
        vettingStatus: item.vettingStatus ?? 'None',
        ...(item.vettingReason ? { vettingReason: item.vettingReason } : {}),
        ...(item.vettingCreateDate ? { vettingCreateDate: item.vettingCreateDate } : {}),
        ...(item.educationSegment ? { educationSegment: item.educationSegment } : {}),
      })),
    promotionErrors: (promotion, customer, at) => {
      const [productId = '', skuId = ''] = (promotion.applicableSkus[0] ?? '').split(':');
      return evaluatePromotion(promotion, customer, { productId, skuId, quantity: 1 }, at);
    },
  };
}

export const announcementImpactHandlers = [
  /**
   * Ours: the partner's customers an announcement concerns, computed now from live data, each with
   * the reasons. Customer data, so it needs the right to read customers.
   */
  route<ImpactParams>(
    'get',
    '/v1/announcements/:month/:slug/impact',
    ({ params }) => {
      const record = announcements.find(
        (candidate) => announcementMonth(candidate) === params.month && candidate.slug === params.slug,
      );
      if (!record) {
        return pcError({
          status: 404,
          code: 800004,
          errorName: 'NotFound',
          description: `Announcement ${params.month}/${params.slug} was not found.`,
        });
      }
      const found = impactRuleFor(record);
      const world = liveWorld();
      const byId = new Map(world.customers.map((customer) => [customer.id, customer]));
      const items: ImpactedCustomer[] = (found?.rule(world) ?? [])
        .flatMap(({ customerId, reasons }) => {
          const customer = byId.get(customerId);
          if (!customer) return [];
          return [
            {
              customerId,
              companyName: customer.billingProfile?.companyName ?? customer.companyProfile.companyName ?? '',
              country: countryOf(customer),
              reasons,
            },
          ];
        })
        .sort((a, b) => a.companyName.localeCompare(b.companyName, 'en', { sensitivity: 'base' }));
      const body: AnnouncementImpact = {
        announcementId: announcementId(record),
        rule: found?.id ?? null,
        ...(found?.id === 'screening' ? { countries: [...november2020ScreeningCountries] } : {}),
        totalCount: items.length,
        items,
        attributes: { objectType: 'AnnouncementImpact' },
      };
      return Response.json(body);
    },
    { action: 'customers.read' },
  ),
];
