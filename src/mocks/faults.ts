/**
 * Fault scenarios the developer panel (or `?mock=` URL flags) turns on, so every error path of
 * the app can be seen in a browser: slow responses, 500s, a dead network and 429 throttling.
 */
export interface FaultSettings {
  /** Added to every response, on top of the small natural latency. */
  extraLatencyMs: number;
  /** Every API call answers 500 with a Partner Center error body. */
  serverErrors: boolean;
  /** Every API call fails as if the network were down. */
  networkFailure: boolean;
  /** The endpoints Partner Center throttles answer 429 with Retry-After until the wait is honoured. */
  throttling: boolean;
  retryAfterSeconds: number;
}

export const defaultFaults: FaultSettings = {
  extraLatencyMs: 0,
  serverErrors: false,
  networkFailure: false,
  throttling: false,
  retryAfterSeconds: 2,
};

const storageKey = 'pd.mock.faults';
let faults: FaultSettings = { ...defaultFaults };

export function getFaults(): FaultSettings {
  return faults;
}

export function setFaults(next: Partial<FaultSettings>): FaultSettings {
  faults = { ...faults, ...next };
  try {
    // Session storage: a fault survives a reload of this tab but never leaks into a new visit.
    globalThis.sessionStorage?.setItem(storageKey, JSON.stringify(faults));
  } catch {
    // Not persisted; the scenario still applies to this page.
  }
  return faults;
}

export function resetFaults(): void {
  faults = { ...defaultFaults };
  try {
    globalThis.sessionStorage?.removeItem(storageKey);
  } catch {
    // Nothing stored.
  }
}

/** Browser start-up: restore this tab's scenario, then apply `?mock=slow,500,offline,throttle`. */
export function loadFaults(search: string): void {
  try {
    const stored = globalThis.sessionStorage?.getItem(storageKey);
    if (stored) faults = { ...defaultFaults, ...(JSON.parse(stored) as Partial<FaultSettings>) };
  } catch {
    faults = { ...defaultFaults };
  }
  const flags = new URLSearchParams(search).get('mock');
  if (!flags) return;
  const set = new Set(flags.split(',').map((flag) => flag.trim()));
  setFaults({
    extraLatencyMs: set.has('slow') ? 3000 : faults.extraLatencyMs,
    serverErrors: set.has('500') || faults.serverErrors,
    networkFailure: set.has('offline') || faults.networkFailure,
    throttling: set.has('throttle') || faults.throttling,
  });
}
