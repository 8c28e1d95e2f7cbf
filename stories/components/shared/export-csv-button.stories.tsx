import type { Meta, StoryObj } from '@storybook/react-vite';
import { useTranslation } from 'react-i18next';
import { ExportCsvButton } from '@/components/export-csv-button';
import { fetchAllCustomers } from '@/features/customers/api';
import { useCustomerCsvColumns } from '@/features/customers/customer-csv';
import { componentStory } from '../../support/page-story';
import { alertWithText, expect, screen, userEvent } from '../../support/play';

/**
 * "Export CSV" of a list: loads every row behind the filters from the API, writes the file in
 * chunks and downloads it, announcing progress and the outcome. Here: the mock's customer list.
 */
const meta = {
  title: 'Components/Shared/ExportCsvButton',
  component: ExportCsvButton,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ExportCsvButton>;
export default meta;
type Story = StoryObj;

function CustomerExport() {
  const { t } = useTranslation('customers');
  // Without the markets' rules the screening cell says only what is missing.
  const columns = useCustomerCsvColumns(undefined);
  return (
    <ExportCsvButton
      fileName={t('list.exportFile')}
      columns={columns}
      loadRows={(options) =>
        fetchAllCustomers(
          {
            q: '',
            country: '',
            countries: [],
            sort: 'companyName',
            page: 1,
            size: 50,
            missingScreening: false,
          },
          options,
        )
      }
    />
  );
}

export const Ready: Story = {
  render: () => <CustomerExport />,
  play: async () => {
    await expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeEnabled();
  },
};

export const Exported: Story = {
  render: () => <CustomerExport />,
  play: async () => {
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await screen.findByText(/^Rows exported: \d+ \(.+\.csv\)\.$/, undefined, { timeout: 15_000 });
  },
};

export const ServiceFails = componentStory<Story>(
  {
    render: () => <CustomerExport />,
    play: async () => {
      await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
      await alertWithText('An unexpected error occurred in the service');
      await expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    },
  },
  { faults: { serverErrors: true } },
);
