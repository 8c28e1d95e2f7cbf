import type { Meta } from '@storybook/react-vite';
import { customer } from '../support/ids';
import { pageStory } from '../support/page-story';
import { alertWithText, expect, screen, shellReady, within } from '../support/play';

/**
 * The SKU page (catalog/routes/sku-route): terms and prices, promotions, prerequisites, and the
 * Teams Rooms Standard and Premium comparison.
 */
export default { title: 'Pages/Catalog/SKU page' } satisfies Meta;

const contoso = customer('contosooutdoor');
const teamsRooms = `/catalog/CFQ7TTC0QW7C/0002?customer=${contoso}`;

export const TeamsRoomsComparison = pageStory(teamsRooms, {
  play: async () => {
    const table = await screen.findByRole('table', { name: 'Teams Rooms Standard and Premium compared' });
    await within(table).findByText(/USD.15\.00 per device per month/);
    await shellReady();
  },
});

export const UnknownSku = pageStory(`/catalog/NOSUCHPRODUCT/0001?customer=${contoso}`, {
  play: async () => {
    await alertWithText(/./);
  },
});

export const ServerError500WithRetry = pageStory(teamsRooms, {
  faults: { serverErrors: true },
  play: async () => {
    await alertWithText('An unexpected error occurred in the service');
  },
});

export const French = pageStory(teamsRooms, {
  locale: 'fr',
  play: async () => {
    await screen.findByRole('heading', { level: 1 });
    // The descriptions come from the API in the language asked for (X-Locale).
    await screen.findByText(/^Tout Standard, plus les services gérés Teams Rooms/);
    await screen.findAllByRole('table');
    await shellReady();
    // The amounts line up on their last digit: 60,00 USD ends where 600,00 USD does.
    const prices = screen.getByRole('table', { name: 'Termes et prix' });
    const ends = within(prices)
      .getAllByText(/USD$/)
      .map((cell) => {
        const text = document.createRange();
        text.selectNodeContents(cell);
        return Math.round(text.getBoundingClientRect().right);
      });
    await expect(ends.length).toBe(6);
    await expect(new Set(ends.filter((_, index) => index % 2 === 1)).size).toBe(1);
  },
});
