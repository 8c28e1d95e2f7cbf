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
