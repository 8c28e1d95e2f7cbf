import { getResponse, http, type RequestHandler } from 'msw';
import { callMadeAt } from '@/lib/api-ready';
import { noteArrival } from './http';

type HandlerLoader = () => Promise<RequestHandler[]>;

/**
 * The browser's mock loads a domain's handlers and data when that domain is first called, not at
 * start-up: the worker starts with one small dispatcher and each domain's modules evaluate in their
 * own task, the first time a page asks for them. Tests and the HTTP server use the full list.
 */
const domains: Array<{ name: string; pattern: RegExp; load: HandlerLoader }> = [
  {
    name: 'announcements',
    pattern: /^\/v1\/announcements(\/|$)/,
    load: () =>
      Promise.all([import('./handlers/announcements'), import('./handlers/announcement-impact')]).then(
        ([list, impact]) => [...list.announcementHandlers, ...impact.announcementImpactHandlers],
      ),
  },
  {
    name: 'commerce',
    pattern:
      /^\/v1\/(products|productPromotions)(\/|$)|^\/v1\/customers\/[^/]+\/(carts|orders|subscriptions|subscribedskus|promotionEligibilities|products)(\/|$)/,
    load: () =>
      Promise.all([import('./handlers/catalog'), import('./handlers/commerce')]).then(
        ([catalog, commerce]) => [...catalog.catalogHandlers, ...commerce.commerceHandlers],
      ),
  },
  {
    name: 'compliance',
    pattern:
      /^\/v1\/(agreements|agreementtemplates)(\/|$)|^\/v1\/customers\/[^/]+\/(agreements|directSignedMicrosoftCustomerAgreementStatus|qualifications|validationStatus|validations)(\/|$)/,
    load: () =>
      Promise.all([import('./handlers/agreements'), import('./handlers/account-validation')]).then(
        ([agreements, validation]) => [
          ...agreements.agreementHandlers,
          ...validation.accountValidationHandlers,
        ],
      ),
  },
  {
    // Account settings validate their writes with the forms' schemas (zod): not loaded for /v1/me.
    name: 'account',
    pattern: /^\/v1\/(users|roles|groups|applications|tenants|profiles)(\/|$)/,
    load: () =>
      Promise.all([
        import('./handlers/users'),
        import('./handlers/account'),
        import('./handlers/directory'),
      ]).then(([users, account, directory]) => [
        ...users.userHandlers,
        ...account.accountHandlers,
        ...directory.directoryHandlers,
      ]),
  },
];

// The rest of the API without the four domains' modules and data: the first call outside them
// (/v1/me, on every page) must not make the account page or the users list evaluate the catalog.
const core: HandlerLoader = () => import('./handlers/core').then((module) => module.coreHandlers);
const everything: HandlerLoader = () => import('./handlers').then((module) => module.handlers);
const loaded = new Map<HandlerLoader, Promise<RequestHandler[]>>();

function handlersFrom(load: HandlerLoader): Promise<RequestHandler[]> {
  let handlers = loaded.get(load);
  if (!handlers) {
    handlers = load();
    loaded.set(load, handlers);
  }
  return handlers;
}

/**
 * Every page's first call (`/v1/me`) is answered by the core list, so the browser's mock starts
 * loading it while its worker registers instead of when that call arrives, with the call waiting.
 */
export function preloadCoreHandlers(): void {
  void handlersFrom(core);
}

/** Names the domain a path belongs to (exported for its unit test). */
export function domainOf(pathname: string): string {
  return domains.find((domain) => domain.pattern.test(pathname))?.name ?? 'core';
}

export const lazyHandlers: RequestHandler[] = [
  http.all('*/v1/*', async ({ request }) => {
    const arrivedAt = callMadeAt(request.headers.get('MS-RequestId')) ?? performance.now();
    const { pathname } = new URL(request.url);
    const domain = domains.find((candidate) => candidate.pattern.test(pathname));
    const forDomain = request.clone();
    noteArrival(forDomain, arrivedAt);
    noteArrival(request, arrivedAt);
    const response = await getResponse(await handlersFrom(domain?.load ?? core), forDomain);
    if (response) return response;
    // A path its part of the API did not answer gets the full list: the answer is always the one
    // the eager handlers would give.
    return getResponse(await handlersFrom(everything), request);
  }),
];
