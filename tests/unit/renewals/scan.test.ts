import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { runScan } from '@/features/renewals/scan';

const throttled = (seconds: number) =>
  new ApiError({
    status: 429,
    body: { statusCode: 429 },
    fallbackMessage: '',
    retryAfterSeconds: seconds,
    requestId: 'r',
  });
const notFound = () =>
  new ApiError({ status: 404, body: { code: 20003 }, fallbackMessage: '', requestId: 'r' });

/** A virtual clock: sleeping advances it, so Retry-After waits cost no real time. */
function virtualTime() {
  let now = 0;
  return {
    clock: () => now,
    sleep: async (ms: number) => {
      now += ms;
      await Promise.resolve();
    },
  };
}

describe('the customer scan', () => {
  it('never exceeds its concurrency, waits out every 429 and reads every customer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        async (count, concurrency, throttleFirst) => {
          const time = virtualTime();
          const ids = Array.from({ length: count }, (_, i) => `c${i}`);
          const seen = new Set<string>();
          let active = 0;
          let maxActive = 0;
          const pauses: Array<number | null> = [];
          const results = new Map<string, string>();
          const stats = await runScan({
            ids,
            concurrency,
            ...time,
            fetchOne: async (id) => {
              active += 1;
              maxActive = Math.max(maxActive, active);
              await Promise.resolve();
              active -= 1;
              const index = Number(id.slice(1));
              if (throttleFirst[index] && !seen.has(id)) {
                seen.add(id);
                // A throttled request must not be sent again before its Retry-After.
                throw throttled(2);
              }
              return `subs-${id}`;
            },
            onResult: (id, value) => results.set(id, value),
            onFailure: () => {},
            onPause: (until) => pauses.push(until),
          });
          expect(maxActive).toBeLessThanOrEqual(concurrency);
          expect(stats.peakConcurrency).toBeLessThanOrEqual(concurrency);
          expect([...results.keys()].sort()).toEqual([...ids].sort());
          const throttledCount = ids.filter((_, i) => throttleFirst[i]).length;
          expect(stats.throttled).toBe(throttledCount);
          expect(stats.requests).toBe(count + throttledCount);
          if (throttledCount > 0) {
            expect(pauses.some((until) => until !== null)).toBe(true);
            expect(pauses.at(-1)).toBeNull();
            expect(stats.wallMs).toBeGreaterThanOrEqual(2000);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('resumes every worker together after a pause, even when answers never yield to the event loop', async () => {
    // Timers are real (each sleep is a macrotask) while answers resolve in microtasks, as with an
    // in-process mock: a worker that woke alone would otherwise read the whole queue by itself.
    let now = 0;
    const sleep = (ms: number) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          now += ms;
          resolve();
        }, 0),
      );
    const throttledOnce = new Set<string>();
    let active = 0;
    const activeAfterPause: number[] = [];
    const ids = Array.from({ length: 12 }, (_, i) => `c${i}`);
    await runScan({
      ids,
      concurrency: 4,
      clock: () => now,
      sleep,
      fetchOne: async (id) => {
        active += 1;
        if (throttledOnce.size >= 4) activeAfterPause.push(active);
        await Promise.resolve();
        active -= 1;
        if (throttledOnce.size < 4 && !throttledOnce.has(id)) {
          throttledOnce.add(id);
          throw throttled(1);
        }
        return id;
      },
      onResult: () => {},
      onFailure: () => {},
    });
    expect(activeAfterPause).toHaveLength(12);
    expect(Math.max(...activeAfterPause)).toBe(4);
  });

  it('lists a customer that fails without stopping the others', async () => {
    const failures: string[] = [];
    const results: string[] = [];
    await runScan({
      ids: ['a', 'b', 'c'],
      concurrency: 2,
      ...virtualTime(),
      fetchOne: async (id) => {
        if (id === 'b') throw notFound();
        return id;
      },
      onResult: (id) => results.push(id),
      onFailure: (id) => failures.push(id),
    });
    expect(failures).toEqual(['b']);
    expect(results.sort()).toEqual(['a', 'c']);
  });
});
