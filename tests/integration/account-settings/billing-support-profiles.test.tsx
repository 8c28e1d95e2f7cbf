import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { http } from 'msw';
import { getDb } from '@/mocks/db/database';
import { setFaults } from '@/mocks/faults';
import { pcError } from '@/mocks/http';
import { server } from '@/mocks/node';
import { renderApp, waitForShell } from '../../setup/render-app';
import './support';

describe('account settings: billing profile', () => {
  it('shows the country, currency and tax ID it keeps, refuses bad input at the field and saves the rest', async () => {
    const { user } = renderApp('/settings/account/legal');
    const form = await screen.findByRole('form', { name: 'Billing profile' });
    const city = await within(form).findByRole('textbox', { name: /^City/ });
    expect(city).toHaveValue(getDb().account.billing.address.city);
    expect(within(form).getByRole('textbox', { name: /Company name on invoices/ })).toHaveValue(
      'Woodgrove Cloud SAS',
    );
    // Shown, not edited: the currency follows the country, the tax ID is the legal profile's.
    expect(within(form).getByText('France')).toBeInTheDocument();
    expect(within(form).getByText('EUR')).toBeInTheDocument();
    expect(within(form).getByText(getDb().account.legalBusiness.taxId ?? '')).toBeInTheDocument();
    expect(within(form).queryByRole('textbox', { name: /Tax ID|Billing country|currency/ })).toBeNull();
    const save = within(form).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();

    await user.clear(city);
    const phone = within(form).getByRole('textbox', { name: /Phone number \(optional\)/ });
    await user.clear(phone);
    await user.type(phone, 'call us');
    await user.click(save);
    // Focus goes to the summary, which names both problems; each field says its own.
    const summary = await within(form).findByRole('alert', { name: 'There is a problem' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: /City/ })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: /Billing contact.*Phone number/ })).toBeInTheDocument();
    expect(city).toHaveAccessibleDescription('This field is required.');
    expect(phone).toHaveAccessibleDescription(/Enter a valid phone number/);
    expect(getDb().account.billing.address.city).toBe('Paris');

    await user.type(city, 'Lyon');
    await user.clear(phone);
    const order = within(form).getByRole('textbox', { name: /Purchase order number/ });
    await user.clear(order);
    await user.type(order, 'PO-77');
    await user.click(save);
    expect(await screen.findByText('Billing profile saved.')).toBeInTheDocument();
    expect(getDb().account.billing).toMatchObject({
      address: { city: 'Lyon', country: 'FR' },
      purchaseOrderNumber: 'PO-77',
    });
    // An emptied optional field is gone, not kept as it was.
    expect(getDb().account.billing.primaryContact.phoneNumber).toBeUndefined();
    await waitFor(() => expect(save).toBeDisabled());
  });

  it('keeps what was typed when someone else saved first, and re-applies it on the latest version', async () => {
    const { user } = renderApp('/settings/account/legal');
    const form = await screen.findByRole('form', { name: 'Billing profile' });
    const city = await within(form).findByRole('textbox', { name: /^City/ });
    const order = within(form).getByRole('textbox', { name: /Purchase order number/ });
    // Someone else saves a new purchase order number while this form is open.
    const stored = getDb().account.billing;
    stored.purchaseOrderNumber = 'PO-ELSEWHERE';
    stored.attributes.etag = 'changed-elsewhere';
    await user.clear(city);
    await user.type(city, 'Marseille');
    const save = within(form).getByRole('button', { name: 'Save' });
    await user.click(save);
    const alert = await within(form).findByRole('alert', { name: /Changed elsewhere/ });
    expect(alert).toHaveTextContent('nothing was saved');
    expect(city).toHaveValue('Marseille');
    expect(getDb().account.billing.address.city).toBe('Paris');

    await user.click(within(alert).getByRole('button', { name: 'Load the latest and re-apply my changes' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('The latest version is loaded');
    expect(city).toHaveValue('Marseille');
    expect(order).toHaveValue('PO-ELSEWHERE');
    await user.click(save);
    expect(await screen.findByText('Billing profile saved.')).toBeInTheDocument();
    expect(getDb().account.billing).toMatchObject({
      address: { city: 'Marseille' },
      purchaseOrderNumber: 'PO-ELSEWHERE',
    });
    expect(within(form).queryByRole('status')).not.toBeInTheDocument();
  });

  it('a reload that fails leaves the form, the entries and the offer to reload in place', async () => {
    const { user, queryClient } = renderApp('/settings/account/legal');
    const form = await screen.findByRole('form', { name: 'Billing profile' });
    const city = await within(form).findByRole('textbox', { name: /^City/ });
    getDb().account.billing.attributes.etag = 'changed-elsewhere';
    await user.clear(city);
    await user.type(city, 'Marseille');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert', { name: /Changed elsewhere/ });
    server.use(
      http.get('*/v1/profiles/billing', () =>
        pcError({ status: 400, code: 400, errorName: 'BadRequest', description: 'Not now.' }),
      ),
    );
    await user.click(within(alert).getByRole('button', { name: 'Load the latest and re-apply my changes' }));
    await waitFor(() =>
      expect(queryClient.getQueryState(['account-settings', 'billing'])?.status).toBe('error'),
    );
    // The query's observers hear of the failure on the next tick; let the page render it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('form', { name: 'Billing profile' })).toBe(form);
    expect(city).toHaveValue('Marseille');
    expect(within(form).getByRole('alert', { name: /Changed elsewhere/ })).toBeInTheDocument();
    expect(within(form).queryByRole('status')).not.toBeInTheDocument();
  });

  it('the legal business profile, saved over a newer version, offers the same reload', async () => {
    const { user } = renderApp('/settings/account/legal');
    const form = await screen.findByRole('form', { name: 'Legal business profile' });
    const city = await within(form).findByRole('textbox', { name: /^City/ });
    getDb().account.legalBusiness.attributes.etag = 'changed-elsewhere';
    await user.clear(city);
    await user.type(city, 'Nanterre');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert', { name: /Changed elsewhere/ });
    await user.click(within(alert).getByRole('button', { name: 'Load the latest and re-apply my changes' }));
    await within(form).findByRole('status');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Legal business profile saved.')).toBeInTheDocument();
    expect(getDb().account.legalBusiness.address.city).toBe('Nanterre');
  });

  it("shows the legal profile's new tax ID once that is saved", async () => {
    const { user } = renderApp('/settings/account/legal');
    const legal = await screen.findByRole('form', { name: 'Legal business profile' });
    const vat = await within(legal).findByRole('textbox', { name: /VAT number/ });
    await user.clear(vat);
    await user.type(vat, 'FR99888777666');
    await user.click(within(legal).getByRole('button', { name: 'Save' }));
    const billing = screen.getByRole('form', { name: 'Billing profile' });
    expect(await within(billing).findByText('FR99888777666')).toBeInTheDocument();
  });
});

describe('account settings: support profile', () => {
  it('refuses a web address without a domain at its field, then saves', async () => {
    const { user } = renderApp('/settings/account/legal', { language: 'fr' });
    const form = await screen.findByRole('form', { name: 'Profil de support' });
    const website = await within(form).findByRole('textbox', { name: /Site web du support/ });
    await user.clear(website);
    await user.type(website, 'support');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() =>
      expect(website).toHaveAccessibleDescription('Saisissez une adresse web, par exemple www.contoso.com.'),
    );
    expect(getDb().account.support.website).toBe('https://support.woodgrovecloud.com');

    await user.clear(website);
    await user.type(website, 'help.woodgrovecloud.com');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Profil de support enregistré.')).toBeInTheDocument();
    expect(getDb().account.support.website).toBe('help.woodgrovecloud.com');
  });

  it('asks before leaving with a support profile change unsaved, and keeps it on Stay', async () => {
    const { user, router } = renderApp('/settings/account/legal');
    const form = await screen.findByRole('form', { name: 'Support profile' });
    const email = await within(form).findByRole('textbox', { name: /Support email/ });
    await user.type(email, 'x');
    await user.click(
      within(screen.getByRole('navigation', { name: 'Account settings' })).getByRole('link', {
        name: 'Tenants',
      }),
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/settings/account/legal');
    expect(email).toHaveValue('support@woodgrovecloud.comx');
  });

  it('is read-only, with the billing profile, for a sales agent', async () => {
    renderApp('/settings/account/legal', { userId: 'user-devon-sales-agent' });
    await waitForShell();
    const support = await screen.findByRole('form', { name: 'Support profile' });
    expect(await within(support).findByRole('textbox', { name: /Support email/ })).toHaveAttribute(
      'readonly',
    );
    const billing = screen.getByRole('form', { name: 'Billing profile' });
    expect(within(billing).getByRole('textbox', { name: /^City/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});

describe('legal info when profiles cannot be read', () => {
  it('says so once when the service is down, and recovers with one retry', async () => {
    setFaults({ serverErrors: true });
    const { user } = renderApp('/settings/account/legal');
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(1));
    expect(alert).toHaveTextContent('Something went wrong.');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();

    setFaults({ serverErrors: false });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    for (const name of ['Legal business profile', 'Partner profile', 'Billing profile', 'Support profile']) {
      expect(await screen.findByRole('form', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows one failed profile where its form would be, and the others as usual', async () => {
    server.use(
      http.get('*/v1/profiles/support', () =>
        pcError({ status: 500, code: 500, errorName: 'ServerError', description: 'Support is down.' }),
      ),
    );
    renderApp('/settings/account/legal');
    expect(await screen.findByRole('form', { name: 'Billing profile' })).toBeInTheDocument();
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent(/^The support profile could not be loaded\. Support is down\./);
    expect(screen.queryByRole('form', { name: 'Support profile' })).not.toBeInTheDocument();
    // In the page's order: after the billing profile, before the locations.
    const billing = screen.getByRole('form', { name: 'Billing profile' });
    expect(billing.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
