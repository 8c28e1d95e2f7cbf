import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fn } from 'storybook/test';
import { AddToCartDialog } from '@/features/catalog/components/add-to-cart-dialog';
import { AddonInfoButton } from '@/features/catalog/components/addon-info-button';
import { CatalogTable } from '@/features/catalog/components/catalog-table';
import { CompatibleBasesDialog } from '@/features/catalog/components/compatible-bases-dialog';
import { CustomerPicker } from '@/features/catalog/components/customer-picker';
import { useCatalogContext } from '@/features/catalog/use-catalog-context';
import { useScreeningGate } from '@/features/customers';
import { patchSubscription, QuantityDialog, subscriptionsQuery } from '@/features/subscriptions';
import { customer } from '../support/ids';
import { componentStory } from '../support/page-story';
import { dialogNamed, expect, screen, userEvent, waitFor, within } from '../support/play';

/** The catalog feature's components, with the catalog the mock serves for the story's customer. */
export default {
  title: 'Components/Catalog',
  parameters: { layout: 'padded' },
} satisfies Meta;
type Story = StoryObj;

const contoso = customer('contosooutdoor');
const northwind = customer('northwindtraders');
const forCustomer = (id: string) => ({ url: `/?customer=${id}` });

/** The selected customer's catalog rows (the page's own hook), once they are loaded. */
function WithCatalog({
  children,
}: {
  children: (context: ReturnType<typeof useCatalogContext>) => React.ReactNode;
}) {
  const context = useCatalogContext();
  return context.rows.length === 0 || (context.customerId && !context.customer.data) ? null : (
    <>{children(context)}</>
  );
}

const rowTitled = (context: ReturnType<typeof useCatalogContext>, title: string) => {
  const row = context.rows.find((candidate) => candidate.sku.title === title);
  if (!row) throw new Error(`No SKU titled ${title} in the mock catalog`);
  return row;
};

export const CatalogTableForCustomer = componentStory<Story>(
  {
    render: () => (
      <WithCatalog>
        {(context) => (
          <CatalogTable
            rows={context.rows.slice(0, 8)}
            names={context.names}
            subscribed={context.subscribed}
            customerName={context.customerName}
            customerId={context.customerId}
            onAddToCart={fn()}
          />
        )}
      </WithCatalog>
    ),
    play: async () => {
      await screen.findByRole('table', { name: 'Catalog SKUs' });
    },
  },
  forCustomer(contoso),
);

