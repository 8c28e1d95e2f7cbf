/** Rows of the renewals pages, derived from the scan: one shape for the table, CSV and the cards. */
import type { BillingCycle, Subscription, TermDuration } from '@/lib/api-types/catalog';
import { daysBetween, hoursLeft, isWithin, renewalAt, termMonths } from '@/lib/commerce-rules';
import type { CatalogRow } from '@/features/catalog';
import { productSkuKey } from '@/features/subscriptions';
import { alignmentIssues, type AlignmentIssue, type SkuFacts } from './alignment';
import type { ScanSnapshot, ScannedCustomer } from './scan-store';

export interface Price {
  unitPricePerMonth: number;
  currency: string;
}

function priceOf(row: CatalogRow | undefined, term: TermDuration, cycle: BillingCycle): Price | undefined {
  const availability = row?.availabilities.find((candidate) => candidate.terms[0]?.duration === term);
  const price =
    availability?.prices.find((candidate) => candidate.billingCycle === cycle) ?? availability?.prices[0];
  return price ? { unitPricePerMonth: price.unitPricePerMonth, currency: price.currencyCode } : undefined;
}

export interface CatalogIndex {
  row: (key: string) => CatalogRow | undefined;
  facts: (key: string) => SkuFacts | undefined;
}

const indexes = new WeakMap<CatalogRow[], CatalogIndex>();

export function catalogIndex(rows: CatalogRow[]): CatalogIndex {
  const cached = indexes.get(rows);
  if (cached) return cached;
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const facts = new Map<string, SkuFacts>();
  const index: CatalogIndex = {
    row: (key) => byKey.get(key),
    facts: (key) => {
      const row = byKey.get(key);
      if (!row) return undefined;
      let found = facts.get(key);
      if (!found) {
        found = {
          isAddon: row.isAddon,
          prerequisiteSkus: row.sku.dynamicAttributes.prerequisiteSkus ?? [],
          includedServices: row.sku.dynamicAttributes.includedServices ?? [],
          unitPricePerMonth: (term, cycle) => priceOf(row, term, cycle)?.unitPricePerMonth,
        };
        facts.set(key, found);
      }
      return found;
    },
  };
  indexes.set(rows, index);
  return index;
}

const emptyIndex = catalogIndex([]);

export interface RenewalRow {
  id: string;
  customer: ScannedCustomer;
  subscription: Subscription;
  product: string;
  isAddon: boolean;
  term: TermDuration;
  billingCycle: BillingCycle;
  seats: number;
  autoRenew: boolean;
  endDate: string;
  daysLeft: number;
  /** Seats × monthly price × months of the next term (with a scheduled quantity, if any). */
  nextTermPrice: number | undefined;
  currency: string | undefined;
  /** Lower-cased text the filters match against. */
  customerText: string;
  productText: string;
}

function toRenewalRow(
  customer: ScannedCustomer,
  subscription: Subscription,
  index: CatalogIndex,
  day: string,
) {
  const key = productSkuKey(subscription);
  const row = index.row(key);
  const price = priceOf(row, subscription.termDuration, subscription.billingCycle);
  const seats = subscription.scheduledNextTermInstructions?.quantity ?? subscription.quantity;
  const product = row?.sku.title ?? subscription.friendlyName;
  return {
    id: subscription.id,
    customer,
    subscription,
    product,
    isAddon: row?.isAddon ?? false,
    term: subscription.termDuration,
    billingCycle: subscription.billingCycle,
    seats: subscription.quantity,
    autoRenew: subscription.autoRenewEnabled,
    endDate: subscription.commitmentEndDate,
    daysLeft: daysBetween(day, subscription.commitmentEndDate),
    nextTermPrice: price
      ? Math.round(price.unitPricePerMonth * seats * termMonths(subscription.termDuration) * 100) / 100
      : undefined,
    currency: price?.currency,
    customerText: customer.name.toLowerCase(),
    productText: product.toLowerCase(),
  } satisfies RenewalRow;
}

/** Active subscriptions whose term ends within `days` days from `at` (today included). */
export function renewalRows(snapshot: ScanSnapshot, days: number, at: Date): RenewalRow[] {
  const day = at.toISOString().slice(0, 10);
  const rows: RenewalRow[] = [];
  for (const customer of snapshot.customers) {
    const items = snapshot.subscriptions.get(customer.id);
    if (!items) continue;
    const index = catalogIndex(snapshot.catalogs.get(customer.country) ?? []);
    for (const subscription of items) {
      if (subscription.status !== 'active') continue;
      const left = daysBetween(day, subscription.commitmentEndDate);
      if (left < 0 || left > days) continue;
      rows.push(toRenewalRow(customer, subscription, index, day));
    }
  }
  return rows;
}

