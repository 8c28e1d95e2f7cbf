import type { Meta } from '@storybook/react-vite';
import { setFaults } from '@/mocks/faults';
import { pageStory } from '../support/page-story';
import {
  alertWithText,
  expect,
  pageHeading,
  screen,
  shellReady,
  userEvent,
  waitFor,
  within,
  stillLoading,
} from '../support/play';

/** The customer list (customer-list-route): search, filters, sort, pages, export. */
export default { title: 'Pages/Customers/Customer list' } satisfies Meta;

const customersTable = () => screen.findByRole('table', { name: 'Customers' });
/** The screening column is complete once the markets' rules are in. */
const screeningShown = () =>
  waitFor(() =>
    expect(screen.getAllByText(/^(Complete|Not required|Complète|Non requise)$/).length).toBeGreaterThan(0),
  );

export const Loaded = pageStory('/customers', {
  play: async () => {
    await pageHeading('Customers');
    await customersTable();
    await screen.findByText('1–20 of 40');
    await screeningShown();
    await shellReady();
  },
});

export const FilteredAndSorted = pageStory('/customers?country=KZ&sort=-companyName', {
  play: async () => {
    await screen.findByRole('link', { name: 'Steppe Mining JSC' });
    await screeningShown();
    await shellReady();
  },
});

export const Loading = pageStory('/customers', {
  faults: { extraLatencyMs: 600_000 },
  play: async () => {
    await stillLoading();
  },
});

export const Empty = pageStory('/customers?q=nosuchcustomer', {
  play: async () => {
    await screen.findByText('No customers match these filters.');
    await expect(screen.getByRole('button', { name: 'Clear filters' })).toBeVisible();
    await shellReady();
  },
});

export const ServerError500WithRetry = pageStory('/customers', {
  faults: { serverErrors: true },
  play: async () => {
    await alertWithText('An unexpected error occurred in the service');
    await expect(screen.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThan(0);
  },
});

/**
 * The service comes back: "Try again" brings the table back without a reload, and with it what
 * failed beside it: the screening column, the missing count, the signed-in user and their menus.
 */
export const ServerErrorRecoversOnRetry = pageStory('/customers', {
  faults: { serverErrors: true },
  play: async () => {
    const alert = await alertWithText('An unexpected error occurred in the service');
    setFaults({ serverErrors: false });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByText('1–20 of 40');
    await screeningShown();
    await screen.findByLabelText('15 customers are missing screening information');
    await shellReady();
  },
});

export const NetworkDown = pageStory('/customers', {
  faults: { networkFailure: true },
  play: async () => {
    await alertWithText('The service could not be reached');
  },
});

export const ReadOnlyForSalesAgent = pageStory('/customers', {
  role: 'salesAgent',
  play: async () => {
    await customersTable();
    await screeningShown();
    await shellReady();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'New customer' })).toBeNull());
  },
});

export const Forbidden403ForDeveloper = pageStory('/customers', {
  role: 'developer',
  play: async () => {
    await alertWithText(/role does not allow/i);
  },
});

export const French = pageStory('/customers', {
  locale: 'fr',
  play: async () => {
    await pageHeading('Clients');
    await waitFor(() => expect(screen.getByText('1–20 sur 40')).toBeVisible());
    await screeningShown();
    await shellReady();
  },
});
