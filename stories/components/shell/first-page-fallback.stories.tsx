import type { Meta, StoryObj } from '@storybook/react-vite';
import { LoadingPage } from '@/app/shell/first-page-fallback';
import { catalogHeading } from '@/features/catalog/page-headings';
import { customerListHeading } from '@/features/customers/page-headings';
import { expect, screen } from '../../support/play';

/**
 * What a first visit shows in place of the page while the page's code downloads
 * (`src/app/shell/first-page-fallback.tsx`): the heading its route names, then the progress
 * indicator; the page then renders the same heading in the same place.
 */
const meta = {
  title: 'Components/Shell/LoadingPage',
  component: LoadingPage,
  parameters: { layout: 'padded' },
  args: { heading: customerListHeading },
} satisfies Meta<typeof LoadingPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const CustomerList: Story = {
  play: async () => {
    await screen.findByRole('heading', { level: 1, name: 'Customers' });
    await expect(screen.getByText('Loading page')).toBeVisible();
  },
};

export const CatalogInFrench: Story = {
  args: { heading: catalogHeading },
  globals: { locale: 'fr' },
  play: async () => {
    await screen.findByRole('heading', { level: 1, name: 'Catalogue' });
    await expect(screen.getByText('Chargement de la page')).toBeVisible();
  },
};

/** A page whose heading is data (a customer's name): the progress indicator alone. */
export const HeadingIsData: Story = {
  args: { heading: undefined },
  play: async () => {
    await expect(await screen.findByText('Loading page')).toBeVisible();
    await expect(screen.queryByRole('heading')).toBeNull();
  },
};