export const AddonInfoPopover = componentStory<Story>(
  {
    render: () => (
      <WithCatalog>
        {(context) => {
          const row = rowTitled(context, 'Teams Phone Standard');
          return (
            <AddonInfoButton
              skuTitle={row.sku.title}
              prerequisites={(row.sku.dynamicAttributes.prerequisiteSkus ?? []).map(
                (key) => context.names.get(key) ?? key,
              )}
            />
          );
        }}
      </WithCatalog>
    ),
    play: async () => {
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
  },
  forCustomer(contoso),
);

export const CompatibleBasesSomeOwned = componentStory<Story>(
  {
    render: () => (
      <WithCatalog>
        {(context) => {
          const row = rowTitled(context, 'Microsoft 365 Business Voice');
          return (
            <CompatibleBasesDialog
              skuTitle={row.sku.title}
              prerequisites={row.sku.dynamicAttributes.prerequisiteSkus ?? []}
              names={context.names}
              subscribed={context.subscribed}
              customerName={context.customerName}
              size="medium"
            />
          );
        }}
      </WithCatalog>
    ),
    play: async () => {
      await userEvent.click(
        await screen.findByRole('button', { name: 'View compatible base product subscriptions' }),
      );
      const dialog = await dialogNamed('Compatible base products for Microsoft 365 Business Voice');
      await within(dialog).findByText(/Provisioned \(from another partner, 35 licences\)/);
    },
  },
  forCustomer(northwind),
);

export const CustomerPickerEmpty: Story = {
  render: function Render() {
    const [value, setValue] = useState<string>();
    return <CustomerPicker customerId={value} onChange={setValue} />;
  },
  play: async () => {
    await screen.findByRole('combobox');
  },
};

export const CustomerPickerChosen = componentStory<Story>({
  render: () => <CustomerPicker customerId={contoso} onChange={fn()} />,
  play: async () => {
    const picker = await screen.findByRole('combobox');
    // The label shows once the customer list has arrived.
    await waitFor(() => expect(picker).toHaveTextContent(/Contoso Outdoor Supply \([A-Z]{2}\)/));
  },
});

function AddToCart({ title }: { title: string }) {
  const { guard, element } = useScreeningGate();
  return (
    <WithCatalog>
      {(context) => (
        <>
          <AddToCartDialog
            target={rowTitled(context, title)}
            customerId={context.customerId ?? ''}
            country={context.country ?? 'US'}
            onClose={fn()}
            guard={guard}
          />
          {element}
        </>
      )}
    </WithCatalog>
  );
}

export const AddToCartDialogOpen = componentStory<Story>(
  {
    render: () => <AddToCart title="Microsoft 365 Business Voice" />,
    play: async () => {
      await dialogNamed('Add Microsoft 365 Business Voice to the cart');
    },
  },
  forCustomer(northwind),
);

export const ScreeningGateDialog = componentStory<Story>(
  {
    render: () => <AddToCart title="Office 365 E1" />,
    play: async () => {
      const dialog = await dialogNamed('Add Office 365 E1 to the cart');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Add to cart' }));
      const gate = await dialogNamed('Screening information is missing', 'alertdialog');
      await within(gate).findByRole('link', { name: 'Open the account page of Bengaluru Cloudworks' });
    },
  },
  forCustomer(customer('bengalurucloud')),
);

/** `sends`: the dialog's change goes to the mock's PATCH, as on the subscriptions page. */
function Quantity({
  mode,
  reducible,
  sends = false,
}: {
  mode: 'add' | 'reduce';
  reducible: number;
  sends?: boolean;
}) {
  const { data } = useQuery(subscriptionsQuery(contoso));
  const teamsPhone = data?.find((item) => item.friendlyName === 'Teams Phone Standard');
  return teamsPhone ? (
    <QuantityDialog
      subscription={teamsPhone}
      mode={mode}
      reducible={reducible}
      onSave={sends ? (quantity) => patchSubscription(contoso, teamsPhone, { quantity }) : fn()}
      onClose={fn()}
    />
  ) : null;
}

/** Opens the Teams Phone dialog's quantity, types `value` over it and applies. */
async function applyQuantity(value: string) {
  const dialog = await dialogNamed('Change the licences of Teams Phone Standard');
  const quantity = within(dialog).getByRole('spinbutton', { name: 'New quantity' });
  await userEvent.clear(quantity);
  await userEvent.type(quantity, value);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Apply' }));
  return { dialog, quantity };
}

/** After the window only "Add licences" is offered: the dialog adds. */
export const QuantityDialogOutside168HourWindow = componentStory<Story>(
  {
    render: () => <Quantity mode="add" reducible={0} />,
    play: async () => {
      const dialog = await dialogNamed('Change the licences of Teams Phone Standard');
      await within(dialog).findByText('Current quantity: 20. More licences can be added at any time.');
    },
  },
  { clock: '2026-06-23T10:00:00Z' },
);

export const QuantityDialogInside168HourWindow = componentStory<Story>(
  {
    render: () => <Quantity mode="reduce" reducible={5} />,
    play: async () => {
      const dialog = await dialogNamed('Change the licences of Teams Phone Standard');
      await within(dialog).findByText(
        'Current quantity: 20. You can remove up to 5 licences added in the last 168 hours.',
      );
    },
  },
  { clock: '2026-06-15T20:00:00Z' },
);

/** The API refuses the quantity: its message shows at the field (quantity-dialog.tsx), the number typed stays. */
export const QuantityDialogRefusedByTheApi = componentStory<Story>(
  {
    render: () => <Quantity mode="add" reducible={0} sends />,
    play: async () => {
      const { dialog, quantity } = await applyQuantity('999999');
      await waitFor(() =>
        expect(quantity).toHaveAccessibleDescription(/^The quantity must be between 1 and \d+\./),
      );
      await expect(quantity).toHaveValue(999999);
      await within(dialog).findByRole('link', { name: 'New quantity' });
    },
  },
  { clock: '2026-06-23T10:00:00Z' },
);

export const QuantityDialogReducingTooMuch = componentStory<Story>(
  {
    render: () => <Quantity mode="reduce" reducible={1} />,
    play: async () => {
      const { dialog } = await applyQuantity('1');
      await within(dialog).findByText(/You can remove at most 1 licence; enter/);
    },
  },
  { clock: '2026-06-15T20:00:00Z' },
);
