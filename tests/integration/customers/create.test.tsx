import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '@/lib/api-client';
import type { Customer } from '@/lib/api-types/customers';
import { setFaults } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';

async function fill(user: ReturnType<typeof renderApp>['user'], name: string | RegExp, value: string) {
  const box = screen.getByRole('textbox', { name });
  await user.clear(box);
  await user.type(box, value);
}

/** A customer in Seattle, whose country asks for no INN or phone: only the names differ. */
async function fillSeattleCustomer(
  user: ReturnType<typeof renderApp>['user'],
  names: { company: string; domain: string; firstName: string; lastName: string; email: string },
) {
  await fill(user, /^Company name/, names.company);
  await fill(user, /^Domain/, names.domain);
  await fill(user, /^First name/, names.firstName);
  await fill(user, /^Last name/, names.lastName);
  await fill(user, /^Email/, names.email);
  await fill(user, /^Address line 1/, '1 Pine St');
  await fill(user, /^City/, 'Seattle');
  await fill(user, /^Postal code/, '98101');
  await user.click(screen.getByRole('combobox', { name: /^Country/ }));
  await user.click(await screen.findByRole('option', { name: 'United States' }));
}

afterEach(() => server.events.removeAllListeners());

describe('new customer page', () => {
  it('creates a Kazakhstan customer only with a 12-digit INN and a phone, then opens its account', async () => {
    // The domain is checked only on request: a free domain's documented answer is a 404.
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'HEAD') asked.push(request.url);
    });
    const { user, router } = renderApp('/customers/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'New customer' })).toBeInTheDocument();
    await screen.findByRole('form', { name: 'New customer' });

    await fill(user, /^Company name/, 'Altyn Dala Trading');
    await fill(user, /^Domain/, 'altyndalatrading');
    await fill(user, /^First name/, 'Arman');
    await fill(user, /^Last name/, 'Bekov');
    await fill(user, /^Email/, 'arman.bekov@altyndala.example');
    await fill(user, /^Address line 1/, '12 Dostyk Ave');
    await fill(user, /^City/, 'Almaty');
    await fill(user, /^Postal code/, '050010');
    await user.click(screen.getByRole('combobox', { name: /^Country/ }));
    await user.click(await screen.findByRole('option', { name: 'Kazakhstan' }));

    // The INN label now names Kazakhstan's identifier, and the INN and phone are required.
    const inn = await screen.findByRole('textbox', { name: /^Organization INN \(БИН\/ИИН – BIN\/IIN\)/ });
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(
      await screen.findByText('Enter the Organization INN: customers in Kazakhstan must have one.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Enter a phone number: customers in Kazakhstan must have one.'),
    ).toBeInTheDocument();

    await user.type(inn, '12345678901');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    expect(
      await screen.findByText(/Kazakhstan’s BIN\/IIN has 12 digits; you entered 11\./),
    ).toBeInTheDocument();

    await user.type(inn, '2');
    await fill(user, /^Phone number/, '+77272555099');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toMatch(/^\/customers\/[0-9a-f-]{36}\/account$/),
    );
    const id = router.state.location.pathname.split('/')[2] ?? '';
    const created = await api.get<Customer>(`/v1/customers/${id}`);
    expect(created.companyProfile.organizationRegistrationNumber).toBe('123456789012');
    expect(created.companyProfile.domain).toBe('altyndalatrading.onmicrosoft.com');
    expect(created.billingProfile?.defaultAddress.phoneNumber).toBe('+77272555099');
    expect(asked).toEqual([]);
  });

  it('keeps what was typed when the API refuses the customer (duplicate domain)', async () => {
    const { user, router } = renderApp('/customers/new');
    await screen.findByRole('form', { name: 'New customer' });
    await fillSeattleCustomer(user, {
      company: 'Contoso Again',
      domain: 'contosooutdoor',
      firstName: 'Megan',
      lastName: 'Bowen',
      email: 'megan@contoso.example',
    });
    await user.click(screen.getByRole('button', { name: 'Create customer' }));

    // The API's 409 lands at the domain field.
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Domain/ })).toHaveAccessibleDescription(
        /^contosooutdoor\.onmicrosoft\.com is already in use: choose another domain\. /,
      ),
    );
    expect(router.state.location.pathname).toBe('/customers/new');
    // The refusal came after the submission: focus goes to the field it names, not to the summary.
    expect(screen.getByRole('textbox', { name: /^Domain/ })).toHaveFocus();
    // The field says what is wrong; the banner does not repeat the service's English sentence.
    const alertTexts = () => screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alertTexts()).toContain('The customer was not created. Your entries are kept.');
    expect(screen.getByRole('textbox', { name: /^Company name/ })).toHaveValue('Contoso Again');
    expect(screen.getByRole('textbox', { name: /^City/ })).toHaveValue('Seattle');

    // A language switch validates the fields a rule refused again, in French, and writes the
    // API's refusal again in French too.
    await user.clear(screen.getByRole('textbox', { name: /^City/ }));
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^City/ })).toHaveAccessibleDescription('Enter the City.');
    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(await screen.findByRole('menuitemradio', { name: 'Français' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Ville/ })).toHaveAccessibleDescription(
        'Renseignez le champ « Ville ».',
      ),
    );
    expect(screen.getByRole('textbox', { name: /^Domaine/ })).toHaveAccessibleDescription(
      /^contosooutdoor\.onmicrosoft\.com est déjà utilisé : choisissez un autre domaine\. /,
    );
    expect(screen.getByRole('textbox', { name: /^Nom de la société/ })).toHaveValue('Contoso Again');
    expect(alertTexts()).toContain('Le client n’a pas été créé. Vos saisies sont conservées.');
  });

  it('a double click creates the customer once, and Create stays off while the account opens', async () => {
    const creates: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1/customers')
        creates.push(request.url);
    });
    const { user, router } = renderApp('/customers/new');
    await screen.findByRole('form', { name: 'New customer' });
    await fillSeattleCustomer(user, {
      company: 'Northwind Double Click',
      domain: 'northwinddoubleclick',
      firstName: 'Nora',
      lastName: 'Quist',
      email: 'nora@northwind.example',
    });
    // What the page showed when it started for the account: the created customer's page is still
    // on screen until the router has moved, and a press there would create the customer again.
    let createButtonWhenLeaving: { text: string | null; disabled: boolean } | undefined;
    const stopWatching = router.subscribe((state) => {
      const leaving = state.navigation.location ?? state.location;
      if (createButtonWhenLeaving || !leaving.pathname.endsWith('/account')) return;
      const button = screen.getByRole('button', { name: /^Creat/ });
      createButtonWhenLeaving = { text: button.textContent, disabled: button.hasAttribute('disabled') };
    });
    // A network slower than the double click: the second press comes while the create is under way.
    setFaults({ extraLatencyMs: 300 });
    await user.dblClick(screen.getByRole('button', { name: 'Create customer' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toMatch(/^\/customers\/[0-9a-f-]{36}\/account$/),
    );
    stopWatching();
    expect(createButtonWhenLeaving).toEqual({ text: 'Creating…', disabled: true });
    expect(creates).toHaveLength(1);
    const customers = await api.get<{ items: Customer[] }>('/v1/customers?size=500');
    const named = customers.items.filter(
      (customer) => customer.companyProfile.companyName === 'Northwind Double Click',
    );
    expect(named).toHaveLength(1);
  });
});
