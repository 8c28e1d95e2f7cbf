import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { api, type Collection } from '@/lib/api-client';
import type { Agreement } from '@/lib/api-types/agreements';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';

const sakura = seededGuid('customer:sakuraprecision'); // no attestation on record
const contoso = seededGuid('customer:contosooutdoor'); // attested by its billing contact, and accepted directly
const alster = seededGuid('customer:alsterlogistik'); // no attestation: accepted directly

afterEach(() => setNow(undefined));

type User = ReturnType<typeof renderApp>['user'];

async function fillContact(
  user: User,
  contact: { first: string; last: string; email: string; phone?: string; date?: string },
) {
  const form = await screen.findByRole('form', { name: 'Confirm customer acceptance' });
  const field = (name: RegExp) => within(form).getByRole('textbox', { name });
  await user.clear(field(/^Contact first name/));
  await user.type(field(/^Contact first name/), contact.first);
  await user.clear(field(/^Contact last name/));
  await user.type(field(/^Contact last name/), contact.last);
  await user.clear(field(/^Contact email/));
  await user.type(field(/^Contact email/), contact.email);
  await user.clear(field(/^Contact phone number/));
  if (contact.phone) await user.type(field(/^Contact phone number/), contact.phone);
  if (contact.date) {
    const date = within(form).getByLabelText(/^Date agreed/);
    await user.clear(date);
    await user.type(date, contact.date);
  }
  return form;
}

