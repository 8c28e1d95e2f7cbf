/**
 * The shell renders before the embedded mock has started, so the first screen never waits for it;
 * every API call waits here instead, so no request leaves before the service worker can answer it.
 * A real-API build never sets a gate and calls go out at once.
 */
let gate: Promise<void> = Promise.resolve();
let callsInFlight = 0;
const whenIdle: (() => void)[] = [];

export function holdApiCallsUntil(ready: Promise<void>): void {
  // A mock that failed to start is reported by each call as a network error, not as a stray
  // unhandled rejection when no call has been made yet.
  ready.catch(() => {});
  gate = ready;
}

/**
 * Holds new calls while `change` runs, and starts it only once the calls already sent have been
 * answered: the mock switching to a newer service worker must not drop the old one's answers.
 */
export function holdApiCallsWhile(change: () => Promise<void>): void {
  const idle =
    callsInFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => whenIdle.push(resolve));
  holdApiCallsUntil(idle.then(change));
}

/** When each call in flight was made, by its `MS-RequestId`. */
const madeAtById = new Map<string, number>();

/**
 * When the app made the call with this `MS-RequestId`, while it is in flight. The embedded mock
 * counts its simulated network latency from then: a call made while the mock was still starting
 * would have been on the wire to a real API meanwhile, so the start-up is part of its wait, not
 * added to it.
 */
export function callMadeAt(requestId: string | null): number | undefined {
  return requestId === null ? undefined : madeAtById.get(requestId);
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/**
 * Sends one call once the gate is open; a gate set while it waited is waited for too. A call
 * cancelled while it waits (its query was left) ends at once instead of when the gate opens.
 */
export async function sendWhenReady(
  send: () => Promise<Response>,
  requestId?: string,
  signal?: AbortSignal,
): Promise<Response> {
  if (requestId !== undefined) madeAtById.set(requestId, performance.now());
  try {
    for (let current = gate; ; current = gate) {
      await unlessAborted(current, signal);
      if (current === gate) break;
    }
    callsInFlight += 1;
    try {
      return await send();
    } finally {
      callsInFlight -= 1;
      if (callsInFlight === 0) for (const resolve of whenIdle.splice(0)) resolve();
    }
  } finally {
    if (requestId !== undefined) madeAtById.delete(requestId);
  }
}
