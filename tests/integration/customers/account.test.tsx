import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { api, apiRequest } from '@/lib/api-client';
import { insufficientPrivilegesCode } from '@/lib/api-error';
import type { Customer, CustomerBillingProfile } from '@/lib/api-types/customers';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';
import { customerIdByName } from './helpers';

// Fluent pages in the test DOM are slow to query under a full, parallel suite on 2 cores.
configure({ asyncUtilTimeout: 5000 });

async function openAccount(company: string, userId?: string) {
  const id = await customerIdByName(company);
  const view = renderApp(`/customers/${id}/account`, userId ? { userId } : {});
  // The workspace names the customer (h1); the Account tab titles its own section (h2).
  await screen.findByRole('heading', { level: 2, name: `Account of ${company}` }, { timeout: 15_000 });
  return { ...view, id };
}

const innBox = () => screen.getByRole('textbox', { name: /^Organization INN/ });
const phoneBox = () => screen.getByRole('textbox', { name: /^Phone number/ });
const readCustomer = (id: string) => api.get<Customer>(`/v1/customers/${id}`);

describe('customer account page', { timeout: 45_000 }, () => {
  it('Kazakhstan: labels the INN with its native and English names, refuses 11 digits, saves 12', async () => {
    const { user, id } = await openAccount('Astana Retail Group');
    expect(
      await screen.findByRole('textbox', { name: /Organization INN \(БИН\/ИИН – BIN\/IIN\)/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('12 digits, without spaces or hyphens.')).toBeInTheDocument();

    await user.type(innBox(), '12345678901');
    await user.tab();
    expect(
      await screen.findByText('Kazakhstan’s BIN/IIN has 12 digits; you entered 11.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(/Enter a phone number: customers in Kazakhstan must have one/),
    ).toBeInTheDocument();
    expect((await readCustomer(id)).companyProfile.organizationRegistrationNumber).toBeUndefined();

    await user.clear(innBox());
    await user.type(innBox(), '123-45');
    await user.tab();
    expect(await screen.findByText('Use digits only, without spaces or hyphens.')).toBeInTheDocument();

    await user.clear(innBox());
    await user.type(innBox(), '123456789012');
    await user.type(phoneBox(), '+77172555001');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Account of Astana Retail Group saved.')).toBeInTheDocument();
    const saved = await readCustomer(id);
    expect(saved.companyProfile.organizationRegistrationNumber).toBe('123456789012');
    expect(saved.billingProfile?.defaultAddress.phoneNumber).toBe('+77172555001');
    expect(screen.queryByText(/Screening information missing/)).not.toBeInTheDocument();
  });

  it('Moldova: 6 and 13 digits are accepted, 9 is refused', async () => {
    const { user, id } = await openAccount('Nistru Consulting');
    await user.type(innBox(), '123456789');
    await user.tab();
    expect(
      await screen.findByText(/^Moldova’s IDNO\/IDNP has 6, 7, 8,? or 13 digits; you entered 9\.$/),
    ).toBeInTheDocument();

    await user.clear(innBox());
    await user.type(innBox(), '123456');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Account of Nistru Consulting saved.')).toBeInTheDocument();
    expect((await readCustomer(id)).companyProfile.organizationRegistrationNumber).toBe('123456');

    await user.clear(innBox());
    await user.type(innBox(), '1003600123456');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await readCustomer(id)).companyProfile.organizationRegistrationNumber).toBe('1003600123456'),
    );
  });

  it('US: the INN is optional, and changing the country to Kazakhstan re-validates at once', async () => {
    const { user, id } = await openAccount('Fabrikam Health');
    expect(innBox()).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Organization INN (optional)' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Middle name (optional)' }), 'Quinn');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Account of Fabrikam Health saved.')).toBeInTheDocument();
    expect((await readCustomer(id)).billingProfile?.defaultAddress.middleName).toBe('JQuinn');

    await user.type(innBox(), '12345');
    await user.click(screen.getByRole('combobox', { name: /^Country/ }));
    await user.click(await screen.findByRole('option', { name: 'Kazakhstan' }));
    expect(await screen.findByText('Kazakhstan’s BIN/IIN has 12 digits; you entered 5.')).toBeInTheDocument();
    expect(
      await screen.findByText(/Enter a phone number: customers in Kazakhstan must have one/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: /Organization INN \(БИН\/ИИН – BIN\/IIN\)/ }),
    ).toBeInTheDocument();
  });

  it('puts a server-side 400 at the right field and keeps what was typed', async () => {
    const { user } = await openAccount('Steppe Mining JSC');
    server.use(
      http.put('*/v1/customers/:customerId/profiles/billing', () =>
        HttpResponse.json(
          {
            code: 600050,
            description:
              'Organization registration ID information is invalid. It should be of the format ^(\\d{12})$',
            data: [
              { field: 'companyProfile.organizationRegistrationNumber', code: 600050, message: 'invalid' },
            ],
          },
          { status: 400 },
        ),
      ),
    );
    await user.clear(phoneBox());
    await user.type(phoneBox(), '+77272555999');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Partner Center refused this Organization INN: it must match ^(\\d{12})$.'),
    ).toBeInTheDocument();
    expect(phoneBox()).toHaveValue('+77272555999');
    // The field says what is wrong; the banner does not repeat the service's English sentence.
    const alertTexts = () => screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alertTexts()).toContain('Nothing was saved. Your entries are kept.');

    // The refusal's message follows a language switch; once the INN is corrected, it does not return.
    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Français' }));
    expect(
      await screen.findByText('L’Espace partenaires a refusé cet INN : il doit respecter ^(\\d{12})$.'),
    ).toBeInTheDocument();
    expect(alertTexts()).toContain('Rien n’a été enregistré. Vos saisies sont conservées.');
    const inn = screen.getByRole('textbox', { name: /^INN de l’organisation/ });
    await user.clear(inn);
    await user.type(inn, '123456789012');
    await waitFor(() => expect(inn).not.toHaveAttribute('aria-invalid', 'true'));
    await user.click(screen.getByRole('button', { name: 'Langue : Français' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Language: English' })).toBeInTheDocument();
    expect(innBox()).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/Partner Center refused this Organization INN/)).not.toBeInTheDocument();
  });

  it('a save refused for the role says so in the admin’s words; another refusal keeps the service’s reason', async () => {
    const { user } = await openAccount('Steppe Mining JSC');
    const refuseWith = (code: number, description: string) =>
      server.use(
        http.put('*/v1/customers/:customerId/profiles/billing', () =>
          HttpResponse.json({ code, description }, { status: 403 }),
        ),
      );
    refuseWith(insufficientPrivilegesCode, 'Your role does not allow this operation (customers.update).');
    await user.clear(phoneBox());
    await user.type(phoneBox(), '+77272555222');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const refusal = await screen.findByRole('alert', { name: 'Nothing was saved. Your entries are kept.' });
    expect(refusal).toHaveTextContent('your role does not allow editing customers. Nothing was saved.');
    expect(refusal).not.toHaveTextContent('customers.update');
    expect(phoneBox()).toHaveValue('+77272555222');

    refuseWith(800074, 'The account could not be validated.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(refusal).toHaveTextContent('The account could not be validated.'));
    expect(refusal).not.toHaveTextContent('your role');
    expect(phoneBox()).toHaveValue('+77272555222');
  });

  it('412: says the record changed elsewhere, keeps the typing, reloads the latest and re-applies', async () => {
    const { user, id } = await openAccount('Steppe Mining JSC');
    // Someone else changes the city after the page loaded.
    const current = await apiRequest<CustomerBillingProfile>(`/v1/customers/${id}/profiles/billing`);
    await api.put(
      `/v1/customers/${id}/profiles/billing`,
      { ...current.data, defaultAddress: { ...current.data.defaultAddress, city: 'Almaty Centre' } },
      { ifMatch: current.etag },
    );

    await user.clear(phoneBox());
    await user.type(phoneBox(), '+77272555111');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert', { name: /Changed elsewhere/ });
    expect(alert).toHaveTextContent(/Your entries are still in the form/);
    expect(phoneBox()).toHaveValue('+77272555111');

    await user.click(within(alert).getByRole('button', { name: 'Load the latest and re-apply my changes' }));
    expect(await screen.findByText(/The latest version is loaded/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^City/ })).toHaveValue('Almaty Centre');
    expect(phoneBox()).toHaveValue('+77272555111');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Account of Steppe Mining JSC saved.')).toBeInTheDocument();
    const saved = await readCustomer(id);
    expect(saved.billingProfile?.defaultAddress.city).toBe('Almaty Centre');
    expect(saved.billingProfile?.defaultAddress.phoneNumber).toBe('+77272555111');
  });

  it('a Sales agent sees the account read-only, with the reason', async () => {
    await openAccount('Astana Retail Group', 'user-devon-sales-agent');
    expect(
      await screen.findByText(/Your role \(Sales agent\) can view this customer but not change it/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(innBox()).toHaveAttribute('readonly');
    expect(phoneBox()).toHaveAttribute('readonly');
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router, id } = await openAccount('Steppe Mining JSC');
    await user.type(screen.getByRole('textbox', { name: 'Middle name (optional)' }), 'X');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Customers' }),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(`/customers/${id}/account`);
    expect(screen.getByRole('textbox', { name: 'Middle name (optional)' })).toHaveValue('SerikovichX');

    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Customers' }),
    );
    await user.click(
      within(await screen.findByRole('alertdialog', {}, { timeout: 3000 })).getByRole('button', {
        name: 'Leave this page',
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/customers'));
  });

  it("leads to the customer's subscriptions through the workspace tabs", async () => {
    const { user, router, id } = await openAccount('Contoso Outdoor Supply');
    await user.click(screen.getByRole('tab', { name: 'Subscriptions' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/customers/${id}/subscriptions`));
    expect(
      await screen.findByRole('heading', { level: 1, name: /Contoso Outdoor Supply/ }),
    ).toBeInTheDocument();
  });
});
