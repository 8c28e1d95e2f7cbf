import type { Meta } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { subscriptionCard, subscriptionCardAsIs } from '../support/catalog';
import { customer } from '../support/ids';
import { pageStory } from '../support/page-story';
import {
  alertWithText,
  dialogNamed,
  expect,
  pageHeading,
  workspacePageHeading,
  screen,
  shellReady,
  userEvent,
  waitFor,
  within,
} from '../support/play';

/**
 * A customer’s subscriptions tab (subscriptions-route): one subscription-card each, with the
 * align-notice under a misaligned add-on and the upgrade-dialog.
 */
export default { title: 'Pages/Catalog/Subscriptions' } satisfies Meta;

const contoso = customer('contosooutdoor');
const subscriptions = (id: string) => `/customers/${id}/subscriptions`;
/** Ten hours after the Teams Phone add-on was bought (2026-06-15 10:00 UTC). */
const insideWindow = '2026-06-15T20:00:00Z';
const afterWindow = '2026-06-23T10:00:00Z';

export const Loaded = pageStory(subscriptions(contoso), {
  play: async () => {
    await pageHeading(/Contoso Outdoor Supply/);
    await subscriptionCard('Teams Phone Standard');
    await shellReady();
  },
});

export const Inside168HourWindow = pageStory(subscriptions(contoso), {
  clock: insideWindow,
  play: async () => {
    const addon = await subscriptionCard('Teams Phone Standard');
    await waitFor(() => expect(addon).toHaveTextContent('158 hours left to reduce licences or cancel'));
  },
});

export const ReduceLicencesInsideWindow = pageStory(subscriptions(contoso), {
  clock: insideWindow,
  play: async () => {
    const addon = await subscriptionCard('Teams Phone Standard');
    await userEvent.click(within(addon).getByRole('button', { name: 'Reduce licences' }));
    await dialogNamed('Change the licences of Teams Phone Standard');
  },
});

export const After168HourWindow = pageStory(subscriptions(contoso), {
  clock: afterWindow,
  play: async () => {
    const addon = await subscriptionCard('Teams Phone Standard');
    await waitFor(() =>
      expect(addon).toHaveTextContent('The 168-hour window to reduce licences or cancel closed'),
    );
    await expect(within(addon).getByRole('button', { name: 'Cancel subscription' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
});

/** The add-on's allowed coterm dates never arrive: the notice stays busy and its button disabled. */
export const CotermDatesStillLoading = pageStory(subscriptions(contoso), {
  msw: [
    http.get('*/v1/customers/:customerId/subscriptions/customTermEndDates', async () => {
      await delay('infinite');
    }),
  ],
  play: async () => {
    const addon = await subscriptionCardAsIs('Teams Phone Standard');
    const notice = (await within(addon).findByText('The base subscription ends before this add-on')).closest(
      '[aria-busy]',
    );
    await expect(notice).toHaveAttribute('aria-busy', 'true');
    await expect(within(addon).getByRole('button', { name: 'Schedule coterm at renewal' })).toBeDisabled();
    await shellReady();
  },
});

/** The subscriptions are in but the catalog is not: no card yet, since the catalog says which is an add-on. */
export const CatalogStillLoading = pageStory(subscriptions(contoso), {
  msw: [
    http.get('*/v1/products', async () => {
      await delay('infinite');
    }),
  ],
  play: async () => {
    await screen.findByRole('progressbar', { name: 'Subscriptions' });
    await expect(screen.queryByRole('heading', { name: 'Teams Phone Standard' })).not.toBeInTheDocument();
    await shellReady();
  },
});

/**
 * The throttled endpoints answer 429 with Retry-After: 1. The page waits and loads; the PATCH
 * shows the wait ("1 second") and goes through when tried again after it.
 */
export const Throttled429ThenRecovers = pageStory(subscriptions(contoso), {
  clock: afterWindow,
  faults: { throttling: true, retryAfterSeconds: 1 },
  play: async () => {
    const addon = await subscriptionCard('Teams Phone Standard');
    await userEvent.click(within(addon).getByRole('button', { name: 'Add licences' }));
    const dialog = await dialogNamed('Change the licences of Teams Phone Standard');
    const quantity = within(dialog).getByRole('spinbutton', { name: 'New quantity' });
    await userEvent.clear(quantity);
    await userEvent.type(quantity, '25');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await within(dialog).findByText(/Partner Center asked us to wait 1 second before trying again/);
    await new Promise((wait) => setTimeout(wait, 1100));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await waitFor(async () =>
      expect(await subscriptionCard('Teams Phone Standard')).toHaveTextContent('Licences: 25'),
    );
  },
});

export const ThrottledWaitShown = pageStory(subscriptions(contoso), {
  clock: afterWindow,
  faults: { throttling: true, retryAfterSeconds: 1 },
  play: async () => {
    const addon = await subscriptionCard('Teams Phone Standard');
    await userEvent.click(within(addon).getByRole('button', { name: 'Add licences' }));
    const dialog = await dialogNamed('Change the licences of Teams Phone Standard');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await within(dialog).findByText(/Partner Center asked us to wait 1 second before trying again/);
  },
});

export const ReadOnlyForHelpdeskAgent = pageStory(subscriptions(contoso), {
  role: 'helpdeskAgent',
  play: async () => {
    await subscriptionCard('Teams Phone Standard');
    await shellReady();
  },
});

export const Forbidden403ForDeveloper = pageStory(subscriptions(contoso), {
  role: 'developer',
  play: async () => {
    await alertWithText(/./);
  },
});

export const ServerError500WithRetry = pageStory(subscriptions(contoso), {
  faults: { serverErrors: true },
  play: async () => {
    await alertWithText('An unexpected error occurred in the service');
  },
});

export const Empty = pageStory(subscriptions(customer('thamesanalytics')), {
  play: async () => {
    await screen.findByText('This customer has no subscriptions with you yet.');
    await shellReady();
  },
});

export const French = pageStory(subscriptions(contoso), {
  locale: 'fr',
  play: async () => {
    await pageHeading(/Contoso Outdoor Supply/);
    await workspacePageHeading(/Abonnements/);
    await subscriptionCard('Teams Phone Standard');
    await shellReady();
  },
});
