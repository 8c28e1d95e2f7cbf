import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { seededGuid } from '@/mocks/db/seed-ids';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';

type User = ReturnType<typeof renderApp>['user'];

/** Every address validation the page sends, with its body. */
function recordValidations() {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname !== '/v1/validations/address') return;
    void request
      .clone()
      .json()
      .then((body) => bodies.push(body));
  });
  return bodies;
}

afterEach(() => server.events.removeAllListeners());

async function fill(user: User, name: RegExp, value: string) {
  const box = screen.getByRole('textbox', { name });
  await user.clear(box);
  if (value) await user.type(box, value);
}

async function typeUsAddress(
  user: User,
  line1: string,
  state: string,
  postalCode: string,
  city = 'Springfield',
) {
  await fill(user, /^Address line 1/, line1);
  await fill(user, /^City/, city);
  await fill(user, /^State or region/, state);
  await fill(user, /^Postal code/, postalCode);
  await user.click(screen.getByRole('combobox', { name: /^Country/ }));
  await user.click(await screen.findByRole('option', { name: 'United States' }));
}

async function openNewCustomer() {
  const view = renderApp('/customers/new');
  await screen.findByRole('form', { name: 'New customer' });
  return view;
}

describe('checking the address when asked', () => {
  it('offers the suggestions for a street without a number; the chosen one fills the fields', async () => {
    const sent = recordValidations();
    const { user } = await openNewCustomer();
    await typeUsAddress(user, 'Main St', 'IL', '62701');
    expect(sent).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Check the address' }));

    const choices = await screen.findByRole('radiogroup', { name: 'Suggested addresses' });
    expect(
      screen.getByText('Partner Center found the street, but not the number entered.'),
    ).toBeInTheDocument();
    expect(within(choices).getAllByRole('radio')).toHaveLength(3);
    expect(sent).toEqual([
      { addressLine1: 'Main St', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' },
    ]);
    await user.click(within(choices).getByRole('radio', { name: /^100 Main St/ }));
    await user.click(screen.getByRole('button', { name: 'Use the selected address' }));

    expect(screen.getByRole('textbox', { name: /^Address line 1/ })).toHaveValue('100 Main St');
    expect(screen.getByRole('textbox', { name: /^Postal code/ })).toHaveValue('62701-1310');
    // The address changed: the old answer no longer shows.
    expect(screen.queryByRole('radiogroup', { name: 'Suggested addresses' })).not.toBeInTheDocument();
  });

  it('names the fields it doubts, each a way to the field, and holds nothing back', async () => {
    const sent = recordValidations();
    const { user } = await openNewCustomer();
    await typeUsAddress(user, '5 Elm Street', 'ZZ', '62701');
    await user.click(screen.getByRole('button', { name: 'Check the address' }));
    expect(await screen.findByText('Partner Center could not verify this address.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^State or region/ }));
    expect(screen.getByRole('textbox', { name: /^State or region/ })).toHaveFocus();
    expect(sent).toHaveLength(1);
  });

  it('says when an address is verified, and a failed check stops nothing', async () => {
    const { user } = await openNewCustomer();
    await typeUsAddress(user, '1 Microsoft Way', 'WA', '98052', 'Redmond');
    await user.click(screen.getByRole('button', { name: 'Check the address' }));
    expect(await screen.findByText('Partner Center verified this address.')).toBeInTheDocument();

    server.use(http.post('*/v1/validations/address', () => HttpResponse.json({}, { status: 500 })));
    await fill(user, /^Postal code/, '98053');
    await user.click(screen.getByRole('button', { name: 'Check the address' }));
    expect(
      await screen.findByText('The address could not be checked just now. You can still save it as entered.'),
    ).toBeInTheDocument();
  });

  it('a create with an address it could not verify goes straight through, with no validation', async () => {
    const sent = recordValidations();
    const { user, router } = await openNewCustomer();
    await fill(user, /^Company name/, 'Unchecked Goods');
    await fill(user, /^Domain/, 'uncheckedgoods');
    await fill(user, /^First name/, 'Lee');
    await fill(user, /^Last name/, 'Park');
    await fill(user, /^Email/, 'lee.park@unchecked.example');
    await typeUsAddress(user, 'Main St', '', '62701');
    await user.click(screen.getByRole('button', { name: 'Create customer' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toMatch(/^\/customers\/[0-9a-f-]{36}\/account$/),
    );
    expect(sent).toEqual([]);
  });

  it('on the account page, in French, and a save never validates', async () => {
    const sent = recordValidations();
    const contoso = seededGuid('customer:contosooutdoor');
    const { user } = renderApp(`/customers/${contoso}/account`, { language: 'fr' });
    const button = await screen.findByRole('button', { name: 'Vérifier l’adresse' });
    await user.click(button);
    expect(await screen.findByText('L’Espace partenaires a vérifié cette adresse.')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeEnabled());
    expect(sent).toHaveLength(1);
  });
});
