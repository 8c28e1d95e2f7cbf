import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '@/lib/api-client';
import { renderApp } from '../../setup/render-app';
import { captureDownloads, csvRows } from './downloads';

const downloads = captureDownloads();

/** The table as a reader sees it: one array of cell texts per body row. */
function tableCells(name: string) {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

async function exportAndWait(user: ReturnType<typeof renderApp>['user'], done: RegExp) {
  await user.click(screen.getByRole('button', { name: /Export CSV|Exporter en CSV/ }));
  await screen.findByText(done, {}, { timeout: 10_000 });
  await waitFor(() => expect(downloads).toHaveLength(1));
  return downloads[0];
}

describe('customer list export', () => {
  it('the screening work list exports exactly the filtered, sorted rows of the table', async () => {
    const { user } = renderApp('/customers?screening=missing&sort=-companyName');
    await screen.findByText('1–15 of 15', {}, { timeout: 8000 });
    const download = await exportAndWait(user, /Rows exported: 15/);
    expect(download?.fileName).toMatch(/^customers-missing-screening-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(download?.firstBytes).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(download);
    const table = tableCells('Customers');
    expect(rows.map((r) => [r.Company, r.Domain, r.Country])).toEqual(table.map(([c, d, n]) => [c, d, n]));
    // The table shows the badge and the detail; the file holds the detail.
    expect(table.map((cells) => cells[3])).toEqual(rows.map((r) => `Missing screening info${r.Screening}`));
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'Company',
      'Domain',
      'Country',
      'Country code',
      'Screening',
      'Customer ID',
    ]);
  });

  it('exports every page behind the filters, not only the one on screen', async () => {
    const { user } = renderApp('/customers?sort=domain');
    await screen.findByText('1–20 of 40', {}, { timeout: 8000 });
    await screen.findAllByText('Not required', {}, { timeout: 8000 });
    const rows = csvRows(await exportAndWait(user, /Rows exported: 40/));
    expect(rows).toHaveLength(40);
    expect(rows.slice(0, 20).map((r) => r.Domain)).toEqual(tableCells('Customers').map((cells) => cells[1]));
    // The screening cell says what the table says, complete and not-required rows included.
    expect(
      rows
        .slice(0, 20)
        .map((r) =>
          r.Screening?.startsWith('Missing') ? `Missing screening info${r.Screening}` : r.Screening,
        ),
    ).toEqual(tableCells('Customers').map((cells) => cells[3]));
    const screening = new Set(rows.map((r) => r.Screening));
    expect(screening).toContain('Complete');
    expect(screening).toContain('Not required');
    expect(rows.map((r) => r.Domain)).toEqual(rows.map((r) => r.Domain).sort((a, b) => a!.localeCompare(b!)));
  });

  it('Cyrillic names, commas, quotes and line breaks round-trip; headers follow the language', async () => {
    const name = 'ООО «Ромашка», "Москва"\nфилиал';
    await api.post('/v1/customers', {
      companyProfile: { domain: 'romashka' },
      billingProfile: {
        email: 'it@romashka.example',
        companyName: name,
        defaultAddress: {
          country: 'US',
          city: 'Seattle',
          state: 'WA',
          addressLine1: '1 Main St',
          postalCode: '98101',
          firstName: 'Ирина',
          lastName: 'Петрова',
        },
      },
    });
    const { user } = renderApp('/customers?q=romashka', { language: 'fr' });
    await screen.findByText('1–1 sur 1', {}, { timeout: 8000 });
    const rows = csvRows(await exportAndWait(user, /Lignes exportées : 1/));
    expect(rows).toEqual([
      expect.objectContaining({ Société: name, Domaine: 'romashka.onmicrosoft.com', 'Code pays': 'US' }),
    ]);
  });
});
