/** What the cart and promotion endpoints check before a purchase. */
import type {
  CartLineItem,
  CartLineItemError,
  PromotionEligibilityError,
  TermDuration,
} from '@/lib/api-types/catalog';
import type { Customer } from '@/lib/api-types/customers';
import {
  addonWithoutBaseCode,
  addonWithoutBaseDescription,
  satisfiedPrerequisite,
  skuKey,
} from '@/lib/commerce-rules';
import { requiredQualification, type PurchaseQualification } from '@/lib/purchase-qualification';
import {
  billingCurrency,
  recentCancellationDays,
  termBillingCycles,
  voiceSkus,
  type PromotionFixture,
} from './data/catalog';
import { promotionsFor, resolveCatalogItem, soldIn, unitPricePerTerm } from './catalog';
import { hasApprovedQualification } from './compliance';
import { getDb } from './db/database';

export function countryOf(customer: Customer): string {
  return customer.billingProfile?.defaultAddress.country ?? 'US';
}

/** Licences currently enabled in the tenant, whatever channel they came from. */
export function enabledSkus(customerId: string) {
  return (getDb().subscribedSkus[customerId] ?? []).filter((item) => item.capabilityStatus === 'Enabled');
}

/** The refusal for a promotion id the customer's market does not offer. */
export function promotionNotFound(promotionId: string): PromotionEligibilityError {
  return {
    type: 'InvalidPromotion',
    code: 'PromotionNotFound',
    description: `Promotion ${promotionId} does not exist in this market.`,
  };
}

export function evaluatePromotion(
  promotion: PromotionFixture,
  customer: Customer,
  item: { productId: string; skuId: string; quantity: number },
  at: Date,
): PromotionEligibilityError[] {
  const errors: PromotionEligibilityError[] = [];
  const country = countryOf(customer);
  if (!promotion.applicableSkus.includes(skuKey(item.productId, item.skuId))) {
    errors.push({
      type: 'InvalidCatalogItemId',
      code: 'SkuNotEligible',
      description: 'The promotion does not apply to this product.',
    });
  }
  if (!promotionsFor(country).includes(promotion)) {
    errors.push({
      type: 'InvalidPromotion',
      code: 'MarketNotEligible',
      description: `The promotion is not offered in ${country}.`,
    });
  }
  const day = at.toISOString().slice(0, 10);
  if (day < promotion.startDate || day > promotion.endDate) {
    errors.push({
      type: 'InvalidPromotion',
      code: 'PromotionNotActive',
      description: `The promotion runs from ${promotion.startDate} to ${promotion.endDate}.`,
    });
  }
  if (promotion.maximumSeats !== undefined && item.quantity > promotion.maximumSeats) {
    errors.push({
      type: 'SeatCount',
      code: 'SeatLimitExceeded',
      description: `The promotion is limited to ${promotion.maximumSeats} seats.`,
      minimumRequiredSeats: null,
      maximumRequiredSeats: promotion.maximumSeats,
      minRequiredSeats: null,
      maxRequiredSeats: promotion.maximumSeats,
    });
  }
  const tenant = getDb().subscribedSkus[customer.id] ?? [];
  if (promotion.rule === 'newToCloud' && tenant.some((licence) => licence.capabilityStatus === 'Enabled')) {
    errors.push({
      type: 'OfferPurchasedPreviously',
      code: 'CustomerNotNewToCloud',
      description:
        'The customer already has Microsoft cloud licences; the promotion is for customers new to the cloud.',
    });
  }
  if (promotion.rule === 'noRecentVoice') {
    const since = at.getTime() - recentCancellationDays * 86_400_000;
    const blocking = tenant.some((licence) => {
      if (!voiceSkus.includes(skuKey(licence.productId, licence.skuId))) return false;
      if (licence.capabilityStatus === 'Enabled') return true;
      const endedAt = (licence as { endedAt?: string }).endedAt;
      return endedAt !== undefined && new Date(endedAt).getTime() >= since && new Date(endedAt) <= at;
    });
    if (blocking) {
      errors.push({
        type: 'PrerequisiteProductOwnership',
        code: 'ExistingVoiceLicence',
        description: `The customer has an active Business Voice or Audio Conferencing licence, or cancelled one in the last ${recentCancellationDays} days.`,
      });
    }
  }
  return errors;
}

