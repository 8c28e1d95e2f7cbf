/**
 * The one clock for time-based business rules (the 168-hour NCE window, promotion dates). The mock
 * and the UI both read it, so a test can move "now" for both at once. Defaults to real time.
 */
let fixed: number | undefined;

export function now(): Date {
  return new Date(fixed ?? Date.now());
}

/** Pins "now" (a Date, an ISO string or epoch ms); `undefined` returns to real time. */
export function setNow(value: Date | string | number | undefined): void {
  fixed = value === undefined ? undefined : new Date(value).getTime();
}
