import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError } from './api-error';

const maxThrottleRetries = 3;
const maxTransientRetries = 3;

/**
 * Retry policy for queries (GETs). 4xx are the caller's fault and never retried; 429 waits for
 * the service's Retry-After; 5xx and network failures back off exponentially. Mutations never
 * retry on their own: a repeated POST could buy twice.
 */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError) {
    if (error.status === 429) return failureCount < maxThrottleRetries;
    if (error.status >= 500) return failureCount < maxTransientRetries;
    return false;
  }
  if (error instanceof NetworkError) return failureCount < maxTransientRetries;
  return false;
}

export function queryRetryDelay(attemptIndex: number, error: unknown, backoffBaseMs = 500): number {
  if (error instanceof ApiError && error.status === 429 && error.retryAfterSeconds !== undefined) {
    return error.retryAfterSeconds * 1000;
  }
  return Math.min(backoffBaseMs * 2 ** attemptIndex, 8000);
}

export interface QueryClientOptions {
  /** Tests shrink the backoff so a 5xx scenario does not take seconds; the policy is the same. */
  backoffBaseMs?: number;
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const backoffBaseMs = options.backoffBaseMs ?? 500;
  return new QueryClient({
    queryCache: new QueryCache(),
    mutationCache: new MutationCache(),
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        retryDelay: (attempt, error) => queryRetryDelay(attempt, error, backoffBaseMs),
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

/** A failure that asking again may cure: the service erring (5xx) or out of reach. */
function isOutage(error: unknown): boolean {
  return (error instanceof ApiError && error.status >= 500) || error instanceof NetworkError;
}

/**
 * What a page's "Try again" asks for besides its own retry: every query on the page still without
 * an answer because the service failed (5xx) or could not be reached. The service may be back, and
 * the rest of the page (a filter's list, a count) would otherwise stay empty, with nothing left that
 * offers to ask again.
 * - Failed and idle: asked again.
 * - Between tries: started over. A refetch would join the try that is out, which may have left
 *   while the service was down and then fails with it, using up the last retry.
 * Left alone: a refusal (4xx) that asking again would only repeat, a 429 whose Retry-After is being
 * waited out, and a query the caller's own retry is already asking.
 */
export function restartFailedQueries(queryClient: QueryClient): Promise<void> {
  return queryClient.resetQueries({
    predicate: (query) => {
      const { data, status, fetchStatus, fetchFailureCount, fetchFailureReason, error } = query.state;
      if (data !== undefined || !query.isActive() || !isOutage(fetchFailureReason ?? error)) return false;
      if (status === 'error') return fetchStatus === 'idle';
      return fetchFailureCount > 0;
    },
  });
}
