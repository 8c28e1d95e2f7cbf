import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, type Collection } from '@/lib/api-client';
import type { Subscription } from '@/lib/api-types/catalog';
import type { PartnerUser } from '@/lib/api-types/users';
import { getDb } from '@/mocks/db/database';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from '../catalog/layout-stubs';
import { captureDownloads, csvRows } from './downloads';

stubLayout();
const downloads = captureDownloads();

async function exportAndWait(user: ReturnType<typeof renderApp>['user'], done: RegExp) {
  await user.click(await screen.findByRole('button', { name: 'Export CSV' }, { timeout: 8000 }));
  await screen.findByText(done, {}, { timeout: 10_000 });
  await waitFor(() => expect(downloads).toHaveLength(1));
  return downloads[0];
}

describe('users export', { timeout: 45_000 }, () => {
  it('holds every user the search selects, in the table’s sort, last sign-in in ISO 8601', async () => {
    const { user } = renderApp('/settings/account/users?q=an&sort=-email');
    const table = await screen.findByRole('table', { name: 'Users' }, { timeout: 8000 });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
    const shown = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    const total = (await api.get<Collection<unknown>>('/v1/users', { query: { q: 'an', size: 1 } }))
      .totalCount;
    const rows = csvRows(await exportAndWait(user, new RegExp(`Rows exported: ${total}\\b`)));
    expect(rows).toHaveLength(total);
    expect(rows.slice(0, shown.length).map((r) => r.Email)).toEqual(shown);
    expect(rows.every((r) => /an/i.test(`${r.Name} ${r.Email}`))).toBe(true);
    // The list's collation reads numbers as numbers (aiko.abe2 before aiko.abe10).
    expect(rows.map((r) => r.Email)).toEqual(
      rows
        .map((r) => r.Email)
        .sort((a, b) => b!.localeCompare(a!, 'en', { sensitivity: 'base', numeric: true })),
    );
    const signedIn = rows.filter((r) => r['Last sign-in']);
    expect(signedIn.length).toBeGreaterThan(0);
    for (const r of signedIn)
      expect(r['Last sign-in']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe('a 5,000-user export', { timeout: 90_000 }, () => {
  it('keeps the page updating while it writes, and holds exactly the 5,000 users the search selects', async () => {
    const db = getDb();
    const batch: PartnerUser[] = Array.from({ length: 5000 }, (_, n) => ({
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      displayName: `Бульк Пользователь ${n}`,
      firstName: 'Бульк',
      lastName: `Пользователь ${n}`,
      email: `bulk.${String(n).padStart(4, '0')}@woodgrovecloud.com`,
      commercialRoles: [],
      developerRoles: [],
      attributes: { objectType: 'PartnerUser' },
    }));
    db.partnerUsers.push(...batch);

    const { user } = renderApp('/settings/account/users?q=bulk.&sort=email');
    await screen.findByRole('table', { name: 'Users' }, { timeout: 20_000 });
    // What the live region says while the file is written: each distinct text is a render the
    // page made between two chunks, which it could not do if the writing held the main thread.
    const button = await screen.findByRole('button', { name: 'Export CSV' });
    // The export's own live region sits beside its button (the page's count is another status).
    const status = screen
      .getAllByRole('status')
      .find((element) => element.parentElement === button.parentElement);
    const said = new Set<string>();
    const observer = new MutationObserver(() => said.add(status?.textContent ?? ''));
    observer.observe(status!, { childList: true, characterData: true, subtree: true });
    await user.click(button);
    // Ten pages to fetch, then the file: on the shared 2-core machine this can take a while.
    await screen.findByText(/Rows exported: 5,000\b/, {}, { timeout: 60_000 });
    await waitFor(() => expect(downloads).toHaveLength(1));
    const rows = csvRows(downloads[0]);
    observer.disconnect();

    const writing = [...said].filter((text) => text.startsWith('Writing the file'));
    expect(writing.length).toBeGreaterThan(1);
    expect(rows).toHaveLength(5000);
    expect(rows.map((row) => row.Email)).toEqual(batch.map((u) => u.email));
    expect(rows[4999]?.Name).toBe('Бульк Пользователь 4999');
  });
});

describe('subscriptions export', { timeout: 45_000 }, () => {
  it('holds the customer’s subscriptions with ISO dates, in the words of the page', async () => {
    const contoso = seededGuid('customer:contosooutdoor');
    const { user } = renderApp(`/customers/${contoso}/subscriptions`);
    await screen.findByRole('heading', { name: 'Office 365 E3' }, { timeout: 15_000 });
    const expected = (await api.get<Collection<Subscription>>(`/v1/customers/${contoso}/subscriptions`))
      .items;
    const download = await exportAndWait(user, new RegExp(`Rows exported: ${expected.length}\\b`));
    expect(download?.fileName).toMatch(
      /^subscriptions-contosooutdoor\.onmicrosoft\.com-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const rows = csvRows(download);
    expect(rows.map((r) => r['Subscription ID']).sort()).toEqual(expected.map((s) => s.id).sort());
    const e3 = rows.find((r) => r.Subscription === 'Office 365 E3');
    const source = expected.find((s) => s.friendlyName === 'Office 365 E3');
    expect(source).toMatchObject({ termDuration: 'P1Y', billingCycle: 'monthly', status: 'active' });
    expect(e3).toMatchObject({
      Quantity: String(source?.quantity),
      Status: 'Active',
      Term: '1 year',
      'Billing cycle': 'Monthly',
      'Term end': new Date(source?.commitmentEndDate ?? '').toISOString(),
      'Auto-renew': 'On',
    });
  });
});
