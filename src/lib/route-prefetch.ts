import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, Params, RouteObject } from 'react-router';

/** What a route's `handle` carries when its page's first requests can start before the page. */
export interface PrefetchHandle {
  prefetch: (queryClient: QueryClient, params: Params) => Promise<unknown>;
}

function hasPrefetch(handle: unknown): handle is PrefetchHandle {
  return typeof handle === 'object' && handle !== null && 'prefetch' in handle;
}

/**
 * Gives each route whose handle has a `prefetch` a loader that starts it as the navigation starts,
 * beside the download of the page's chunk, and returns at once: the page still shows its own
 * loading state and reads the data through its queries. Started from the page, the requests went
 * out only once its chunk had arrived and rendered. Applied where the app is built, so that the
 * loaders fill that app's own query client.
 */
export function withPrefetchLoaders(routes: RouteObject[], queryClient: QueryClient): RouteObject[] {
  return routes.map((route) => {
    const { handle } = route;
    const withLoader =
      hasPrefetch(handle) && !route.loader
        ? {
            ...route,
            loader: ({ params }: LoaderFunctionArgs) => {
              // A failed prefetch leaves the query in its error state; the page shows and retries it.
              handle.prefetch(queryClient, params).catch(() => {});
              return null;
            },
          }
        : route;
    return withLoader.children
      ? { ...withLoader, children: withPrefetchLoaders(withLoader.children, queryClient) }
      : withLoader;
  });
}
