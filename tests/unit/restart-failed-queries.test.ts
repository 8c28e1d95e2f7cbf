import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '@/lib/api-error';
import { createQueryClient, restartFailedQueries } from '@/lib/query-client';

const apiError = (status: number, retryAfterSeconds?: number) =>
  new ApiError({ status, body: undefined, fallbackMessage: 'failed', retryAfterSeconds, requestId: 'r' });

/** A page's query: observed (so active), answering with `answers` in turn; counts its calls. */
function pageQuery(queryClient: QueryClient, name: string, answers: Array<() => Promise<string>>) {
  let calls = 0;
  const observer = new QueryObserver(queryClient, {
    queryKey: [name],
    queryFn: () => {
      const answer = answers[Math.min(calls, answers.length - 1)]!;
      calls += 1;
      return answer();
    },
  });
  const unsubscribe = observer.subscribe(() => {});
  cleanups.push(unsubscribe);
  return { calls: () => calls, state: () => queryClient.getQueryState([name]) };
}

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const fail = (error: unknown) => () => Promise.reject(error);
const never = () => new Promise<string>(() => {});
const answer = () => Promise.resolve('answer');
const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
};

describe('restartFailedQueries (what a page\'s "Try again" also asks for)', () => {
  it('asks again for a query that failed and was left alone', async () => {
    const queryClient = createQueryClient({ backoffBaseMs: 1 });
    const markets = pageQuery(queryClient, 'markets', [...Array(4).fill(fail(apiError(500))), answer]);
    await until(() => markets.state()?.status === 'error');
    await restartFailedQueries(queryClient);
    expect(markets.state()?.data).toBe('answer');
  });

  it('starts over a query between tries instead of joining the try that is out', async () => {
    const queryClient = createQueryClient({ backoffBaseMs: 1 });
    // Its second try hangs, as one sent while the service was down and not answered yet.
    const count = pageQuery(queryClient, 'count', [fail(apiError(503)), never, answer]);
    await until(() => count.calls() === 2);
    await restartFailedQueries(queryClient);
    expect(count.calls()).toBe(3);
    expect(count.state()?.data).toBe('answer');
  });

  it('asks again after a network failure too', async () => {
    const queryClient = createQueryClient({ backoffBaseMs: 1 });
    const months = pageQuery(queryClient, 'months', [...Array(4).fill(fail(new NetworkError(null))), answer]);
    await until(() => months.state()?.status === 'error');
    await restartFailedQueries(queryClient);
    expect(months.state()?.data).toBe('answer');
  });

  it('leaves alone an answer, a refusal, a 429 being waited out, and what the caller is retrying', async () => {
    const queryClient = createQueryClient({ backoffBaseMs: 1 });
    const answered = pageQuery(queryClient, 'answered', [answer]);
    const refused = pageQuery(queryClient, 'refused', [fail(apiError(403)), answer]);
    const throttled = pageQuery(queryClient, 'throttled', [fail(apiError(429, 30)), answer]);
    const retried = pageQuery(queryClient, 'retried', [...Array(4).fill(fail(apiError(500))), never]);
    await until(
      () =>
        answered.state()?.status === 'success' &&
        refused.state()?.status === 'error' &&
        throttled.state()?.fetchFailureCount === 1 &&
        retried.state()?.status === 'error',
    );
    void queryClient.refetchQueries({ queryKey: ['retried'] });
    await restartFailedQueries(queryClient);
    expect([answered.calls(), refused.calls(), throttled.calls(), retried.calls()]).toEqual([1, 1, 1, 5]);
  });
});
