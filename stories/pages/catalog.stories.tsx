import type { Meta } from '@storybook/react-vite';
import { catalogTable } from '../support/catalog';
import { customer } from '../support/ids';
import { pageStory } from '../support/page-story';
import {
  alertWithText,
  dialogNamed,
  expect,
  pageHeading,
  screen,
  shellReady,
  userEvent,
  within,
  stillLoading,
  waitFor,
} from '../support/play';

/** The new-commerce catalog (catalog-route), for a customer's market or the default one. */
export default { title: 'Pages/Catalog/Catalog' } satisfies Meta;

const contoso = customer('contosooutdoor');
const northwind = customer('northwindtraders');

export const ForACustomer = pageStory(`/catalog?customer=${contoso}`, {
  play: async () => {
    await pageHeading('Catalog');
    const table = await catalogTable();
    await within(table).findByRole('link', { name: 'Office 365 E3' });
    await shellReady();
    // Each term's price has a line of its own, with no separator left visible at a line's end: the
    // dots between terms sit in boxes 1 px wide, for screen readers and copied text only.
    const e3 = within(table).getByText('1 month: USD 27.60').closest<HTMLElement>('[role="cell"]')!;
    const terms = ['1 month: USD 27.60', '1 year: USD 276.00', '3 years: USD 828.00'].map((term) =>
      within(e3).getByText(term).getBoundingClientRect(),
    );
    await expect(terms[0]!.top).toBeLessThan(terms[1]!.top);
    await expect(terms[1]!.top).toBeLessThan(terms[2]!.top);
    const dotBoxes = [...e3.querySelectorAll('*')]
      .filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.includes('·')),
      )
      .map((element) => element.getBoundingClientRect().width);
    await expect(dotBoxes).toHaveLength(2);
    for (const width of dotBoxes) await expect(width).toBeLessThanOrEqual(1);
  },
});

export const WithoutCustomerUnitedStates = pageStory('/catalog?q=Teams%20Rooms%20Premium', {
  play: async () => {
    await screen.findByText(/No customer selected: this is the United States catalog/);
    await within(await catalogTable()).findAllByRole('link', { name: /Teams Rooms Premium/ });
    await shellReady();
  },
});

export const AddOnsFilter = pageStory(`/catalog?customer=${contoso}&productType=Addons`, {
  play: async () => {
    await catalogTable();
    await screen.findByRole('button', { name: 'Add-on prerequisites for Teams Phone Standard' });
    await shellReady();
  },
});

/** The Segment filter: only the SKUs sold to qualified education customers. */
export const EducationSegment = pageStory('/catalog?segment=education', {
  play: async () => {
    const table = await catalogTable();
    await within(table).findByRole('link', { name: 'Office 365 A1 for faculty' });
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Office 365 E3' })).toBeNull());
    await shellReady();
  },
});

export const AddOnInfoPopover = pageStory(`/catalog?customer=${contoso}&productType=Addons`, {
  play: async () => {
    await catalogTable();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add-on prerequisites for Teams Phone Standard' }),
    );
    const popover = await screen.findByRole('dialog');
    await waitFor(() =>
      expect(
        within(popover).getByRole('heading', { name: 'Requires one of these base products' }),
      ).toBeVisible(),
    );
  },
});

export const CompatibleBasesSomeOwned = pageStory(`/catalog?customer=${northwind}&q=business%20voice`, {
  play: async () => {
    const table = await catalogTable();
    const row = (await within(table).findByRole('link', { name: 'Microsoft 365 Business Voice' })).closest(
      '[role="row"]',
    ) as HTMLElement;
    await userEvent.click(
      within(row).getByRole('button', { name: 'View compatible base product subscriptions' }),
    );
    const dialog = await dialogNamed('Compatible base products for Microsoft 365 Business Voice');
    await within(dialog).findByText(/Provisioned \(from another partner, 35 licences\)/);
  },
});

export const Empty = pageStory(`/catalog?customer=${contoso}&q=nothing%20like%20this`, {
  play: async () => {
    await screen.findByText('No SKU matches these filters.');
    await shellReady();
  },
});

export const Loading = pageStory(`/catalog?customer=${contoso}`, {
  faults: { extraLatencyMs: 600_000 },
  play: async () => {
    await stillLoading();
  },
});

export const ServerError500WithRetry = pageStory(`/catalog?customer=${contoso}`, {
  faults: { serverErrors: true },
  play: async () => {
    await alertWithText('An unexpected error occurred in the service');
  },
});

export const NetworkDown = pageStory(`/catalog?customer=${contoso}`, {
  faults: { networkFailure: true },
  play: async () => {
    await alertWithText('The service could not be reached');
  },
});

export const French = pageStory(`/catalog?customer=${contoso}`, {
  locale: 'fr',
  play: async () => {
    await pageHeading('Catalogue');
    await screen.findByRole('table');
    await shellReady();
  },
});
