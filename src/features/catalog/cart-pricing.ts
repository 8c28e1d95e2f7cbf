import type { Availability, ProductPromotion, PromotionEligibility } from '@/lib/api-types/catalog';
import { termMonths } from '@/lib/commerce-rules';
import type { DraftLine } from './cart-store';

export interface LinePricing {
  /** The list price of one licence for the whole term. */
  unitPrice: number;
  /** The promotion's share taken off, when the service found the customer eligible; else 0. */
  discount: number;
  /** What the line costs for its term: quantity at the unit price, less the discount. */
  lineTotal: number;
}

/** A cart line's price as the cart shows it; the cart's total is the sum of its lines'. */
export function linePricing(
  line: DraftLine,
  availability: Availability | undefined,
  promotion: ProductPromotion | undefined,
  verdict: PromotionEligibility | undefined,
): LinePricing {
  const unitPrice = (availability?.prices[0]?.unitPricePerMonth ?? 0) * termMonths(line.termDuration);
  const discount = verdict?.isEligible && promotion ? promotion.discountFraction : 0;
  return { unitPrice, discount, lineTotal: unitPrice * line.quantity * (1 - discount) };
}
