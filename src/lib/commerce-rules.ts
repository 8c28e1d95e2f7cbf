/**
 * New-commerce rules shared by the mock API (which enforces them) and the UI (which explains them
 * before a request is sent). One definition each, so the two cannot drift apart.
 */
export const nceChangeWindowHours = 168;

export const addonWithoutBaseCode = 400041;
export const addonWithoutBaseDescription = 'The addon is not purchasable without a compatible base product.';

const hourMs = 3_600_000;

/** `"{productId}:{skuId}"`, the form `prerequisiteSkus` uses. */
export function skuKey(productId: string, skuId: string): string {
  return `${productId}:${skuId}`;
}

/** The first prerequisite the customer has provisioned (from any channel), if any. */
export function satisfiedPrerequisite(
  prerequisiteSkus: readonly string[],
  provisioned: ReadonlyArray<{ productId: string; skuId: string }>,
): string | undefined {
  const keys = new Set(provisioned.map((item) => skuKey(item.productId, item.skuId)));
  return prerequisiteSkus.find((key) => keys.has(key));
}

/**
 * Whether a base already includes everything an add-on adds: after an upgrade (Office 365 E5 and
 * Teams Phone Standard), the add-on can be removed instead of aligned.
 */
export function includesAddonServices(
  baseServices: readonly string[],
  addonServices: readonly string[],
): boolean {
  return addonServices.length > 0 && addonServices.every((service) => baseServices.includes(service));
}

/** When a purchase or a batch of seats stops being reducible or cancellable. */
export function changeWindowEnd(start: string | Date): Date {
  return new Date(new Date(start).getTime() + nceChangeWindowHours * hourMs);
}

/** Whole hours left in the window (0 once it has closed). */
export function hoursLeft(until: string | Date, at: Date): number {
  return Math.max(0, Math.ceil((new Date(until).getTime() - at.getTime()) / hourMs));
}

export function isWithin(until: string | Date, at: Date): boolean {
  return at.getTime() <= new Date(until).getTime();
}

/** Months in a term, for prices quoted per month. */
export function termMonths(term: 'P1M' | 'P1Y' | 'P3Y'): number {
  return term === 'P1M' ? 1 : term === 'P1Y' ? 12 : 36;
}

/** The last day of a term that starts on `start` (inclusive end, as `commitmentEndDate`). */
export function termEndDate(start: string | Date, term: 'P1M' | 'P1Y' | 'P3Y'): string {
  const date = new Date(start);
  const end = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + termMonths(term), date.getUTCDate() - 1),
  );
  return end.toISOString().slice(0, 10);
}

/** Scheduled changes must reach Partner Center at least this long before the renewal. */
export const scheduleLeadHours = 24;

const dayMs = 86_400_000;

/** Midnight UTC after the inclusive `commitmentEndDate`: when the next term starts. */
export function renewalAt(commitmentEndDate: string): Date {
  return new Date(Date.parse(`${commitmentEndDate.slice(0, 10)}T00:00:00Z`) + dayMs);
}

/** Whether a change can still be scheduled for the renewal after `commitmentEndDate`. */
export function canScheduleAt(commitmentEndDate: string, at: Date): boolean {
  return renewalAt(commitmentEndDate).getTime() - at.getTime() >= scheduleLeadHours * hourMs;
}

/** `YYYY-MM-DD` plus whole months (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.slice(0, 10).split('-').map(Number);
  const last = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(date, last))).toISOString().slice(0, 10);
}

/**
 * A subscription's end date as it will stand after `after`: each auto-renewal adds a full term.
 * A subscription that will not renew keeps its current end.
 */
export function projectedEnd(
  subscription: { commitmentEndDate: string; termDuration: 'P1M' | 'P1Y' | 'P3Y'; autoRenewEnabled: boolean },
  after: string,
): string {
  let end = subscription.commitmentEndDate.slice(0, 10);
  if (!subscription.autoRenewEnabled) return end;
  for (let guard = 0; end < after.slice(0, 10) && guard < 400; guard += 1) {
    end = termEndDate(renewalAt(end), subscription.termDuration);
  }
  return end;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / dayMs);
}
