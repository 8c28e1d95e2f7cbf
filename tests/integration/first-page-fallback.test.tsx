import { act, render, screen, waitFor } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App, createApp } from '@/app/app';
import { routes } from '@/app/routes';
import { FirstPageFallback } from '@/app/shell/first-page-fallback';
import { headingOf, type PageHeading } from '@/lib/route-heading';
import { renderApp } from '../setup/render-app';

/** A first visit whose page chunk arrives only when the test says so. */
function firstVisit(handle: unknown, language: 'en' | 'fr' = 'en') {
  let pageArrives = () => {};
  const chunk = new Promise<void>((resolve) => (pageArrives = resolve));
  const tree: RouteObject[] = [
    {
      path: '/',
      HydrateFallback: FirstPageFallback,
      children: [
        {
          path: 'page',
          handle,
          lazy: () => chunk.then(() => ({ Component: () => <p>The page itself</p> })),
        },
      ],
    },
  ];
  const app = createApp({ url: '/page', language, routes: tree });
  render(<App {...app} />);
  return { pageArrives };
}

const customerList = { heading: { ns: 'customers', title: 'title', description: 'list.description' } };

describe('first visit, while the page code loads', () => {
  it("shows the page's own heading and description above the progress indicator", async () => {
    const { pageArrives } = firstVisit(customerList);
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect(
      screen.getByText('Your customers and the screening information Partner Center requires.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Loading page')).toBeInTheDocument();
    // Set by an effect, which may run a moment after the heading is on screen (a run caught the
    // previous test file's title still there).
    await waitFor(() => expect(document.title).toMatch(/^Customers/));

    pageArrives();
    expect(await screen.findByText('The page itself')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.queryByText('Loading page')).toBeNull();
  });

  it('shows the heading in the language the visitor reads', async () => {
    firstVisit(customerList, 'fr');
    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toBeInTheDocument();
    expect(screen.getByText('Chargement de la page')).toBeInTheDocument();
  });

  it('shows only the progress indicator for a page whose heading is data', async () => {
    firstVisit(undefined);
    expect(await screen.findByText('Loading page')).toBeInTheDocument();
    expect(screen.queryByRole('heading')).toBeNull();
  });
});

/** Every route of the app that names its heading, with a URL that opens it. */
function routesWithHeadings(tree: RouteObject[], parent = ''): Array<[string, PageHeading]> {
  return tree.flatMap((route) => {
    // Optional segments (`:month?`) left out.
    const own = route.path?.replace(/\/?:[^/]+\?/g, '') ?? '';
    const path = [parent, own].filter(Boolean).join('/').replace(/\/+/g, '/');
    const heading = headingOf(route.handle);
    const named: Array<[string, PageHeading]> = heading
      ? [[path.startsWith('/') ? path : `/${path}`, heading]]
      : [];
    return [...named, ...routesWithHeadings(route.children ?? [], path)];
  });
}

describe("the headings the routes name are the pages' own", () => {
  const named = routesWithHeadings(routes);

  it('covers the pages with a fixed heading', () => {
    expect(named.map(([url]) => url).sort()).toEqual([
      '/',
      '/activity',
      '/announcements',
      '/catalog',
      '/customers',
      '/customers/new',
      '/renewals',
      '/renewals/alignment',
      '/renewals/cancellable',
    ]);
  });

  // One app visiting each page in turn: a fresh app per page cost a second of CPU apiece.
  it('each of those pages renders the heading its route names', async () => {
    const { router, i18n } = renderApp('/');
    for (const [url, heading] of named) {
      await act(() => router.navigate(url));
      await i18n.loadNamespaces(heading.ns);
      // The keys are the route's own, not literals this file could type.
      const t = i18n.getFixedT('en', heading.ns as never) as unknown as (key: string) => string;
      const title = await screen.findByRole('heading', { level: 1, name: t(heading.title) });
      expect(title.closest('header'), url).toHaveTextContent(t(heading.description ?? ''));
    }
  });
});
