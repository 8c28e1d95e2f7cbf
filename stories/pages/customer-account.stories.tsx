import type { Meta } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { api, apiRequest } from '@/lib/api-client';
import type { CustomerBillingProfile } from '@/lib/api-types/customers';
import { chooseOption, fill } from '../support/forms';
import { customer } from '../support/ids';
import { pageStory } from '../support/page-story';
import {
  alertWithText,
  dialogNamed,
  enabledButton,
  expect,
  workspacePageHeading,
  screen,
  shellReady,
  stillLoading,
  userEvent,
  waitFor,
  within,
} from '../support/play';

/** A customer's Account tab (customer-account-route): company profile and the billing profile form. */
export default { title: 'Pages/Customers/Customer account' } satisfies Meta;

const astana = customer('astanaretail');
const steppe = customer('steppemining');
const nistru = customer('nistruconsulting');
const fabrikam = customer('fabrikamhealth');
const account = (id: string) => `/customers/${id}/account`;
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));
const innLabel = /^Organization INN/;

export const KazakhstanMissingScreeningInfo = pageStory(account(astana), {
  play: async () => {
    await workspacePageHeading('Account of Astana Retail Group');
    await screen.findByText('Screening information missing');
    await enabledButton('Save');
    await shellReady();
  },
});

/** The customer has answered, its billing profile has not: the name is up, the form waits. */
export const BillingProfileStillLoading = pageStory(account(astana), {
  msw: [
    http.get('*/v1/customers/:customerId/profiles/billing', async () => {
      await delay('infinite');
    }),
  ],
  play: async () => {
    await screen.findByRole('heading', { level: 1, name: 'Astana Retail Group' });
    await screen.findByRole('progressbar', { name: 'Loading the account…' });
    await expect(screen.queryByRole('textbox', { name: /^First name/ })).not.toBeInTheDocument();
    await shellReady();
  },
});

let billingProfileAsked = false;
/**
 * The customer has not answered: the workspace shows its loading block, and the account's billing
 * profile has been asked for meanwhile (the route's loader), not after the customer.
 */
export const CustomerStillLoading = pageStory(account(astana), {
  msw: [
    http.get(`*/v1/customers/${astana}`, async () => {
      await delay('infinite');
    }),
    http.get('*/v1/customers/:customerId/profiles/billing', () => {
      billingProfileAsked = true;
      return undefined;
    }),
  ],
  play: async () => {
    await shellReady();
    await waitFor(() => expect(billingProfileAsked).toBe(true));
    await expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    await stillLoading();
  },
});
export const KazakhstanInnWith11Digits = pageStory(account(astana), {
  play: async () => {
    await workspacePageHeading('Account of Astana Retail Group');
    await fill(innLabel, '12345678901');
    await userEvent.tab();
    await screen.findByText('Kazakhstan’s BIN/IIN has 12 digits; you entered 11.');
    await save();
    await screen.findByText(/Enter a phone number: customers in Kazakhstan must have one/);
  },
});

export const MoldovaInnWith9Digits = pageStory(account(nistru), {
  play: async () => {
    await workspacePageHeading('Account of Nistru Consulting');
    await fill(innLabel, '123456789');
    await userEvent.tab();
    await screen.findByText(/^Moldova’s IDNO\/IDNP has 6, 7, 8,? or 13 digits; you entered 9\.$/);
  },
});

export const UnitedStatesInnOptional = pageStory(account(fabrikam), {
  play: async () => {
    await workspacePageHeading('Account of Fabrikam Health');
    await screen.findByRole('textbox', { name: 'Organization INN (optional)' });
    await enabledButton('Save');
    await shellReady();
  },
});

export const CountryChangedToKazakhstan = pageStory(account(fabrikam), {
  play: async () => {
    await workspacePageHeading('Account of Fabrikam Health');
    await fill(innLabel, '12345');
    await chooseOption(/^Country/, 'Kazakhstan');
    await screen.findByText('Kazakhstan’s BIN/IIN has 12 digits; you entered 5.');
  },
});

export const Saved = pageStory(account(astana), {
  play: async () => {
    await workspacePageHeading('Account of Astana Retail Group');
    await fill(innLabel, '123456789012');
    await fill(/^Phone number/, '+77172555001');
    await save();
    await screen.findByText('Account of Astana Retail Group saved.');
  },
});

/** Partner Center's own 400 (600050) lands at the INN field; the typing stays. */
export const Refused600050AtTheField = pageStory(account(steppe), {
  msw: [
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
  ],
  play: async () => {
    await workspacePageHeading('Account of Steppe Mining JSC');
    await fill(/^Phone number/, '+77272555999');
    await save();
    await screen.findByText('Partner Center refused this Organization INN: it must match ^(\\d{12})$.');
    await expect(screen.getByRole('textbox', { name: /^Phone number/ })).toHaveValue('+77272555999');
  },
});

export const ChangedElsewhere412 = pageStory(account(steppe), {
  play: async () => {
    await workspacePageHeading('Account of Steppe Mining JSC');
    // Someone else changes the city after the page loaded.
    const current = await apiRequest<CustomerBillingProfile>(`/v1/customers/${steppe}/profiles/billing`);
    await api.put(
      `/v1/customers/${steppe}/profiles/billing`,
      { ...current.data, defaultAddress: { ...current.data.defaultAddress, city: 'Almaty Centre' } },
      { ifMatch: current.etag },
    );
    await fill(/^Phone number/, '+77272555111');
    await save();
    const alert = await screen.findByRole('alert', { name: /Changed elsewhere/ });
    await expect(alert).toHaveTextContent(/Your entries are still in the form/);
    await expect(screen.getByRole('textbox', { name: /^Phone number/ })).toHaveValue('+77272555111');
  },
});

export const UnsavedChangesGuardOpen = pageStory(account(steppe), {
  play: async () => {
    await workspacePageHeading('Account of Steppe Mining JSC');
    await userEvent.type(screen.getByRole('textbox', { name: 'Middle name (optional)' }), 'X');
    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Customers' }),
    );
    await dialogNamed('Leave without saving?', 'alertdialog');
  },
});

export const ReadOnlyForSalesAgent = pageStory(account(astana), {
  role: 'salesAgent',
  play: async () => {
    await screen.findByText(/Your role \(Sales agent\) can view this customer but not change it/);
    await expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  },
});

export const Forbidden403ForDeveloper = pageStory(account(astana), {
  role: 'developer',
  play: async () => {
    await alertWithText(/./);
  },
});

/** `GET customers/{id}` is throttled: the page waits the 1 s Retry-After, then loads. */
export const ThrottledThenRecovers = pageStory(account(astana), {
  faults: { throttling: true, retryAfterSeconds: 1 },
  play: async () => {
    await workspacePageHeading('Account of Astana Retail Group');
    await enabledButton('Save');
    await shellReady();
  },
});

export const NotFound = pageStory(account('00000000-0000-4000-a000-000000000000'), {
  play: async () => {
    await alertWithText(/./);
  },
});

export const French = pageStory(account(astana), {
  locale: 'fr',
  play: async () => {
    await workspacePageHeading('Compte de Astana Retail Group');
    await shellReady();
    await enabledButton('Enregistrer');
  },
});
