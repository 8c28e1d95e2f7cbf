/**
 * Term alignment of new-commerce add-ons with their base subscriptions (the add-ons seed): which
 * add-ons can outlive their base, what that costs, and which fixes Partner Center allows for each.
 */
import type { BillingCycle, Subscription, TermDuration } from '@/lib/api-types/catalog';
import {
  addMonths,
  canScheduleAt,
  daysBetween,
  isWithin,
  projectedEnd,
  renewalAt,
  termEndDate,
} from '@/lib/commerce-rules';
import { addonBase, productSkuKey, type AddonFacts } from '@/features/subscriptions';

/** What the catalog says about a SKU, as far as alignment is concerned. */
export interface SkuFacts extends AddonFacts {
  /** Price of one licence for one month, for a term and billing cycle. */
  unitPricePerMonth?: (term: TermDuration, cycle: BillingCycle) => number | undefined;
}

export type MisalignmentReason = 'endsAfterBase' | 'baseWillNotRenew' | 'baseInactive' | 'includedInUpgrade';
export type AlignmentFix = 'coterm' | 'autoRenewOff' | 'cancel' | 'reduce' | 'supportRemoval';

export interface AlignmentIssue {
  addon: Subscription;
  base: Subscription;
  reason: MisalignmentReason;
  /** The add-on's paid coverage ends here (its next term's end when it renews past the base). */
  addonEnd: string;
  /** The base's coverage ends here (today when it is cancelled or suspended). */
  baseEnd: string;
  daysAtRisk: number;
  /** Add-on price × seats × months past the base; undefined without a price. */
  moneyAtRisk: number | undefined;
  fixes: AlignmentFix[];
  /** The coterm end date the add-on's next term would get (checked again by the API). */
  cotermDate: string | undefined;
  /** Last day to file the support request that removes an add-on the upgraded base includes. */
  supportDeadline: string | undefined;
  /** A coterm already scheduled for the add-on's next term. */
  pendingCoterm: string | undefined;
}

const today = (at: Date) => at.toISOString().slice(0, 10);
const averageMonthDays = 365.25 / 12;

const cycleMonths: Partial<Record<BillingCycle, number>> = { monthly: 1, annual: 12, triennial: 36 };

/** The add-on's next term starts the day after its current one ends. */
export function nextTermEnd(subscription: Subscription): string {
  const custom = subscription.scheduledNextTermInstructions?.customTermEndDate;
  return custom
    ? custom.slice(0, 10)
    : termEndDate(renewalAt(subscription.commitmentEndDate), subscription.termDuration);
}

/**
 * The end date a coterm with `base` would give the add-on's next term, if Partner Center allows
 * one: the base's end as it will stand then, inside the next term, never an annual add-on on a
 * monthly base.
 */
export function cotermTarget(addon: Subscription, base: Subscription): string | undefined {
  if (base.status !== 'active' || base.isTrial) return undefined;
  if (addon.termDuration !== 'P1M' && base.termDuration === 'P1M') return undefined;
  const start = renewalAt(addon.commitmentEndDate).toISOString().slice(0, 10);
  const last = termEndDate(start, addon.termDuration);
  const end = projectedEnd(base, start);
  return end > start && end <= last ? end : undefined;
}

/** Every add-on of one customer that can outlive its base, with the fixes Partner Center allows. */
export function alignmentIssues(
  subscriptions: Subscription[],
  facts: (key: string) => SkuFacts | undefined,
  at: Date,
): AlignmentIssue[] {
  const day = today(at);
  return subscriptions.flatMap((addon): AlignmentIssue[] => {
    if (addon.status !== 'active') return [];
    const found = addonBase(addon, subscriptions, facts, { inactivePrerequisite: true });
    if (!found) return [];
    const { base, included } = found;
    const baseActive = base.status === 'active';
    const baseEnd = baseActive ? base.commitmentEndDate : day;
    const renewsPastBase = addon.autoRenewEnabled && (!baseActive || !base.autoRenewEnabled);
    const addonEnd = renewsPastBase ? nextTermEnd(addon) : addon.commitmentEndDate;

    let reason: MisalignmentReason;
    let supportDeadline: string | undefined;
    if (included) {
      reason = 'includedInUpgrade';
      supportDeadline = addMonths(base.effectiveStartDate, 2 * (cycleMonths[base.billingCycle] ?? 1));
    } else if (addonEnd <= baseEnd) {
      return [];
    } else {
      reason = !baseActive ? 'baseInactive' : !base.autoRenewEnabled ? 'baseWillNotRenew' : 'endsAfterBase';
    }

    const fixes: AlignmentFix[] = [];
    const cotermDate = included ? undefined : cotermTarget(addon, base);
    const pendingCoterm = addon.scheduledNextTermInstructions?.customTermEndDate?.slice(0, 10);
    if (
      cotermDate &&
      addon.autoRenewEnabled &&
      !addon.isTrial &&
      canScheduleAt(addon.commitmentEndDate, at) &&
      pendingCoterm !== cotermDate
    ) {
      fixes.push('coterm');
    }
    if (addon.autoRenewEnabled) fixes.push('autoRenewOff');
    const windowOpen =
      addon.cancellationAllowedUntilDate !== undefined && isWithin(addon.cancellationAllowedUntilDate, at);
    if (windowOpen) fixes.push('cancel');
    if (windowOpen && (addon.refundableQuantity?.totalQuantity ?? 0) > 0 && addon.quantity > 1) {
      fixes.push('reduce');
    }
    if (supportDeadline && supportDeadline >= day) fixes.push('supportRemoval');
    // Nothing Partner Center allows would change the outcome: not a work item.
    if (fixes.length === 0) return [];

    const daysAtRisk = Math.max(0, daysBetween(baseEnd, addonEnd));
    const price = facts(productSkuKey(addon))?.unitPricePerMonth?.(addon.termDuration, addon.billingCycle);
    const moneyAtRisk =
      price === undefined
        ? undefined
        : Math.round(price * addon.quantity * (daysAtRisk / averageMonthDays) * 100) / 100;
    return [
      {
        addon,
        base,
        reason,
        addonEnd,
        baseEnd,
        daysAtRisk,
        moneyAtRisk,
        fixes,
        cotermDate,
        supportDeadline,
        pendingCoterm,
      },
    ];
  });
}

/** The add-on's end date after a fix, for the preview shown before anything is sent. */
export function endAfterFix(issue: AlignmentIssue, fix: AlignmentFix, at: Date): string | undefined {
  switch (fix) {
    case 'coterm':
      return issue.cotermDate;
    case 'autoRenewOff':
      return issue.addon.commitmentEndDate;
    case 'cancel':
      return today(at);
    default:
      return undefined;
  }
}
