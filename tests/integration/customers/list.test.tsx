import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setFaults } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';

// Fluent pages in the test DOM are slow to query under a full, parallel suite on 2 cores.
configure({ asyncUtilTimeout: 5000 });

describe('customer list', () => {
  it('the work list URL shows only customers missing screening info, badged, and the toggle clears it', async () => {
    const { user, router } = renderApp('/customers?screening=missing');
    const table = await screen.findByRole('table', { name: 'Customers' }, { timeout: 5000 });
    expect(within(table).getByRole('link', { name: 'Astana Retail Group' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: 'Steppe Mining JSC' })).not.toBeInTheDocument();
    expect(within(table).getAllByText('Missing screening info').length).toBe(15);
    expect(screen.getByText('1–15 of 15')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Missing screening info/ }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('1–20 of 40')).toBeInTheDocument();
  });

  it('says for every other customer whether its screening is complete or not asked by its country', async () => {
    const { router } = renderApp('/customers?country=KZ');
    const screeningOf = async (company: string) => {
      const row = (await screen.findByRole('link', { name: company }, { timeout: 5000 })).closest('tr');
      if (!row) throw new Error(`No row for ${company}`);
      return within(row).getAllByRole('cell')[3]!;
    };
    // Kazakhstan asks for the INN and the phone: Steppe Mining has both, Astana Retail neither.
    const steppe = await screeningOf('Steppe Mining JSC');
    await waitFor(() => expect(steppe).toHaveTextContent(/^Complete$/));
    expect(await screeningOf('Astana Retail Group')).toHaveTextContent(/^Missing screening info/);
    // The United States asks for neither.
    await router.navigate('/customers?country=US');
    expect(await screeningOf('Contoso Outdoor Supply')).toHaveTextContent(/^Not required$/);
  });

  it('an announcement can narrow the work list to its countries; "All countries" widens it again', async () => {
    const november2020 = 'AM,AZ,BY,HU,KZ,KG,MD,RU,TJ,UZ,UA';
    const { user, router } = renderApp(`/customers?screening=missing&countries=${november2020}`);
    const table = await screen.findByRole('table', { name: 'Customers' }, { timeout: 5000 });
    expect(screen.getByText(/^Only customers in these 11 countries: .*Kazakhstan/)).toBeInTheDocument();
    // Bengaluru Cloudworks (India, screened since 2021) is on the full work list, not this one.
    expect(within(table).queryByRole('link', { name: 'Bengaluru Cloudworks' })).not.toBeInTheDocument();
    expect(screen.getByText('1–14 of 14')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'All countries' }));
    await waitFor(() => expect(router.state.location.search).toBe('?screening=missing'));
    expect(await screen.findByText('1–15 of 15')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bengaluru Cloudworks' })).toBeInTheDocument();
  });

  it('search and page live in the URL', async () => {
    const { user, router } = renderApp('/customers');
    await screen.findByRole('table', { name: 'Customers' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    expect(await screen.findByText('21–40 of 40')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search by name or domain' }), 'volga');
    await waitFor(() => expect(router.state.location.search).toBe('?q=volga'));
    expect(await screen.findByRole('link', { name: 'Volga Industrial Systems' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2), { timeout: 4000 });

    // The search box's clear button has a name in the page's language, and clears the search.
    await user.click(screen.getByLabelText('Clear the search'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByRole('searchbox', { name: 'Search by name or domain' })).toHaveValue('');
  });

  it('reads the country filter and the sort from the URL', async () => {
    renderApp('/customers?country=KZ&sort=-companyName');
    await screen.findByRole('link', { name: 'Steppe Mining JSC' }, { timeout: 5000 });
    await waitFor(
      () =>
        expect(
          screen
            .getAllByRole('link', { name: /Steppe Mining JSC|Baikonur Analytics|Astana Retail Group/ })
            .map((a) => a.textContent),
        ).toEqual(['Steppe Mining JSC', 'Baikonur Analytics', 'Astana Retail Group']),
      { timeout: 5000 },
    );
  });

  it('shows an empty state with a way out (Clear filters)', async () => {
    const { user } = renderApp('/customers?q=nosuchcustomer');
    expect(
      await screen.findByText('No customers match these filters.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    // Nothing to export: the button says so by being unavailable.
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('1–20 of 40')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  it('offers a retry when the list fails to load', async () => {
    setFaults({ serverErrors: true });
    const { user } = renderApp('/customers');
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('An unexpected error occurred in the service');
    setFaults({ serverErrors: false });
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('1–20 of 40')).toBeInTheDocument();
    // The markets failed with the list; the same retry brings back what comes from them.
    expect((await screen.findAllByText('Not required')).length).toBeGreaterThan(0);
  });

  it('the same retry asks again for the markets whose last try is still out', async () => {
    setFaults({ serverErrors: true });
    // The markets fail three times; their last allowed try is held and then fails as well, as it
    // would when it left while the service was still down.
    let marketTries = 0;
    let releaseLastTry = () => {};
    const lastTryReleased = new Promise<void>((resolve) => (releaseLastTry = resolve));
    const serviceDown = () =>
      HttpResponse.json({ code: 500, description: 'Service unavailable' }, { status: 500 });
    server.use(
      http.get('*/v1/countryvalidationrules', async () => {
        marketTries += 1;
        if (marketTries === 4) await lastTryReleased;
        return marketTries <= 4 ? serviceDown() : undefined;
      }),
    );
    const { user } = renderApp('/customers');
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    await waitFor(() => expect(marketTries).toBe(4));
    setFaults({ serverErrors: false });
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    releaseLastTry();
    expect(await screen.findByText('1–20 of 40')).toBeInTheDocument();
    expect((await screen.findAllByText('Not required')).length).toBeGreaterThan(0);
  });
});

describe('customer list for a role that may not read customers', () => {
  it.each([
    {
      language: 'en' as const,
      title: 'Not allowed for your role.',
      reason: 'Your role does not allow this action. Ask a Global admin for a role that includes it.',
      retry: 'Try again',
      exportCsv: 'Export CSV',
    },
    {
      language: 'fr' as const,
      title: 'Non autorisé pour votre rôle.',
      reason:
        'Votre rôle ne permet pas cette action. Demandez à un administrateur général un rôle qui l’inclut.',
      retry: 'Réessayer',
      exportCsv: 'Exporter en CSV',
    },
  ])(
    'says so in the interface’s language and offers no retry or export ($language)',
    async ({ language, title, reason, retry, exportCsv }) => {
      renderApp('/customers', { language, userId: 'user-finn-developer' });
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
      await waitFor(() => expect(alert).toHaveTextContent(title));
      expect(alert).toHaveTextContent(reason);
      // Asking again would get the same 403, and so would an export.
      expect(within(alert).queryByRole('button', { name: retry })).toBeNull();
      expect(screen.getByRole('button', { name: exportCsv })).toBeDisabled();
    },
  );
});
