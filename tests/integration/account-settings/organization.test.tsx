import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { accountErrorCodes, type LegalBusinessProfile } from '@/lib/api-types/account';
import { signInAs } from '@/lib/session';
import { getDb } from '@/mocks/db/database';
import { forbidden, pcError } from '@/mocks/http';
import { server } from '@/mocks/node';
import { http } from 'msw';
import { renderApp, waitForShell } from '../../setup/render-app';
import { findDialog } from './support';

describe('account settings: navigation', () => {
  it('lands on Legal, marks the current entry and shows the breadcrumb', async () => {
    const { user, router } = renderApp('/settings/account');
    // The first render of the file compiles the feature's lazy chunks: allow for it.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Legal info' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/account/legal');
    const nav = screen.getByRole('navigation', { name: 'Account settings' });
    expect(within(nav).getByRole('link', { name: 'Legal' })).toHaveAttribute('aria-current', 'page');
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(crumbs).toHaveTextContent('Account settings');
    expect(crumbs).toHaveTextContent('Organization profile');

    await user.click(within(nav).getByRole('link', { name: 'Groups' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Groups' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Groups' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Users' })).not.toHaveAttribute('aria-current');
  });
});

const legalProfileWords = {
  en: { form: 'Legal business profile', city: /City/, save: 'Save' },
  fr: { form: 'Profil d’entreprise légal', city: /Ville/, save: 'Enregistrer' },
};

/** Opens the legal business profile, types another city and presses Save. */
async function saveTheLegalProfileWithANewCity(language: 'en' | 'fr' = 'en') {
  const words = legalProfileWords[language];
  const { user } = renderApp('/settings/account/legal', { language });
  const form = await screen.findByRole('form', { name: words.form });
  const city = await within(form).findByRole('textbox', { name: words.city });
  await user.clear(city);
  await user.type(city, 'Nanterre');
  await user.click(within(form).getByRole('button', { name: words.save }));
  return { form, city };
}

describe('account settings: legal', () => {
  it('edits the legal business profile: Save waits for a change, bad input is refused at the field, success persists', async () => {
    const { user } = renderApp('/settings/account/legal');
    const form = await screen.findByRole('form', { name: 'Legal business profile' });
    const name = await within(form).findByRole('textbox', { name: /Legal company name/ });
    expect(name).toHaveValue('Woodgrove Cloud SAS');
    const save = within(form).getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();

    await user.clear(name);
    const vat = within(form).getByRole('textbox', { name: /VAT number/ });
    await user.clear(vat);
    await user.type(vat, 'FR12');
    await user.click(save);
    expect(await within(form).findByText('This field is required.')).toBeInTheDocument();
    expect(within(form).getByText(/national format, for example FR40123456789/)).toBeInTheDocument();
    expect(getDb().account.legalBusiness.companyName).toBe('Woodgrove Cloud SAS');

    await user.type(name, 'Woodgrove Cloud Europe SAS');
    await user.clear(vat);
    await user.type(vat, 'FR 40 123456789');
    await user.click(save);
    expect(await screen.findByText('Legal business profile saved.')).toBeInTheDocument();
    expect(getDb().account.legalBusiness).toMatchObject({
      companyName: 'Woodgrove Cloud Europe SAS',
      taxId: 'FR40123456789',
    });
  });

  it.each([
    {
      language: 'en' as const,
      title: 'The legal business profile was not saved.',
      reason: 'Your role does not allow this action. Ask a Global admin for a role that includes it.',
    },
    {
      language: 'fr' as const,
      title: 'Le profil d’entreprise légal n’a pas été enregistré.',
      reason:
        'Votre rôle ne permet pas cette action. Demandez à un administrateur général un rôle qui l’inclut.',
    },
  ])(
    'keeps the form as typed and says why a save was refused for the role ($language)',
    async ({ language, title, reason }) => {
      server.use(http.put('*/v1/profiles/legalbusiness', () => forbidden('account.update')));
      const { form, city } = await saveTheLegalProfileWithANewCity(language);
      const alert = await within(form).findByRole('alert');
      expect(alert).toHaveTextContent(title);
      // The service words its 403 in English whatever the locale: the app says it in the admin's.
      expect(alert).toHaveTextContent(reason);
      expect(alert).not.toHaveTextContent('account.update');
      expect(city).toHaveValue('Nanterre');
    },
  );

  it("puts a refusal's details at their fields, and the banner does not repeat the service's sentence", async () => {
    const sentence = 'The legal company name is required.';
    server.use(
      http.put('*/v1/profiles/legalbusiness', () =>
        pcError({
          status: 400,
          code: 800002,
          errorName: 'InvalidInput',
          description: sentence,
          data: [{ field: 'companyName', code: 'required', message: sentence }],
        }),
      ),
    );
    const { form, city } = await saveTheLegalProfileWithANewCity();
    const name = within(form).getByRole('textbox', { name: /Legal company name/ });
    await waitFor(() => expect(name).toHaveAccessibleDescription('This field is required.'));
    const banner = within(form)
      .getAllByRole('alert')
      .find((alert) => alert.textContent?.startsWith('The legal business profile was not saved.'));
    // The title, then the request id a support call needs; not the service's sentence.
    expect(banner).toHaveTextContent(/^The legal business profile was not saved\.Request id: [\w-]+$/);
    expect(city).toHaveValue('Nanterre');
  });

  it('saves the partner profile and asks for at least one industry', async () => {
    const { user } = renderApp('/settings/account/legal');
    const form = await screen.findByRole('form', { name: 'Partner profile' });
    const website = await within(form).findByRole('textbox', { name: /Website/ });
    await user.clear(website);
    await user.type(website, 'www.example.com');
    await user.click(within(form).getByRole('checkbox', { name: 'Technology' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Professional services' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(
      await within(form).findByText('Enter a full address that starts with https://.'),
    ).toBeInTheDocument();
    expect(within(form).getByText('Choose at least one industry.')).toHaveAttribute('role', 'alert');

    await user.clear(website);
    await user.type(website, 'https://woodgrove.example');
    await user.click(within(form).getByRole('checkbox', { name: 'Retail' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Partner profile saved.')).toBeInTheDocument();
    expect(getDb().account.partner).toMatchObject({
      website: 'https://woodgrove.example',
      industries: ['retail'],
    });
  });

  it('adds and removes a location; the headquarters cannot be removed', async () => {
    const { user } = renderApp('/settings/account/legal');
    const table = await screen.findByRole('table', { name: 'Company locations' });
    expect(within(table).getByText('Headquarters')).toBeInTheDocument();
    expect(
      within(table).queryByRole('button', { name: 'Remove Paris headquarters' }),
    ).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add location' }));
    const dialog = await findDialog('Add a location');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findAllByText('This field is required.')).toHaveLength(4);
    await user.type(within(dialog).getByRole('textbox', { name: /Location name/ }), 'Berlin office');
    await user.type(within(dialog).getByRole('textbox', { name: /Address line 1/ }), 'Unter den Linden 1');
    await user.type(within(dialog).getByRole('textbox', { name: /City/ }), 'Berlin');
    await user.type(within(dialog).getByRole('textbox', { name: /Postal code/ }), '10117');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Country/ }), 'DE');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(table).findByText('Berlin office')).toBeInTheDocument();
    const berlin = getDb().account.locations.find((location) => location.name === 'Berlin office');
    expect(berlin?.id).toMatch(/^\d{7}$/);
    expect(within(table).getByText(berlin?.id ?? '')).toBeInTheDocument();

    await user.click(await within(table).findByRole('button', { name: 'Remove Berlin office' }));
    const confirm = await findDialog('Remove Berlin office?');
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(table).queryByText('Berlin office')).not.toBeInTheDocument());
  });

  it('the API refuses a stale ETag, a changed legal country and removing the headquarters', async () => {
    const { data: profile, etag } = await apiRequest<LegalBusinessProfile>('/v1/profiles/legalbusiness');
    const stale = await apiRequest('/v1/profiles/legalbusiness', {
      method: 'PUT',
      body: profile,
      ifMatch: 'old',
    }).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(ApiError);
    expect((stale as ApiError).status).toBe(412);
    const moved = await apiRequest('/v1/profiles/legalbusiness', {
      method: 'PUT',
      body: { ...profile, address: { ...profile.address, country: 'DE' } },
      ifMatch: etag ?? '',
    }).catch((error: unknown) => error);
    expect((moved as ApiError).status).toBe(400);
    const hq = await apiRequest('/v1/profiles/locations/4871203', { method: 'DELETE' }).catch(
      (error: unknown) => error,
    );
    expect((hq as ApiError).hasCode(accountErrorCodes.headquartersLocation)).toBe(true);
  });

  it('is read-only for a sales agent, and the API answers 403 with the Partner Center body', async () => {
    renderApp('/settings/account/legal', { userId: 'user-devon-sales-agent' });
    await waitForShell();
    expect(await screen.findByText(/Only a Global admin or an Account admin can change/)).toBeInTheDocument();
    const form = await screen.findByRole('form', { name: 'Legal business profile' });
    expect(within(form).getByRole('textbox', { name: /Legal company name/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add location' })).not.toBeInTheDocument();

    signInAs('user-devon-sales-agent');
    const refused = await apiRequest('/v1/profiles/partner', {
      method: 'PUT',
      body: getDb().account.partner,
      ifMatch: getDb().account.partner.attributes.etag,
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(403);
    expect((refused as ApiError).hasCode(900308)).toBe(true);
  });
});

describe('account settings: tenants', () => {
  it('associates a tenant (GUID validated, duplicates refused) and removes one; the last cannot go', async () => {
    const { user } = renderApp('/settings/account/tenants');
    const table = await screen.findByRole('table', { name: 'Associated tenants' });
    expect(within(table).getByText('woodgrovecloud.onmicrosoft.com')).toBeInTheDocument();
    expect(within(table).getByText('Commercial and developer')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Associate a tenant' }));
    const dialog = await findDialog('Associate an Azure AD tenant');
    await user.type(within(dialog).getByRole('textbox', { name: /Tenant ID/ }), 'not-a-guid');
    await user.type(
      within(dialog).getByRole('textbox', { name: /Primary domain/ }),
      'fabrikam.onmicrosoft.com',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Associate' }));
    expect(await within(dialog).findByText(/Enter a GUID/)).toBeInTheDocument();

    const existing = getDb().account.tenants[0]?.tenantId ?? '';
    await user.clear(within(dialog).getByRole('textbox', { name: /Tenant ID/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Tenant ID/ }), existing);
    await user.click(within(dialog).getByRole('button', { name: 'Associate' }));
    expect(await within(dialog).findByText(/is already associated/)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Tenant ID/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await user.clear(within(dialog).getByRole('textbox', { name: /Tenant ID/ }));
    await user.type(
      within(dialog).getByRole('textbox', { name: /Tenant ID/ }),
      '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Associate' }));
    expect(await within(table).findByText('fabrikam.onmicrosoft.com')).toBeInTheDocument();

    for (const domain of ['fabrikam.onmicrosoft.com', 'woodgrovedev.onmicrosoft.com']) {
      await user.click(await within(table).findByRole('button', { name: `Remove ${domain}` }));
      const confirm = await findDialog(`Remove ${domain}?`);
      await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
      await waitFor(() => expect(within(table).queryByText(domain)).not.toBeInTheDocument());
    }
    expect(
      await within(table).findByRole('button', { name: 'Remove woodgrovecloud.onmicrosoft.com' }),
    ).toBeDisabled();
    const last = await apiRequest(`/v1/tenants/${getDb().account.tenants[0]?.tenantId}`, {
      method: 'DELETE',
    }).catch((error: unknown) => error);
    expect((last as ApiError).hasCode(accountErrorCodes.lastTenant)).toBe(true);
  });
});

describe('account settings: identifiers', () => {
  it('lists partner IDs per location, publisher and seller IDs and the CSP tenant, and copies with an announcement', async () => {
    const { user } = renderApp('/settings/account/identifiers');
    const table = await screen.findByRole('table', { name: 'Account identifiers' });
    expect(within(table).getByText('Partner ID (MPN ID) · Lyon office')).toBeInTheDocument();
    expect(within(table).getByText('woodgrovecloud')).toBeInTheDocument();
    expect(within(table).getByText('Seller ID')).toBeInTheDocument();
    expect(within(table).getByText('CSP tenant ID')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Copy 4871377' }));
    expect(await screen.findByText('4871377 copied to the clipboard.')).toBeInTheDocument();
    // user-event's clipboard stands in for the browser's.
    expect(await navigator.clipboard.readText()).toBe('4871377');
  });
});
