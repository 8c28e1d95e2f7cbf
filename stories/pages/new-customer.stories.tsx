import type { Meta } from '@storybook/react-vite';
import { chooseOption, fill, fillNewCustomer } from '../support/forms';
import { pageStory } from '../support/page-story';
import { expect, pageHeading, screen, shellReady, userEvent, waitFor } from '../support/play';

/**
 * Creating a customer (new-customer-route), with the domain's availability check (domain-availability)
 * and the address check and its suggestions (address-check).
 */
export default { title: 'Pages/Customers/New customer' } satisfies Meta;

const create = async () => userEvent.click(screen.getByRole('button', { name: 'Create customer' }));

/** Types a Springfield, IL address (a street the mock's address book knows) and checks it. */
async function checkSpringfieldAddress(line1: string, state: string) {
  await fill(/^Address line 1/, line1);
  await fill(/^City/, 'Springfield');
  await fill(/^State or region/, state);
  await fill(/^Postal code/, '62701');
  await chooseOption(/^Country/, 'United States');
  await userEvent.click(screen.getByRole('button', { name: 'Check the address' }));
}

export const EmptyForm = pageStory('/customers/new', {
  play: async () => {
    await pageHeading('New customer');
    await screen.findByRole('textbox', { name: /^Company name/ });
    await shellReady();
  },
});

export const KazakhstanInnWith11Digits = pageStory('/customers/new', {
  play: async () => {
    await pageHeading('New customer');
    await fillNewCustomer('Kazakhstan');
    await fill(/^Organization INN \(БИН\/ИИН – BIN\/IIN\)/, '12345678901');
    await fill(/^Phone number/, '+77272555099');
    await create();
    await screen.findByText(/Kazakhstan’s BIN\/IIN has 12 digits; you entered 11\./);
  },
});

export const MissingPhoneInRussia = pageStory('/customers/new', {
  play: async () => {
    await pageHeading('New customer');
    await fillNewCustomer('Russia', 'Kama Logistics', 'kamalogistics');
    // Russia's rules have arrived once the phone is no longer optional; a submit before that goes
    // to the API instead of stopping at the field.
    await screen.findByRole('textbox', { name: /^Phone number(?! \(optional\))/ });
    await create();
    // The submit was refused: the summary lists the problems, each field says its own.
    await screen.findByRole('alert', { name: 'There is a problem' });
    await screen.findByText(/Enter a phone number: customers in Russia must have one\./);
  },
});

export const Duplicate409KeepsTheForm = pageStory('/customers/new', {
  play: async () => {
    await pageHeading('New customer');
    await fillNewCustomer('United States', 'Contoso Again', 'contosooutdoor');
    // A United States address: once the country's rules arrive, a Kazakh postal code would stop
    // the form before it reaches the API (which answered first depended on the machine's speed).
    await fill(/^City/, 'Seattle');
    await fill(/^Postal code/, '98101');
    await create();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Domain/ })).toHaveAccessibleDescription(
        /contosooutdoor\.onmicrosoft\.com is already in use/,
      ),
    );
    await expect(screen.getByRole('textbox', { name: /^Company name/ })).toHaveValue('Contoso Again');
  },
});

// "Check availability" asks only when pressed (a free domain's documented answer is a 404).
export const DomainTaken = pageStory('/customers/new', {
  play: async () => {
    await pageHeading('New customer');
    await fill(/^Domain/, 'contosooutdoor');
    await userEvent.click(screen.getByRole('button', { name: 'Check availability' }));
    await screen.findByText('contosooutdoor.onmicrosoft.com is already in use: choose another domain.');
  },
});

export const AddressSuggestions = pageStory('/customers/new', {
  play: async () => {
    await pageHeading('New customer');
    await checkSpringfieldAddress('Main St', 'IL');
    await screen.findByRole('radiogroup', { name: 'Suggested addresses' });
  },
});

export const AddressNotVerified = pageStory('/customers/new', {
  play: async () => {
    await pageHeading('New customer');
    await checkSpringfieldAddress('5 Elm Street', 'ZZ');
    await screen.findByText('Partner Center could not verify this address.');
  },
});

export const ReadOnlyForSalesAgent = pageStory('/customers/new', {
  role: 'salesAgent',
  play: async () => {
    await pageHeading('New customer');
    await screen.findByText('You can view this page but not change it: your role does not allow it.');
  },
});

export const French = pageStory('/customers/new', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Nouveau client');
    await chooseOption(/^Pays/, 'Kazakhstan');
    await shellReady();
  },
});