describe('agreements tab', { timeout: 45_000 }, () => {
  it('a customer who accepted directly: allowed without an attestation, and said so in the status and the tab', async () => {
    renderApp(`/customers/${alster}/agreements`);
    expect(await screen.findByText('Accepted directly by the customer')).toBeInTheDocument();
    expect(
      await screen.findByText(/^Alster Logistik AG accepted the Microsoft Customer Agreement directly/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No acceptance is recorded/)).not.toBeInTheDocument();
    // An attestation can still be recorded.
    expect(await screen.findByRole('form', { name: 'Confirm customer acceptance' })).toBeInTheDocument();
  });

  it('when the direct acceptance cannot be read, the status says it could not be checked, not that it is missing', async () => {
    server.use(
      http.get('*/v1/customers/:customerId/directSignedMicrosoftCustomerAgreementStatus', () =>
        Response.json(
          { code: 500, description: 'The service is unavailable.', source: 'PartnerFD' },
          { status: 500 },
        ),
      ),
    );
    renderApp(`/customers/${sakura}/agreements`);
    expect(await screen.findByText('Could not be checked', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByText('Acceptance not confirmed')).not.toBeInTheDocument();
  });

  it('an attested customer who also accepted directly keeps the attestation first in its status', async () => {
    renderApp(`/customers/${contoso}/agreements`);
    expect(
      await screen.findByText(
        'Contoso Outdoor Supply has also accepted the agreement directly, in the Microsoft 365 admin center.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText(/^Acceptance confirmed on /)).toBeInTheDocument();
    expect(screen.queryByText('Accepted directly by the customer')).not.toBeInTheDocument();
  });

  it('says the acceptance date in words in the app’s language, whatever format the browser shows it in', async () => {
    setNow('2026-12-08T09:00:00Z');
    renderApp(`/customers/${sakura}/agreements`, { language: 'fr' });
    const form = await screen.findByRole('form', { name: 'Confirmer l’acceptation du client' });
    const date = within(form).getByLabelText(/^Date d’acceptation/);
    // An English browser shows this day as 12/08/2026, which reads as 12 August in French.
    expect(date).toHaveValue('2026-12-08');
    expect(date).toHaveAccessibleDescription(expect.stringContaining('mar. 8 déc. 2026'));
    fireEvent.change(date, { target: { value: '2026-08-12' } });
    await waitFor(() =>
      expect(date).toHaveAccessibleDescription(expect.stringContaining('mer. 12 août 2026')),
    );
    fireEvent.change(date, { target: { value: '' } });
    await waitFor(() => expect(date).toHaveAccessibleDescription(expect.not.stringContaining('2026')));
  });

  it('records an acceptance with today’s date and the template from the API, and lists who attested', async () => {
    setNow('2026-12-02T09:00:00Z');
    const { user } = renderApp(`/customers/${sakura}/agreements`);
    expect(
      await screen.findByText(/No acceptance is recorded for Sakura Precision KK yet/),
    ).toBeInTheDocument();
    const form = await fillContact(user, {
      first: 'Yui',
      last: 'Tanaka',
      email: 'yui@sakura.example',
      phone: '+81 3 5555 0100',
    });
    expect(within(form).getByLabelText(/^Date agreed/)).toHaveValue('2026-12-02');
    expect(within(form).getByLabelText(/^Date agreed/)).toHaveAccessibleDescription(
      expect.stringContaining('Wed, Dec 2, 2026'),
    );
    expect(await within(form).findByText('117a77b0-9360-443b-8795-c6dedc750cf9')).toBeInTheDocument();
    expect(within(form).getByRole('link', { name: /Read the Microsoft Customer Agreement/ })).toHaveAttribute(
      'href',
      'https://aka.ms/customeragreement',
    );
    await user.click(within(form).getByRole('button', { name: 'Confirm customer acceptance' }));

    const table = await screen.findByRole('table', { name: 'Customer agreement attestations' });
    const row = within(table).getByRole('row', { name: /Yui Tanaka/ });
    expect(row).toHaveTextContent('yui@sakura.example');
    expect(row).toHaveTextContent('12/2/2026');
    expect(await within(row).findByText('Ana Ruiz')).toBeInTheDocument();
    expect(await screen.findByText(/^Acceptance confirmed on 12\/2\/2026/)).toBeInTheDocument();
  });

  it('once recorded, the form is saved: leaving the tab at once asks nothing', async () => {
    // Read again, the customer's direct acceptance would answer slowly: recording an attestation
    // neither asks for it again nor keeps the form unsaved meanwhile.
    let directSignReads = 0;
    server.use(
      http.get('*/v1/customers/:customerId/directSignedMicrosoftCustomerAgreementStatus', async () => {
        directSignReads += 1;
        if (directSignReads > 1) await new Promise((resolve) => setTimeout(resolve, 1500));
        return Response.json({ isSigned: false });
      }),
    );
    const { user } = renderApp(`/customers/${sakura}/agreements`);
    const form = await fillContact(user, { first: 'Yui', last: 'Tanaka', email: 'yui@sakura.example' });
    expect(await within(form).findByText('117a77b0-9360-443b-8795-c6dedc750cf9')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Confirm customer acceptance' }));
    const table = await screen.findByRole('table', { name: 'Customer agreement attestations' });
    await within(table).findByRole('row', { name: /Yui Tanaka/ });

    await user.click(screen.getByRole('tab', { name: 'Qualifications' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Qualifications' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog', { name: 'Leave without saving?' })).not.toBeInTheDocument();
    expect(directSignReads).toBe(1);
  });

  it('refuses a date in the future at the field, and sends nothing', async () => {
    setNow('2026-12-02T09:00:00Z');
    let posts = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && request.url.endsWith('/agreements')) posts += 1;
    });
    const { user } = renderApp(`/customers/${sakura}/agreements`);
    const form = await fillContact(user, {
      first: 'Yui',
      last: 'Tanaka',
      email: 'yui@sakura.example',
      date: '2026-12-03',
    });
    await user.click(within(form).getByRole('button', { name: 'Confirm customer acceptance' }));
    expect(await within(form).findByText('The date cannot be in the future.')).toBeInTheDocument();
    expect(posts).toBe(0);
    server.events.removeAllListeners();
  });

  it('says a duplicate is already recorded and shows the existing one; a changed phone is a new attestation', async () => {
    const [seeded] = (
      await api.get<Collection<Agreement>>(`/v1/customers/${contoso}/agreements`, {
        query: { agreementType: 'MicrosoftCustomerAgreement' },
      })
    ).items;
    const { firstName: first, lastName: last, email, phoneNumber: phone } = seeded!.primaryContact;
    const { user } = renderApp(`/customers/${contoso}/agreements`);
    await screen.findByRole('table', { name: 'Customer agreement attestations' });
    const form = await fillContact(user, {
      first,
      last,
      email: email.toUpperCase(),
      ...(phone ? { phone } : {}),
    });
    await user.click(within(form).getByRole('button', { name: 'Confirm customer acceptance' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('This acceptance is already recorded');
    expect(alert).toHaveTextContent(`${first} ${last}, ${email}`);
    // The form keeps what was typed.
    expect(within(form).getByRole('textbox', { name: /^Contact email/ })).toHaveValue(email.toUpperCase());

    await fillContact(user, { first, last, email, phone: '+1 425 555 0199' });
    await user.click(within(form).getByRole('button', { name: 'Confirm customer acceptance' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Customer agreement attestations' })).getAllByRole('row'),
      ).toHaveLength(3),
    );
    expect(screen.getByRole('row', { name: /\+1 425 555 0199/ })).toBeInTheDocument();
  });

  it('sends one request when Submit is pressed twice quickly', async () => {
    let posts = 0;
    server.use(
      http.post('*/v1/customers/:customerId/agreements', () => {
        posts += 1;
        return undefined; // passthrough to the mock's own handler
      }),
    );
    const { user } = renderApp(`/customers/${sakura}/agreements`);
    const form = await fillContact(user, { first: 'Ken', last: 'Sato', email: 'ken@sakura.example' });
    await within(form).findByText('117a77b0-9360-443b-8795-c6dedc750cf9');
    const submit = within(form).getByRole('button', { name: 'Confirm customer acceptance' });
    // Two clicks in the same task: no re-render (and no disabled button) between them.
    fireEvent.click(submit);
    fireEvent.click(submit);
    await screen.findByRole('row', { name: /Ken Sato/ });
    expect(posts).toBe(1);
    expect(screen.queryByText('This acceptance is already recorded')).not.toBeInTheDocument();
  });

  it('a sales agent sees the attestations but no form', async () => {
    renderApp(`/customers/${contoso}/agreements`, { userId: 'user-devon-sales-agent' });
    await screen.findByRole('table', { name: 'Customer agreement attestations' });
    expect(await screen.findByText(/Your role can view agreements but not confirm them/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Confirm customer acceptance' })).not.toBeInTheDocument();
  });
});
