import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { LoaderFunctionArgs, Params, RouteObject, ShouldRevalidateFunctionArgs } from 'react-router';
import { toSupportedLanguage, type SupportedLanguage } from './locale';

/** What a prefetch asks with: the app's query client, and the language its queries are keyed by. */
export interface PrefetchContext {
  queryClient: QueryClient;
  language: SupportedLanguage;
}

/** What a route's `handle` carries when its page's first requests can start before the page. */
export interface PrefetchHandle {
  prefetch: (context: PrefetchContext, params: Params) => Promise<unknown>;
}

function hasPrefetch(handle: unknown): handle is PrefetchHandle {
  return typeof handle === 'object' && handle !== null && 'prefetch' in handle;
}

/**
 * Gives each route whose handle has a `prefetch` a loader that starts it as the navigation starts,
 * beside the download of the page's chunk, and returns at once: the page still shows its own
 * loading state and reads the data through its queries. Started from the page, the requests went
 * out only once its chunk had arrived and rendered. Applied where the app is built, so that the
 * loaders fill that app's own query client, in the language it shows at the time.
 */
export function withPrefetchLoaders(
  routes: RouteObject[],
  app: { queryClient: QueryClient; i18n: I18n },
): RouteObject[] {
  return routes.map((route) => {
    const { handle } = route;
    const withLoader =
      hasPrefetch(handle) && !route.loader
        ? {
            ...route,
            loader: ({ params }: LoaderFunctionArgs) => {
              // A failed prefetch leaves the query in its error state; the page shows and retries it.
              const context = {
                queryClient: app.queryClient,
                language: toSupportedLanguage(app.i18n.language),
              };
              handle.prefetch(context, params).catch(() => {});
              return null;
            },
            // Not again for a change of the query string alone (a search box, a filter): the page
            // asks for what that changes itself, and a navigation with a loader to run completes a
            // moment later, which lost keystrokes in the inputs that write the URL.
            shouldRevalidate: ({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) =>
              currentUrl.pathname !== nextUrl.pathname,
          }
        : route;
    return withLoader.children
      ? { ...withLoader, children: withPrefetchLoaders(withLoader.children, app) }
      : withLoader;
  });
}
