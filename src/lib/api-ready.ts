/**
 * The shell renders before the embedded mock has started, so the first screen never waits for it;
 * every API call waits here instead, so no request leaves before the service worker can answer it.
 * A real-API build never sets a gate and calls go out at once.
 */
let gate: Promise<void> = Promise.resolve();

export function holdApiCallsUntil(ready: Promise<void>): void {
  // A mock that failed to start is reported by each call as a network error, not as a stray
  // unhandled rejection when no call has been made yet.
  ready.catch(() => {});
  gate = ready;
}

export function apiReady(): Promise<void> {
  return gate;
}
