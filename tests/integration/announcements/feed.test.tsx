import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { http } from 'msw';
import { announcementCategories, announcements, november2020 } from '@/mocks/data/announcements';
import { server } from '@/mocks/node';
import { renderApp, waitForShell } from '../../setup/render-app';

const byDate = [...november2020].sort((a, b) => b.date.localeCompare(a.date));
const record = (slug: string) => {
  const found = announcements.find((r) => r.slug === slug);
  if (!found) throw new Error(`no announcement ${slug}`);
  return found;
};

const articles = () => screen.queryAllByRole('article');
const entryToggle = (title: string) => screen.getByRole('button', { name: title });
const navLink = () =>
  within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Announcements' });

async function openFeed(url = '/announcements/2020-11', options?: Parameters<typeof renderApp>[1]) {
  const view = renderApp(url, options);
  await waitForShell();
  // Looked up again on each try rather than held: the page may render its heading more than once
  // while it settles (a CI-like run once caught a heading found, then replaced before the check).
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 1, name: 'Announcements' })).toBeInTheDocument(),
  );
  await waitFor(() => expect(articles().length).toBeGreaterThan(0));
  return view;
}

afterEach(() => vi.restoreAllMocks());

describe('announcements feed', () => {
  it('opens the newest month at /announcements, lists its entries newest first as articles, and switches month', async () => {
    const { user, router } = await openFeed('/announcements');
    // The newest month shows at once; its URL replaces /announcements as the navigation completes.
    await waitFor(() => expect(router.state.location.pathname).toBe('/announcements/2020-11'));
    expect(articles()).toHaveLength(november2020.length);
    expect(articles().map((a) => within(a).getByRole('heading', { level: 2 }).textContent)).toEqual(
      byDate.map((r) => r.title.en),
    );
    expect(
      screen.getByText(`${november2020.length} announcements`, { selector: '[role=status]' }),
    ).toBeInTheDocument();

    const months = screen.getByRole('navigation', { name: 'Months' });
    expect(within(months).getByRole('link', { name: /^November 2020/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(months).getByRole('link', { name: /^October 2020/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/announcements/2020-10'));
    const october = announcements.filter((r) => r.date.startsWith('2020-10'));
    expect(await screen.findByRole('button', { name: october[0]!.title.en })).toBeInTheDocument();
    expect(articles()).toHaveLength(october.length);
    expect(within(months).getByRole('link', { name: /^October 2020/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('filters by category through the URL, counts the results and clears the filter', async () => {
    const { user, router } = await openFeed();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Offers/Markets');
    const offers = november2020.filter((r) => r.category === 'offers-markets');
    await waitFor(() => expect(articles()).toHaveLength(offers.length));
    expect(router.state.location.search).toBe('?category=offers-markets');
    for (const article of articles()) {
      expect(within(article).getByText(announcementCategories['offers-markets'].en)).toBeInTheDocument();
    }
    expect(
      screen.getByText(`${offers.length} of ${november2020.length} announcements shown`),
    ).toHaveAttribute('role', 'status');

    // A sub-topic filters too.
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Category' }),
      'Enhanced customer screening',
    );
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(entryToggle(record('enhanced-customer-screening').title.en)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(articles()).toHaveLength(november2020.length));
    expect(router.state.location.search).toBe('');
  });

  it('searches titles and text, highlights the matches, keeps the query in the URL, and ignores accents', async () => {
    const { user, router } = await openFeed();
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.paste('Retry-After');
    // Nothing in November mentions it: an empty result says so.
    await waitFor(() => expect(articles()).toHaveLength(0));
    expect(screen.getByText(/No announcement from November 2020 matches/)).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.paste('ACTIVITY LOG');
    // Only the throttling entry mentions it, deep in its body: that entry opens to show the match.
    await waitFor(() => expect(articles()).toHaveLength(1));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('ACTIVITY LOG');
    const throttling = record('api-throttling');
    const toggle = entryToggle(throttling.title.en);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const marks = screen.getAllByText((_content, element) => element?.tagName === 'MARK');
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.textContent?.toLowerCase()).toBe('activity log');

    // Accent-insensitive: "equipe" finds "équipe" in the French text.
    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Français' }));
    await user.clear(await screen.findByRole('searchbox', { name: 'Rechercher' }));
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'equipe');
    await waitFor(() => expect(articles().length).toBeGreaterThan(0));
    const frenchMarks = screen.getAllByText((_content, element) => element?.tagName === 'MARK');
    expect(frenchMarks.map((m) => m.textContent?.toLowerCase())).toContain('équipe');
  });

  it('opens an entry from its permalink: expanded, scrolled into view, focused, and its cross-link works', async () => {
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const screening = record('enhanced-customer-screening');
    const { user, router } = await openFeed('/announcements/2020-11/enhanced-customer-screening');
    const toggle = entryToggle(screening.title.en);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    const article = toggle.closest('article');
    expect(article).not.toBeNull();
    await waitFor(() => expect(scrolled).toContain(article));
    expect(toggle).toHaveFocus();
    // The others stay collapsed.
    expect(entryToggle(byDate[0]!.title.en)).toHaveAttribute('aria-expanded', 'false');
    // The country/INN table is there, as a real table.
    expect(within(article!).getByRole('table', { name: /Organization INN/ })).toBeInTheDocument();
    expect(within(article!).getByRole('cell', { name: 'KZ' })).toBeInTheDocument();

    const link = within(article!).getByRole('link', {
      name: 'Find customers with missing screening details',
    });
    expect(link).toHaveAttribute('href', '/customers?screening=missing');
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
    expect(router.state.location.search).toBe('?screening=missing');
  });

  it('keeps the Category filter when a permalinked entry is marked read before the categories arrive', async () => {
    // The categories are answered only once the entry's mark-read has been sent.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/v1/announcements/categories', async () => {
        await released;
      }),
      http.post('*/v1/announcements/reads', () => {
        release();
      }),
    );
    await openFeed('/announcements/2020-11/enhanced-customer-screening');
    const category = screen.getByRole('combobox', { name: 'Category' });
    // "All categories" alone until they are here.
    await waitFor(() => expect(within(category).getAllByRole('option').length).toBeGreaterThan(1));
  });

  it('copies an entry’s permalink and announces it', async () => {
    const { user } = await openFeed('/announcements/2020-11/api-throttling');
    const article = entryToggle(record('api-throttling').title.en).closest('article')!;
    await user.click(within(article).getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/announcements/2020-11/api-throttling`,
    );
    expect(
      await screen.findByText(/Link to “API throttling.*” copied to the clipboard\./),
    ).toBeInTheDocument();
    expect(within(article).getByRole('button', { name: 'Link copied' })).toBeInTheDocument();
    expect(within(article).getByRole('link', { name: /^Permalink to/ })).toHaveAttribute(
      'href',
      '/announcements/2020-11/api-throttling',
    );
    expect(
      within(article).getByRole('link', { name: 'See API throttling in developer tools' }),
    ).toHaveAttribute('href', '/?devtools=throttling');
  });

  it('marks an opened entry read, lowers the navigation badge, and remembers it after a reload', async () => {
    const unreadAtStart = announcements.filter((r) => r.date >= '2020-10-01').length;
    const view = await openFeed();
    await waitFor(() =>
      expect(navLink()).toHaveAccessibleDescription(`${unreadAtStart} unread announcements`),
    );
    const saas = byDate[0]!;
    const article = entryToggle(saas.title.en).closest('article')!;
    expect(within(article).getByText('Unread')).toBeInTheDocument();

    await view.user.click(entryToggle(saas.title.en));
    expect(entryToggle(saas.title.en)).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(within(article).queryByText('Unread')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(navLink()).toHaveAccessibleDescription(`${unreadAtStart - 1} unread announcements`),
    );

    // A fresh app (new query cache) reads the state back from the API.
    view.unmount();
    const again = await openFeed();
    const reloaded = entryToggle(saas.title.en).closest('article')!;
    await waitFor(() =>
      expect(navLink()).toHaveAccessibleDescription(`${unreadAtStart - 1} unread announcements`),
    );
    expect(within(reloaded).queryByText('Unread')).not.toBeInTheDocument();
    expect(
      within(entryToggle(byDate[1]!.title.en).closest('article')!).getByText('Unread'),
    ).toBeInTheDocument();

    await again.user.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(screen.queryAllByText('Unread')).toHaveLength(0));
    await waitFor(() => expect(navLink()).toHaveAccessibleDescription(''));
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
    again.unmount();

    await openFeed('/announcements/2020-10');
    expect(screen.queryAllByText('Unread')).toHaveLength(0);
  });

  it('keeps read state per user', async () => {
    const first = await openFeed('/announcements/2020-11/api-throttling');
    await waitFor(() =>
      expect(
        within(entryToggle(record('api-throttling').title.en).closest('article')!).queryByText('Unread'),
      ).toBeNull(),
    );
    first.unmount();
    await openFeed('/announcements/2020-11', { userId: 'user-ben-account-admin' });
    expect(
      within(entryToggle(record('api-throttling').title.en).closest('article')!).getByText('Unread'),
    ).toBeInTheDocument();
  });

  it('switches the UI and the announcement content to French at once, with French dates', async () => {
    const account = record('unified-account-management');
    const { user } = await openFeed('/announcements/2020-11/unified-account-management');
    expect(screen.getAllByText('Published 11/18/2020', { selector: 'time' }).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Français' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Annonces' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: account.title.fr })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.queryByRole('button', { name: account.title.en })).not.toBeInTheDocument();
    expect(screen.getAllByText('Publiée le 18/11/2020', { selector: 'time' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('combobox', { name: 'Catégorie' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Mois' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^novembre 2020/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(account.audience.fr)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: account.appLinks[0]!.label.fr })).toHaveAttribute(
      'href',
      '/settings/account',
    );
    expect(document.documentElement.lang).toBe('fr');
  });

  it('says so when a month has no announcements or a permalink names no entry', async () => {
    const view = renderApp('/announcements/2020-02');
    expect(await screen.findByText('There are no announcements for February 2020.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the latest announcements' })).toHaveAttribute(
      'href',
      '/announcements/2020-11',
    );
    view.unmount();

    await openFeed('/announcements/2020-11/no-such-entry');
    expect(
      screen.getByText(/No announcement “no-such-entry” was published in November 2020/),
    ).toBeInTheDocument();
    expect(articles()).toHaveLength(november2020.length);
  });
});

describe('Home', () => {
  it('shows the latest announcements, each linking to its permalink', async () => {
    renderApp('/');
    const card = (await screen.findByRole('heading', { name: 'Latest announcements' })).closest('.fui-Card');
    expect(card).not.toBeNull();
    for (const entry of byDate.slice(0, 3)) {
      expect(await within(card as HTMLElement).findByRole('link', { name: entry.title.en })).toHaveAttribute(
        'href',
        `/announcements/2020-11/${entry.slug}`,
      );
    }
    expect(within(card as HTMLElement).getByRole('link', { name: 'View all announcements' })).toHaveAttribute(
      'href',
      '/announcements',
    );
  });
});