export interface RenewalFilters {
  customer: string;
  product: string;
  kind: 'all' | 'base' | 'addon';
  autoRenew: 'all' | 'on' | 'off';
}

export type SortKey = 'customer' | 'product' | 'endDate' | 'seats' | 'price';

export function filterRenewals(rows: RenewalRow[], filters: RenewalFilters): RenewalRow[] {
  const customer = filters.customer.trim().toLowerCase();
  const product = filters.product.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!customer || row.customerText.includes(customer)) &&
      (!product || row.productText.includes(product)) &&
      (filters.kind === 'all' || (filters.kind === 'addon') === row.isAddon) &&
      (filters.autoRenew === 'all' || (filters.autoRenew === 'on') === row.autoRenew),
  );
}

const comparators: Record<SortKey, (a: RenewalRow, b: RenewalRow) => number> = {
  customer: (a, b) => a.customer.name.localeCompare(b.customer.name),
  product: (a, b) => a.product.localeCompare(b.product),
  endDate: (a, b) => a.endDate.localeCompare(b.endDate),
  seats: (a, b) => a.seats - b.seats,
  // Amounts in different currencies do not compare: each currency's rows sort together.
  price: (a, b) =>
    (a.currency ?? '').localeCompare(b.currency ?? '') || (a.nextTermPrice ?? 0) - (b.nextTermPrice ?? 0),
};

export function sortRenewals(rows: RenewalRow[], key: SortKey, descending: boolean): RenewalRow[] {
  const compare = comparators[key];
  // Rows without a price (a SKU missing from the catalog) end the list in either direction.
  const unpricedLast = (a: RenewalRow, b: RenewalRow) =>
    key === 'price' ? Number(a.nextTermPrice === undefined) - Number(b.nextTermPrice === undefined) : 0;
  return [...rows].sort(
    (a, b) => unpricedLast(a, b) || (descending ? -1 : 1) * compare(a, b) || a.id.localeCompare(b.id),
  );
}

export interface AlignmentRow {
  customer: ScannedCustomer;
  issue: AlignmentIssue;
  currency: string | undefined;
  addonName: string;
  baseName: string;
}

/** An alignment row's identity: its add-on's subscription id. */
export const rowKey = (row: AlignmentRow) => row.issue.addon.id;

export function alignmentRows(snapshot: ScanSnapshot, at: Date): AlignmentRow[] {
  return snapshot.customers.flatMap((customer) => {
    const items = snapshot.subscriptions.get(customer.id);
    if (!items) return [];
    const index = snapshot.catalogs.has(customer.country)
      ? catalogIndex(snapshot.catalogs.get(customer.country) ?? [])
      : emptyIndex;
    return alignmentIssues(items, index.facts, at).map((issue) => {
      const price = priceOf(
        index.row(productSkuKey(issue.addon)),
        issue.addon.termDuration,
        issue.addon.billingCycle,
      );
      return {
        customer,
        issue,
        currency: price?.currency,
        addonName: issue.addon.friendlyName,
        baseName: issue.base.friendlyName,
      };
    });
  });
}

export interface CancellableRow {
  customer: ScannedCustomer;
  subscription: Subscription;
  /** Whole subscription cancellable, or only some added seats. */
  scope: 'subscription' | 'seats';
  seats: number;
  until: string;
}

/**
 * Purchases and added seats still inside their 168-hour window. A subscription whose own window
 * closed may still have recently added seats (each batch has its own window).
 */
export function cancellableRows(snapshot: ScanSnapshot, at: Date): CancellableRow[] {
  return snapshot.customers.flatMap((customer) =>
    (snapshot.subscriptions.get(customer.id) ?? []).flatMap((subscription): CancellableRow[] => {
      if (subscription.status !== 'active') return [];
      const until = subscription.cancellationAllowedUntilDate;
      if (until && isWithin(until, at)) {
        return [{ customer, subscription, scope: 'subscription', seats: subscription.quantity, until }];
      }
      const batches = (subscription.refundableQuantity?.details ?? []).filter((batch) =>
        isWithin(batch.allowedUntilDateTime, at),
      );
      if (batches.length === 0) return [];
      const last = batches.reduce((latest, batch) =>
        batch.allowedUntilDateTime > latest.allowedUntilDateTime ? batch : latest,
      );
      return [
        {
          customer,
          subscription,
          scope: 'seats',
          seats: batches.reduce((sum, batch) => sum + batch.quantity, 0),
          until: last.allowedUntilDateTime,
        },
      ];
    }),
  );
}

export { hoursLeft, renewalAt };
