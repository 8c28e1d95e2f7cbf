import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';

const customer = (prefix: string) => seededGuid(`customer:${prefix}`);

describe('customer workspace', { timeout: 30_000 }, () => {
  it('shows the name, country and status above deep-linkable tabs, and the old routes still open their tab', async () => {
    const contoso = customer('contosooutdoor');
    const { user, router } = renderApp(`/customers/${contoso}/subscriptions`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Contoso Outdoor Supply' }),
    ).toBeInTheDocument();
    expect(screen.getByText('United States')).toBeInTheDocument();
    expect(await screen.findByText(/^Acceptance confirmed on /)).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Subscriptions' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Subscriptions');

    await user.click(screen.getByRole('tab', { name: 'Agreements' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${contoso}/agreements`));
    expect(await screen.findByRole('heading', { level: 2, name: 'Agreements' })).toBeInTheDocument();
    // The status stays in view whichever tab is open.
    expect(screen.getByText(/^Acceptance confirmed on /)).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Account' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Account of Contoso Outdoor Supply' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/customers/${contoso}/account`);
  });

  it('opens the first tab at /customers/:id and names missing screening info and a missing acceptance', async () => {
    const sevan = customer('sevanlogistics');
    const { router } = renderApp(`/customers/${sevan}`);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${sevan}/account`));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sevan Logistics CJSC' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/^Missing: Organization INN/)).toBeInTheDocument();

    const sakura = customer('sakuraprecision');
    await router.navigate(`/customers/${sakura}/qualifications`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sakura Precision KK' })).toBeInTheDocument();
    expect(await screen.findByText('Acceptance not confirmed')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Qualifications' })).toHaveAttribute('aria-selected', 'true');
  });

  it('leads back to the list with the filters it was opened from', async () => {
    const { user, router } = renderApp('/customers?country=US&sort=-companyName');
    await user.click(await screen.findByRole('link', { name: 'Northwind Traders' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' })).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    await user.click(within(breadcrumb).getByRole('link', { name: 'Customers' }));
    await waitFor(() => expect(router.state.location.search).toBe('?country=US&sort=-companyName'));
    expect(router.state.location.pathname).toBe('/customers');
  });
});