const qualificationRefusals: Record<PurchaseQualification, string> = {
  Education: 'This item is only available to customers with an approved Education qualification.',
  GovernmentCommunityCloud:
    'This item is only available to customers qualified for the Government Community Cloud (GCC).',
};

const lineError = (errorCode: number, errorDescription: string): CartLineItemError => ({
  errorCode,
  errorDescription,
});

/**
 * Validates one cart line and prices it. Base lines in the same cart count as prerequisites, as in
 * Partner Center's example of a cart holding a base and its add-on.
 */
export function checkLine(
  line: CartLineItem,
  customer: Customer,
  cartBases: ReadonlyArray<{ productId: string; skuId: string }>,
  at: Date,
): CartLineItem {
  const { error: _previous, pricing: _oldPricing, ...input } = line;
  const country = countryOf(customer);
  const currency = billingCurrency(country);
  const resolved = resolveCatalogItem(line.catalogItemId ?? '');
  const billingCycle = String(line.billingCycle ?? '').toLowerCase() as CartLineItem['billingCycle'];
  const base: CartLineItem = { ...input, billingCycle, currencyCode: currency.code, orderGroup: '0' };
  if (!resolved) return { ...base, error: lineError(10001, 'The catalog item id is not valid.') };
  const { product, sku, term } = resolved;
  const termDuration = (line.termDuration ?? term) as TermDuration;
  const named: CartLineItem = { ...base, termDuration, friendlyName: line.friendlyName || sku.title };
  if (!soldIn(sku, country))
    return { ...named, error: lineError(800070, `This offer is not available in ${country}.`) };
  if (termDuration !== term || !termBillingCycles[term].includes(billingCycle)) {
    return {
      ...named,
      error: lineError(10013, `The billing cycle ${line.billingCycle} is not offered for the ${term} term.`),
    };
  }
  if (sku.purchasableFrom && at.toISOString().slice(0, 10) < sku.purchasableFrom) {
    return { ...named, error: lineError(800020, `This item can be bought from ${sku.purchasableFrom}.`) };
  }
  const qualification = requiredQualification(sku);
  if (qualification && !hasApprovedQualification(customer.id, qualification)) {
    return { ...named, error: lineError(800020, qualificationRefusals[qualification]) };
  }
  const min = sku.minimumQuantity ?? 1;
  const max = sku.maximumQuantity ?? 10_000;
  if (!Number.isInteger(line.quantity) || line.quantity < min || line.quantity > max) {
    return { ...named, error: lineError(2002, `The quantity must be between ${min} and ${max}.`) };
  }
  if (sku.prerequisites?.length) {
    const provisioned = [...enabledSkus(customer.id), ...cartBases];
    if (!satisfiedPrerequisite(sku.prerequisites, provisioned)) {
      return { ...named, error: lineError(addonWithoutBaseCode, addonWithoutBaseDescription) };
    }
  }
  const listPrice = unitPricePerTerm(sku, term, country);
  let discountedPrice = listPrice;
  if (line.promotionId) {
    const promotion = promotionsFor(country).find((candidate) => candidate.id === line.promotionId);
    const errors = promotion
      ? evaluatePromotion(
          promotion,
          customer,
          { productId: product.id, skuId: sku.id, quantity: line.quantity },
          at,
        )
      : [promotionNotFound(line.promotionId)];
    if (errors.length > 0 || !promotion) {
      return { ...named, error: lineError(10014, errors.map((e) => e.description).join(' ')) };
    }
    discountedPrice = Math.round(listPrice * (1 - promotion.discountFraction) * 100) / 100;
  }
  return {
    ...named,
    pricing: {
      listPrice,
      discountedPrice,
      proratedPrice: discountedPrice,
      price: discountedPrice,
      extendedPrice: Math.round(discountedPrice * line.quantity * 100) / 100,
    },
  };
}
