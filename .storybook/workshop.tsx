import { Toaster } from '@fluentui/react-components';
import type { Decorator, Loader } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import { createContext, Suspense, useContext, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { App, createApp, type AppInstance } from '@/app/app';
import { allNamespaces } from '@/app/i18n/resources';
import { appToasterId } from '@/components/notify';
import { setNow } from '@/lib/clock';
import type { SupportedLanguage } from '@/lib/locale';
import { resetSession } from '@/lib/session';
import { scanStoreFor } from '@/features/renewals/scan-store';
import { resetDb } from '@/mocks/db/database';
import { resetFaults, setFaults, type FaultSettings } from '@/mocks/faults';
import { handlers } from '@/mocks/handlers';
import { resetThrottling } from '@/mocks/throttling';

/**
 * How every story gets the app's world: the real MSW handlers over the seeded database (reset
 * before each story), the app's own `createApp` set-up (session, query client, i18n, Fluent,
 * router) and the toolbar's language and demo user.
 */

/** The workshop's "now": the day the seeded users were last seen; stories may pin another. */
export const workshopClock = '2026-11-20T10:00:00Z';

export interface WorkshopParameters {
  /** A page story: the URL the real route tree opens at. Without it the story is a component. */
  route?: string;
  /** The mock's own fault switches for this story (500s, dead network, throttling, latency). */
  faults?: Partial<FaultSettings>;
  /** "Now" for the app and the mock (ISO date), e.g. inside or after a 168-hour window. */
  clock?: string;
  /** A component story's address (its search parameters, e.g. `?customer=…`). */
  url?: string;
  /** Console errors that are what the story shows (the runner fails on any other). */
  expectedConsoleErrors?: string[];
  /** Text that changes on every run (regular expressions): the runner masks it in pictures. */
  unstableText?: string[];
}

// The same handlers as the app and the tests; `parameters.msw` adds per-story overrides on top,
// and the addon removes them again before the next story.
const startMock = mswLoader(async () => {
  const worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: './mockServiceWorker.js' },
  });
  return worker;
});

let storyCounter = 0;
let previousApp: AppInstance | undefined;

/**
 * The previous story's app stops its background work: the renewals scan and open queries would
 * otherwise keep calling the mock, which now serves the next story's database, faults and
 * throttling counters.
 */
function stopPreviousApp() {
  if (!previousApp) return;
  scanStoreFor(previousApp.queryClient).stop();
  void previousApp.queryClient.cancelQueries();
  previousApp = undefined;
}

/**
 * Runs once per story render (and again when a toolbar global changes): a fresh database, no
 * faults, no throttling memory, the chosen user signed in, and a new app instance. Building the
 * app here and not in a decorator matters: a decorator re-renders, and a new i18n instance per
 * render never settles.
 */
export const workshopLoader: Loader = async (context) => {
  await startMock(context);
  // A docs page shows several stories at once: none of them is "previous" there.
  if (context.viewMode === 'story') stopPreviousApp();
  // A modal dialog left open by the previous story (its app unmounted with it) leaves Fluent's
  // focus manager's aria-hidden on the story root; the next story would be hidden from
  // assistive technology (and from role queries).
  document.getElementById('storybook-root')?.removeAttribute('aria-hidden');
  const parameters = (context.parameters.workshop ?? {}) as WorkshopParameters;
  globalThis.localStorage?.clear();
  globalThis.sessionStorage?.clear();
  resetDb();
  resetFaults();
  resetThrottling();
  resetSession();
  setNow(parameters.clock ?? workshopClock);
  if (parameters.faults) setFaults(parameters.faults);
  const app = createApp({
    language: (context.globals.locale ?? 'en') as SupportedLanguage,
    userId: String(context.globals.role ?? ''),
    backoffBaseMs: 1,
    url: parameters.route ?? parameters.url ?? '/',
    ...(parameters.route ? {} : { routes: componentRoutes }),
  });
  // Component stories show a feature's strings at once instead of suspending on their chunk.
  if (!parameters.route) await app.i18n.loadNamespaces([...allNamespaces]);
  storyCounter += 1;
  if (context.viewMode === 'story') previousApp = app;
  return { app, appKey: storyCounter };
};

const StorySlot = createContext<(() => ReactNode) | null>(null);

/** A component story is the only route of a memory router, so links and guards work. */
function StoryRoute() {
  const renderStory = useContext(StorySlot);
  return (
    <Suspense fallback={null}>
      {renderStory?.()}
      <Toaster toasterId={appToasterId} position="bottom-end" />
    </Suspense>
  );
}

const componentRoutes: RouteObject[] = [{ path: '*', element: <StoryRoute /> }];

export const withApp: Decorator = (Story, context) => {
  const { app, appKey } = context.loaded as { app: AppInstance; appKey: number };
  return (
    <StorySlot.Provider value={() => <Story />}>
      <App key={appKey} {...app} />
    </StorySlot.Provider>
  );
};
