/**
 * A polite scan over many customers: at most `concurrency` requests at once, a global pause for
 * the service's Retry-After when any request is throttled (429), limited retries for transient
 * failures, and per-customer failures reported without stopping the rest.
 */
import { ApiError, NetworkError } from '@/lib/api-error';

export interface ScanStats {
  requests: number;
  peakConcurrency: number;
  throttled: number;
  wallMs: number;
}

export interface ScanOptions<T> {
  ids: readonly string[];
  concurrency: number;
  fetchOne: (id: string, signal: AbortSignal) => Promise<T>;
  onResult: (id: string, value: T) => void;
  onFailure: (id: string, error: unknown) => void;
  /** Called with the moment the scan resumes (epoch ms) when it pauses, and `null` when it resumes. */
  onPause?: (until: number | null) => void;
  signal?: AbortSignal;
  /** Tries per customer for 5xx and network failures (429s are waited out, not counted). */
  attempts?: number;
  clock?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

function isTransient(error: unknown): boolean {
  return (error instanceof ApiError && error.status >= 500) || error instanceof NetworkError;
}

/** Seconds to wait after a 429 without Retry-After: exponential, as the throttling guidance asks. */
const fallbackWait = (throttledInARow: number) => Math.min(2 ** throttledInARow, 60);

export async function runScan<T>(options: ScanOptions<T>): Promise<ScanStats> {
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const attempts = options.attempts ?? 3;
  const controller = new AbortController();
  options.signal?.addEventListener('abort', () => controller.abort());
  const signal = controller.signal;

  const queue = [...options.ids];
  const tries = new Map<string, number>();
  const started = clock();
  let active = 0;
  let requests = 0;
  let peak = 0;
  let throttled = 0;
  let throttledInARow = 0;
  let pausedUntil = 0;
  let pauseAnnounced = false;

  // One timer for all workers, so they resume together. With a timer each, the first to wake could
  // run alone through the queue whenever answers come back without yielding to the event loop
  // (an in-process mock does): the others' timers fire late and the scan creeps on one at a time.
  let resume: Promise<void> | null = null;

  async function waitIfPaused() {
    while (!signal.aborted && clock() < pausedUntil) {
      resume ??= sleep(pausedUntil - clock(), signal).finally(() => {
        resume = null;
      });
      await resume;
    }
    if (pauseAnnounced && clock() >= pausedUntil) {
      pauseAnnounced = false;
      options.onPause?.(null);
    }
  }

  async function worker() {
    for (;;) {
      await waitIfPaused();
      if (signal.aborted) return;
      const id = queue.shift();
      if (id === undefined) return;
      active += 1;
      requests += 1;
      peak = Math.max(peak, active);
      try {
        const value = await options.fetchOne(id, signal);
        throttledInARow = 0;
        options.onResult(id, value);
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof ApiError && error.status === 429) {
          throttled += 1;
          throttledInARow += 1;
          const seconds = error.retryAfterSeconds ?? fallbackWait(throttledInARow);
          pausedUntil = Math.max(pausedUntil, clock() + seconds * 1000);
          pauseAnnounced = true;
          options.onPause?.(pausedUntil);
          queue.unshift(id);
        } else if (isTransient(error) && (tries.get(id) ?? 1) < attempts) {
          tries.set(id, (tries.get(id) ?? 1) + 1);
          queue.push(id);
        } else {
          options.onFailure(id, error);
        }
      } finally {
        active -= 1;
      }
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  if (pauseAnnounced) options.onPause?.(null);
  return { requests, peakConcurrency: peak, throttled, wallMs: clock() - started };
}
