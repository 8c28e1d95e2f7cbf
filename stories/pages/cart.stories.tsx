import type { Meta } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { writeCart, type DraftLine } from '@/features/catalog/cart-store';
import { availabilityId } from '@/mocks/catalog';
import { ids } from '@/mocks/data/catalog';
import { addToCart, catalogTable, openCart } from '../support/catalog';
import { customer } from '../support/ids';
import { pageStory } from '../support/page-story';
import {
  alertWithText,
  dialogNamed,
  enabledButton,
  expect,
  pageHeading,
  screen,
  shellReady,
  userEvent,
  within,
} from '../support/play';

/**
 * The cart (cart-route): its lines (cart-line-card), the screening gate, Partner Center's refusals and
 * the order; opened without a customer, the carts in progress (carts-in-progress).
 */
export default { title: 'Pages/Catalog/Cart' } satisfies Meta;

const northwind = customer('northwindtraders');
const thames = customer('thamesanalytics');
const bengaluru = customer('bengalurucloud');
const brest = customer('brestagro');
const businessVoice = (id: string) => `/catalog?customer=${id}&q=business%20voice`;

/** Partner Center's screening refusal, as the cart API sends it when the customer changed meanwhile. */
const screeningRefusal = (code: 600049 | 600051, description: string) =>
  http.post('*/v1/customers/:customerId/carts', () =>
    HttpResponse.json(
      {
        code,
        description,
        errorName: code === 600049 ? 'OrganizationRegistrationIdMissing' : 'CustomerPhoneNumberMissing',
        data: [],
      },
      { status: 400 },
    ),
  );

export const Empty = pageStory(`/catalog/cart?customer=${northwind}`, {
  play: async () => {
    await pageHeading('Cart');
    await screen.findByText('The cart is empty.');
    await shellReady();
  },
});

export const WithoutCustomer = pageStory('/catalog/cart', {
  play: async () => {
    await pageHeading('Cart');
    await screen.findByText(/^To buy, choose a customer in the catalog first/);
    await shellReady();
  },
});

/** A monthly line of a catalog SKU, as the add-to-cart dialog writes it. */
const monthlyLine = (productId: string, title: string, quantity: number): DraftLine => ({
  productId,
  skuId: '0001',
  title,
  catalogItemId: `${productId}:0001:${availabilityId(productId, '0001', 'P1M')}`,
  termDuration: 'P1M',
  billingCycle: 'monthly',
  quantity,
});

/** Opened without a customer while two carts are being filled: each is a link to its cart. */
export const WithoutCustomerCartsInProgress = {
  ...pageStory('/catalog/cart', {
    play: async () => {
      await pageHeading('Cart');
      const carts = await screen.findByRole('region', { name: 'Carts in progress' });
      await screen.findByText('Choose a customer in the catalog to start a cart, or continue one below.');
      await within(carts).findByRole('link', { name: 'Northwind Traders: 1 item' });
      await within(carts).findByRole('link', { name: 'Thames Valley Analytics: 2 items' });
      await shellReady();
    },
  }),
  // After the workshop has cleared the browser's storage for the story.
  beforeEach: () => {
    writeCart(northwind, { lines: [monthlyLine(ids.businessVoice, 'Microsoft 365 Business Voice', 10)] });
    writeCart(thames, {
      lines: [
        monthlyLine(ids.businessBasic, 'Microsoft 365 Business Basic', 25),
        monthlyLine(ids.audioConferencing, 'Audio Conferencing', 25),
      ],
    });
  },
};

export const ReadyToCheckOut = pageStory(businessVoice(northwind), {
  play: async () => {
    await catalogTable();
    await addToCart('Microsoft 365 Business Voice');
    await openCart(1);
    await enabledButton('Check out');
    // The line's three fields share a row (labels, then inputs) although only Quantity has a hint.
    const labelTops = ['Term', 'Billing cycle', 'Quantity'].map(
      (label) => screen.getByText(label, { selector: 'label' }).getBoundingClientRect().top,
    );
    await expect(new Set(labelTops).size).toBe(1);
  },
});

export const OrderPlaced = pageStory(businessVoice(northwind), {
  // The order's id is new on every run.
  unstableText: ['^Order .* placed'],
  play: async () => {
    await catalogTable();
    await addToCart('Microsoft 365 Business Voice');
    await openCart(1);
    await userEvent.click(await enabledButton('Check out'));
    await screen.findByText(/^Order .* placed/);
  },
});

// Maple Leaf Robotics' account is under review (seed): Partner Center holds its purchases (800073).
export const AccountUnderReview800073 = pageStory(
  `/catalog?customer=${customer('mapleleafrobotics')}&q=business%20basic`,
  {
    play: async () => {
      await catalogTable();
      await addToCart('Microsoft 365 Business Basic');
      await openCart(1);
      await userEvent.click(await enabledButton('Check out'));
      await alertWithText('The customer account is under review');
    },
  },
);

export const AddOnWithoutBase400041OnTheLine = pageStory(businessVoice(thames), {
  play: async () => {
    await catalogTable();
    await addToCart('Microsoft 365 Business Voice (without calling plan)');
    await openCart(1);
    await alertWithText('The addon is not purchasable without a compatible base product.');
    await expect(screen.getByRole('button', { name: 'Check out' })).toBeDisabled();
  },
});

export const ScreeningGateMissingInnAndPhone = pageStory(
  `/catalog?customer=${bengaluru}&q=office%20365%20e1`,
  {
    play: async () => {
      await catalogTable();
      await userEvent.click(await screen.findByRole('button', { name: 'Add Office 365 E1 to cart' }));
      const dialog = await dialogNamed('Add Office 365 E1 to the cart');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Add to cart' }));
      const gate = await dialogNamed('Screening information is missing', 'alertdialog');
      await within(gate).findByRole('link', { name: 'Open the account page of Bengaluru Cloudworks' });
    },
  },
);

export const ScreeningGateMissingPhone = pageStory(`/catalog?customer=${brest}&q=office%20365%20e1`, {
  play: async () => {
    await catalogTable();
    await userEvent.click(await screen.findByRole('button', { name: 'Add Office 365 E1 to cart' }));
    const dialog = await dialogNamed('Add Office 365 E1 to the cart');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add to cart' }));
    const gate = await dialogNamed('Screening information is missing', 'alertdialog');
    await within(gate).findByText('Phone number');
  },
});

export const Refused600049ByTheApi = pageStory(businessVoice(northwind), {
  msw: [
    screeningRefusal(
      600049,
      'Organization registration ID information is missing. Customers in United States need an Organization INN.',
    ),
  ],
  play: async () => {
    await catalogTable();
    await addToCart('Microsoft 365 Business Voice');
    await openCart(1);
    await userEvent.click(await enabledButton('Check out'));
    await alertWithText(/Organization registration ID information is missing/);
  },
});

export const Refused600051ByTheApi = pageStory(businessVoice(northwind), {
  msw: [
    screeningRefusal(
      600051,
      'Customer phone number is missing. Customers in United States need a phone number.',
    ),
  ],
  play: async () => {
    await catalogTable();
    await addToCart('Microsoft 365 Business Voice');
    await openCart(1);
    await userEvent.click(await enabledButton('Check out'));
    await alertWithText(/Customer phone number is missing/);
  },
});

export const French = pageStory(`/catalog/cart?customer=${northwind}`, {
  locale: 'fr',
  play: async () => {
    await pageHeading('Panier');
    await screen.findByText('Le panier est vide.');
    await shellReady();
  },
});
