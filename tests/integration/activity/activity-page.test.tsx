import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { api, apiRequest, type Collection } from '@/lib/api-client';
import type { CustomerBillingProfile } from '@/lib/api-types/customers';
import type { PartnerUser } from '@/lib/api-types/users';
import { setNow } from '@/lib/clock';
import { signInAs } from '@/lib/session';
import { customerIdByName } from '../customers/helpers';
import { renderApp } from '../../setup/render-app';
import { captureDownloads, csvRows } from './downloads';

const downloads = captureDownloads();
afterEach(() => setNow(undefined));

/** Three writes through the API: a user renamed, a billing e-mail changed, a refused user create. */
async function someActivity() {
  const users = await api.get<Collection<PartnerUser>>('/v1/users', { query: { size: 20, sort: 'email' } });
  const target = users.items[12]!;
  setNow('2020-12-14T09:00:00.000Z');
  await api.patch(`/v1/users/${target.id}`, { firstName: 'Renamed' });
  const steppe = await customerIdByName('Steppe Mining JSC');
  setNow('2020-12-14T10:00:00.000Z');
  const read = await apiRequest<CustomerBillingProfile>(`/v1/customers/${steppe}/profiles/billing`);
  await api.put(
    `/v1/customers/${steppe}/profiles/billing`,
    { ...read.data, email: 'ap@steppe.example' },
    { ifMatch: read.etag ?? '' },
  );
  signInAs('user-devon-sales-agent');
  setNow('2020-12-14T11:00:00.000Z');
  await api
    .post('/v1/users', { firstName: 'No', lastName: 'Way', email: 'noway@woodgrovecloud.com' })
    .catch(() => undefined);
  signInAs('user-ana-global-admin');
  setNow('2020-12-15T12:00:00.000Z');
  return { target, steppe, oldEmail: read.data.email };
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('activity page', () => {
  it('lists every write, newest first, each expandable to its before and after', async () => {
    const { target } = await someActivity();
    const { user } = renderApp('/activity');
    const table = await screen.findByRole('table', { name: 'Activity records' }, { timeout: 8000 });
    const rows = bodyRows(table);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'User added',
      'Billing profile updated',
      'User updated',
    ]);
    expect(within(rows[0]!).getByText('Refused')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: 'Steppe Mining JSC' })).toBeInTheDocument();

    const toggle = within(rows[2]!).getByRole('button', { name: /^Show changes of User updated/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const changes = await screen.findByRole('table', { name: 'Changes of User updated' });
    // Each field by its name, with the JSON path the record names it by.
    const firstName = within(changes).getByRole('row', { name: /^First name firstName/ });
    expect(
      within(firstName)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['First name firstName', target.firstName, 'Renamed']);

    // A field of a nested part of the resource: the path says which part.
    await user.click(
      within(rows[1]!).getByRole('button', { name: /^Show changes of Billing profile updated/ }),
    );
    const billing = await screen.findByRole('table', { name: 'Changes of Billing profile updated' });
    expect(within(billing).getByRole('row', { name: /^Email billingProfile\.email / })).toBeInTheDocument();

    await user.click(within(rows[0]!).getByRole('button', { name: /^Show changes of User added/ }));
    expect(
      await screen.findByText(/Nothing was changed: the request was refused \(403\)/),
    ).toBeInTheDocument();
    // Then what the refused request asked for, field by field.
    expect(screen.getByText('What was asked:')).toBeInTheDocument();
    const asked = screen.getByRole('table', { name: 'Changes of User added' });
    expect(
      within(asked).getByRole('row', { name: /^Email email .* noway@woodgrovecloud\.com$/ }),
    ).toBeInTheDocument();
  });

  it('filters live in the URL and the export holds exactly the filtered records', async () => {
    await someActivity();
    const { user, router } = renderApp('/activity?outcome=succeeded');
    const table = await screen.findByRole('table', { name: 'Activity records' }, { timeout: 8000 });
    await waitFor(() => expect(bodyRows(table)).toHaveLength(2));

    await user.click(screen.getByRole('combobox', { name: 'Resource type' }));
    await user.click(await screen.findByRole('option', { name: 'Customer' }));
    await waitFor(() => expect(router.state.location.search).toBe('?outcome=succeeded&type=customer'));
    await waitFor(() =>
      expect(bodyRows(screen.getByRole('table', { name: 'Activity records' }))).toHaveLength(1),
    );

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await screen.findByText(/Rows exported: 1\b/, {}, { timeout: 10_000 });
    await waitFor(() => expect(downloads).toHaveLength(1));
    const rows = csvRows(downloads[0]);
    expect(rows).toEqual([
      expect.objectContaining({
        Operation: 'Billing profile updated',
        'Resource type': 'Customer',
        Customer: 'Steppe Mining JSC',
        Outcome: 'Succeeded',
        Date: '2020-12-14T10:00:00.000Z',
      }),
    ]);
    expect(rows[0]?.Changes).toMatch(/^Email \(billingProfile\.email\): .+ → ap@steppe\.example$/);
  });

  it('in French, the export names each changed field in French beside its path', async () => {
    const { oldEmail } = await someActivity();
    const { user } = renderApp('/activity?type=customer', { language: 'fr' });
    const table = await screen.findByRole('table', { name: 'Enregistrements d’activité' }, { timeout: 8000 });
    await waitFor(() => expect(bodyRows(table)).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const rows = csvRows(downloads[0]);
    expect(rows[0]?.Modifications).toBe(`E-mail (billingProfile.email) : ${oldEmail} → ap@steppe.example`);
  });

  it('a customer’s activity shows only that customer’s records', async () => {
    const { steppe } = await someActivity();
    renderApp(`/customers/${steppe}/activity`);
    expect(await screen.findByRole('heading', { name: 'Activity: Steppe Mining JSC' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Activity records' }, { timeout: 8000 });
    expect(bodyRows(table).map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Billing profile updated',
    ]);
  });

  it('says nothing happened yet when the log is empty under the default window, in French too', async () => {
    renderApp('/activity', { language: 'fr' });
    expect(
      await screen.findByText(/^Aucune activité au cours des 30 derniers jours\./, {}, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Journal d’activité' })).toBeInTheDocument();
    expect(screen.queryByText('Aucune activité ne correspond à ces filtres.')).not.toBeInTheDocument();
    // Nothing to export: the button says so by being unavailable.
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeDisabled();
  });

  it('offers no export once the log has failed to load (a Sales agent may not read it)', async () => {
    renderApp('/activity', { userId: 'user-devon-sales-agent' });
    const main = await screen.findByRole('main');
    expect(await within(main).findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      'Not allowed for your role.',
    );
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
  });

  it('says no record matches when the filters chosen leave none, in French too', async () => {
    await someActivity();
    renderApp('/activity?user=nobody', { language: 'fr' });
    expect(
      await screen.findByText('Aucune activité ne correspond à ces filtres.', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
  });

  it('says a customer without records has had no activity', async () => {
    renderApp(`/customers/${await customerIdByName('Contoso Outdoor Supply')}/activity`);
    expect(
      await screen.findByText('No activity for this customer in the last 30 days.', {}, { timeout: 8000 }),
    ).toBeInTheDocument();
  });

  it('tells at both dates how far back Partner Center keeps activity', async () => {
    renderApp('/activity');
    const filters = await screen.findByRole('search', { name: 'Filter the activity' });
    for (const name of ['From', 'To']) {
      expect(within(filters).getByLabelText(name)).toHaveAccessibleDescription(
        'Partner Center keeps 90 days of activity; without dates, the last 30 days are shown.',
      );
    }
  });

  it('says each chosen date in words under its field, in English and in French', async () => {
    setNow('2026-12-08T08:00:00.000Z');
    const { router } = renderApp('/activity?from=2026-11-12&to=2026-12-08');
    expect(await screen.findByLabelText('From', {}, { timeout: 8000 })).toHaveAccessibleDescription(
      expect.stringContaining('Thu, Nov 12, 2026'),
    );
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription(
      expect.stringContaining('Tue, Dec 8, 2026'),
    );
    await router.navigate('/activity?to=2026-12-08');
    await waitFor(() => expect(screen.queryByText('Thu, Nov 12, 2026')).not.toBeInTheDocument());
    // November has 30 days: the input shows nothing for the 31st, and neither does the hint.
    await router.navigate('/activity?to=2026-11-31');
    await waitFor(() => expect(screen.queryByText('Tue, Dec 8, 2026')).not.toBeInTheDocument());
    expect(screen.queryByText('Tue, Dec 1, 2026')).not.toBeInTheDocument();
    cleanup();

    renderApp('/activity?from=2026-11-12&to=2026-12-08', { language: 'fr' });
    expect(await screen.findByLabelText('Du', {}, { timeout: 8000 })).toHaveAccessibleDescription(
      expect.stringContaining('jeu. 12 nov. 2026'),
    );
    expect(screen.getByLabelText('Au')).toHaveAccessibleDescription(
      expect.stringContaining('mar. 8 déc. 2026'),
    );
  });

  it('says at the field when the dates are ones Partner Center would refuse, and asks it nothing', async () => {
    setNow('2026-12-06T08:00:00.000Z');
    const asked: string[] = [];
    const { server } = await import('@/mocks/node');
    const onStart = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === '/v1/auditrecords') asked.push(request.url);
    };
    server.events.on('request:start', onStart);
    try {
      const { router } = renderApp('/activity?from=2026-12-06&to=2026-01-01');
      const to = await screen.findByLabelText('To', {}, { timeout: 8000 });
      expect(to).toHaveAccessibleDescription(
        expect.stringContaining('Choose a day on or after the From date.'),
      );
      expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();

      await router.navigate('/activity?from=2026-08-01');
      // 90 days before 08:00 on Dec 6 is 08:00 on Sep 7: the first whole day the API accepts is Sep 8.
      expect(
        await screen.findByText('Partner Center keeps 90 days of activity: choose 9/8/2026 or later.'),
      ).toBeInTheDocument();
      expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
      expect(asked).toEqual([]);

      await router.navigate('/activity?from=2026-09-08');
      await waitFor(() => expect(asked).toHaveLength(1));
      expect(screen.queryByText(/Partner Center keeps 90 days of activity: choose/)).not.toBeInTheDocument();
      expect(await screen.findByText(/^No activity/, {}, { timeout: 8000 })).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', onStart);
    }
  });

  it('Load more hands focus to the first record it brought, as the button goes away', async () => {
    const users = await api.get<Collection<PartnerUser>>('/v1/users', { query: { size: 1 } });
    const target = users.items[0]!;
    for (let n = 0; n < 55; n += 1) await api.patch(`/v1/users/${target.id}`, { firstName: `Name${n}` });
    const { user } = renderApp('/activity');
    const table = await screen.findByRole('table', { name: 'Activity records' }, { timeout: 8000 });
    expect(bodyRows(table)).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(bodyRows(table)).toHaveLength(55));
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    const firstNew = within(bodyRows(table)[50]!).getByRole('button', { name: /^Show changes/ });
    await waitFor(() => expect(firstNew).toHaveFocus());
  });
});
