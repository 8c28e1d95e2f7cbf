import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, type Collection } from '@/lib/api-client';
import type { Subscription } from '@/lib/api-types/catalog';
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
    expect(rows.map((r) => r.Email)).toEqual(rows.map((r) => r.Email).sort((a, b) => b!.localeCompare(a!)));
    const signedIn = rows.filter((r) => r['Last sign-in']);
    expect(signedIn.length).toBeGreaterThan(0);
    for (const r of signedIn)
      expect(r['Last sign-in']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe('subscriptions export', { timeout: 45_000 }, () => {
  it('holds the customer’s subscriptions with ISO dates and Partner Center codes', async () => {
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
    expect(e3).toMatchObject({
      Quantity: String(source?.quantity),
      Term: source?.termDuration,
      'Term end': new Date(source?.commitmentEndDate ?? '').toISOString(),
      'Auto-renew': 'true',
    });
  });
});
