import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { renderApp } from '../../setup/render-app';
import { captureDownloads, csvRows } from '../activity/downloads';
import { stubLayout } from '../catalog/layout-stubs';

stubLayout();
configure({ asyncUtilTimeout: 60_000 });
const downloads = captureDownloads();
beforeEach(() => setNow('2026-12-02T12:00:00Z'));
afterEach(() => setNow(undefined));

describe('renewals export', { timeout: 120_000 }, () => {
  it('holds exactly the renewals the filters select, soonest first, and says so when done', async () => {
    const { user } = renderApp('/renewals?days=90&kind=addon');
    await screen.findByText(/^Scanned \d+ customers\.$/);
    const count = Number(
      /^(\d+) subscriptions?$/.exec(screen.getByTestId('renewals-count').textContent ?? '')?.[1],
    );
    expect(count).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText(new RegExp(`Rows exported: ${count}\\b`));
    await waitFor(() => expect(downloads).toHaveLength(1));

    const [download] = downloads;
    expect(download?.fileName).toMatch(/^renewals-90-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(download?.firstBytes).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(download);
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((row) => row.Type))).toEqual(new Set(['Add-on']));
    const endDates = rows.map((row) => row['End date'] ?? '');
    expect(endDates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
    expect(endDates).toEqual([...endDates].sort());
    expect(endDates.every((date) => date >= '2026-12-02' && date <= '2027-03-02')).toBe(true);
    // The file says what the table says: the first rows' term, billing cycle and auto-renew cells.
    const table = screen.getByRole('table', { name: 'Upcoming renewals' });
    const shownRows = within(table).getAllByRole('row').slice(1);
    expect(shownRows.length).toBeGreaterThan(0);
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent ?? '');
    const column = (name: string) => headers.findIndex((header) => header.startsWith(name));
    shownRows.forEach((row, index) => {
      const cells = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? '');
      expect([rows[index]?.Term, rows[index]?.['Billing cycle'], rows[index]?.['Auto-renew']]).toEqual([
        cells[column('Term')],
        cells[column('Billing cycle')],
        cells[column('Auto-renew')],
      ]);
    });
  });
});
