import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { createBrowserRouter, createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import type { SupportedLanguage } from '@/lib/locale';
import { createQueryClient } from '@/lib/query-client';
import { withPrefetchLoaders } from '@/lib/route-prefetch';
import { signInAs } from '@/lib/session';
import { createI18n, preloadFeatureStrings } from './i18n';
import { AppProviders } from './providers';
import { routes } from './routes';

export interface AppOptions {
  /** Start at this URL in memory (tests, stories); without it the router follows the address bar. */
  url?: string;
  language?: SupportedLanguage;
  /** Demo user to sign in as before the first request. */
  userId?: string;
  /** Tests and stories shrink the retry backoff; the retry policy itself is the app's. */
  backoffBaseMs?: number;
  /** A different route tree (a component story mounts its component as the only route). */
  routes?: RouteObject[];
  /** The browser entry: ask for every feature's strings at once (see preloadFeatureStrings). */
  preloadFeatureStrings?: boolean;
}

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export interface AppInstance {
  queryClient: QueryClient;
  i18n: I18n;
  router: AppRouter;
}

/**
 * The one place that builds what the app runs on (session, query client, i18n, router). The
 * browser entry, the Vitest `renderApp` helper and the workshop's stories all start here, so they
 * cannot drift apart. Call it once per page, test or story — never inside a render.
 */
export function createApp(options: AppOptions = {}): AppInstance {
  if (options.userId) signInAs(options.userId);
  const queryClient = createQueryClient(
    options.backoffBaseMs === undefined ? {} : { backoffBaseMs: options.backoffBaseMs },
  );
  const i18n = createI18n(options.language);
  // Before the router exists: it asks for the first page's code as it is created, and the strings
  // (which the page's heading waits for) then queued behind that page's dozen chunks.
  if (options.preloadFeatureStrings) void preloadFeatureStrings(i18n);
  const routeTree = withPrefetchLoaders(options.routes ?? routes, { queryClient, i18n });
  return {
    queryClient,
    i18n,
    router:
      options.url === undefined
        ? createBrowserRouter(routeTree)
        : createMemoryRouter(routeTree, { initialEntries: [options.url] }),
  };
}

export function App({ queryClient, i18n, router }: AppInstance) {
  return (
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
