import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '@/lib/api-client';

/**
 * Gives a component story its data from the mock API through the feature's own query options (the
 * same fetchers the pages use), so a story never carries a hand-made copy of what the mock serves.
 * Renders nothing until the data arrives.
 */
export function FromQuery<T>({
  query,
  children,
}: {
  query: UseQueryOptions<T, Error, T, QueryKey>;
  children: (data: T) => ReactNode;
}) {
  const result = useQuery<T, Error, T, QueryKey>(query);
  return result.data === undefined ? null : <>{children(result.data)}</>;
}

/** The error a request really gets from the mock in the story's fault scenario (500, offline, 429). */
export function ApiFailure({ path, children }: { path: string; children: (error: unknown) => ReactNode }) {
  const query = useQuery({
    queryKey: ['workshop', 'failure', path],
    queryFn: ({ signal }) => api.get<unknown>(path, { signal }),
    retry: false,
  });
  return query.error ? <>{children(query.error)}</> : null;
}
