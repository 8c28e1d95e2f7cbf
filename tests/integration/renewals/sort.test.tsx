import { configure, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from '../catalog/layout-stubs';

stubLayout();
configure({ asyncUtilTimeout: 60_000 });
beforeEach(() => setNow('2026-12-02T12:00:00Z'));
afterEach(() => setNow(undefined));

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

describe('renewals table sorting', { timeout: 120_000 }, () => {
  it('sorts by the column whose header is pressed, says which in aria-sort, and reverses on a second press', async () => {
    const { user } = renderApp('/renewals?days=90');
    await screen.findByText(/^Scanned \d+ customers\.$/);
    const table = screen.getByRole('table', { name: 'Upcoming renewals' });
    // The header's name is its visible label; the sort state is aria-sort, not a longer name.
    const endDate = within(table).getByRole('columnheader', { name: 'End date' });
    const customer = within(table).getByRole('columnheader', { name: 'Customer' });
    expect(endDate).toHaveAttribute('aria-sort', 'ascending');
    expect(customer).toHaveAttribute('aria-sort', 'none');

    const customerColumn = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');

    await user.click(within(customer).getByRole('button', { name: 'Customer' }));
    expect(customer).toHaveAttribute('aria-sort', 'ascending');
    expect(endDate).toHaveAttribute('aria-sort', 'none');
    const ascending = customerColumn();
    expect(new Set(ascending).size).toBeGreaterThan(2);
    expect(ascending).toEqual([...ascending].sort(byName));

    await user.click(within(customer).getByRole('button', { name: 'Customer' }));
    expect(customer).toHaveAttribute('aria-sort', 'descending');
    const descending = customerColumn();
    expect(descending).toEqual([...descending].sort(byName).reverse());
  });
});
