import type { Meta, StoryObj } from '@storybook/react-vite';
import { Field } from '@fluentui/react-components';
import { SearchBox } from '@/components/search-box';
import { expect, screen } from '../../support/play';

/**
 * A list's search box (search-box.tsx): Fluent's, with its clear button named in the page's
 * language. The customers, users, catalog and announcements lists use it.
 */
const meta = {
  title: 'Components/Shared/SearchBox',
  component: SearchBox,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
  args: { defaultValue: 'contoso' },
  decorators: [
    (Story) => (
      <Field label="Search" style={{ maxWidth: 320 }}>
        <Story />
      </Field>
    ),
  ],
} satisfies Meta<typeof SearchBox>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithText: Story = {
  play: async () => {
    await expect(await screen.findByRole('searchbox', { name: 'Search' })).toHaveValue('contoso');
    await expect(screen.getByLabelText('Clear the search')).toBeInTheDocument();
  },
};

export const InFrench: Story = {
  globals: { locale: 'fr' },
  play: async () => {
    await expect(await screen.findByLabelText('Effacer la recherche')).toBeInTheDocument();
  },
};
