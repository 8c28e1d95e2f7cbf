import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '@/lib/api-client';

/**
 * Gives a component story its data from the mock API, through the same fetch the app uses, so a
 * story never carries a hand-made copy of what the mock serves. Renders nothing until it arrives.
 */
export function FromApi<T>({ path, children }: { path: string; children: (data: T) => ReactNode }) {
  const query = useQuery({
    queryKey: ['workshop', path],
    queryFn: ({ signal }) => api.get<T>(path, { signal }),
    retry: false,
  });
  return query.data === undefined ? null : <>{children(query.data)}</>;
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
