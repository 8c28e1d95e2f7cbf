import { describe, expect, it } from 'vitest';
import type { Availability, ProductPromotion, PromotionEligibility } from '@/lib/api-types/catalog';
import { linePricing } from '@/features/catalog/cart-pricing';
import type { DraftLine } from '@/features/catalog/cart-store';

const line = { termDuration: 'P1Y', quantity: 10 } as DraftLine;
const availability = { prices: [{ unitPricePerMonth: 8 }] } as unknown as Availability;
const promotion = { id: 'promo', discountFraction: 0.25 } as ProductPromotion;
const verdict = (isEligible: boolean) =>
  ({ promotionId: 'promo', isEligible, errors: [] }) as PromotionEligibility;

describe('linePricing', () => {
  it('prices a line for its whole term: the monthly unit price times the term’s months and the quantity', () => {
    expect(linePricing(line, availability, undefined, undefined)).toEqual({
      unitPrice: 96,
      discount: 0,
      lineTotal: 960,
    });
    expect(linePricing({ ...line, termDuration: 'P1M' }, availability, undefined, undefined).lineTotal).toBe(
      80,
    );
  });

  it('takes a promotion off only once the service found the customer eligible', () => {
    expect(linePricing(line, availability, promotion, verdict(true))).toEqual({
      unitPrice: 96,
      discount: 0.25,
      lineTotal: 720,
    });
    expect(linePricing(line, availability, promotion, verdict(false)).lineTotal).toBe(960);
    expect(linePricing(line, availability, promotion, undefined).lineTotal).toBe(960);
  });

  it('prices a line whose availability is unknown at zero rather than failing', () => {
    expect(linePricing(line, undefined, promotion, verdict(true)).lineTotal).toBe(0);
  });
});
