import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';

const contoso = seededGuid('customer:contosooutdoor');

// These flows render the whole catalog; on the shared 2-core machine a second is not always enough.
configure({ asyncUtilTimeout: 5000 });
afterEach(() => setNow(undefined));

async function card(name: string) {
  return (await screen.findByRole('heading', { name })).closest('.fui-Card') as HTMLElement;
}

describe('subscriptions', () => {
  it('shows base and add-on side by side, each with its own term and auto-renew switch', async () => {
    renderApp(`/customers/${contoso}/subscriptions`);
    const base = await card('Office 365 E3');
    const addon = await card('Teams Phone Standard');
    expect(base).toHaveTextContent('Base product');
    expect(addon).toHaveTextContent('Add-on');
    expect(addon).toHaveTextContent('Relies on Office 365 E3');
    expect(base).toHaveTextContent('Term ends 2/28/27');
    expect(addon).toHaveTextContent('Term ends 6/14/27');
    expect(within(base).getByRole('switch', { name: 'Auto-renew Office 365 E3' })).toBeChecked();
    expect(within(addon).getByRole('switch', { name: 'Auto-renew Teams Phone Standard' })).toBeChecked();
  });

  it('allows reducing or cancelling only within 168 hours of purchase', async () => {
    // The Teams Phone add-on was bought on 2026-06-15 at 10:00 UTC.
    setNow('2026-06-15T20:00:00Z');
    const first = renderApp(`/customers/${contoso}/subscriptions`);
    let addon = await card('Teams Phone Standard');
    expect(addon).toHaveTextContent('158 hours left to reduce licences or cancel');
    expect(within(addon).getByRole('button', { name: 'Cancel subscription' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(within(addon).getByRole('button', { name: 'Reduce licences' })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
    first.unmount();

    setNow('2026-06-23T10:00:00Z');
    const { user } = renderApp(`/customers/${contoso}/subscriptions`);
    addon = await card('Teams Phone Standard');
    expect(addon).toHaveTextContent('The 168-hour window to reduce licences or cancel closed');
    const cancel = within(addon).getByRole('button', { name: 'Cancel subscription' });
    expect(cancel).toHaveAttribute('aria-disabled', 'true');
    expect(cancel).toHaveAccessibleDescription(/The 168-hour window to reduce licences or cancel closed/);
    expect(within(addon).getByRole('button', { name: 'Reduce licences' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    // More licences are always possible.
    await user.click(within(addon).getByRole('button', { name: 'Add licences' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the licences of Teams Phone Standard' });
    const quantity = within(dialog).getByRole('spinbutton', { name: 'New quantity' });
    await user.clear(quantity);
    await user.type(quantity, '25');
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await waitFor(async () => expect(await card('Teams Phone Standard')).toHaveTextContent('Licences: 25'));
  });

  it('flags an add-on that outlives its base and aligns its end date with the base', async () => {
    const { user } = renderApp(`/customers/${contoso}/subscriptions`);
    const addon = await card('Teams Phone Standard');
    expect(
      await within(addon).findByText('The base subscription ends before this add-on'),
    ).toBeInTheDocument();
    const align = within(addon).getByRole('button', { name: 'Align end date with the base' });
    await waitFor(() => expect(align).toBeEnabled());
    await user.click(align);
    await waitFor(async () =>
      expect(await card('Teams Phone Standard')).toHaveTextContent('Term ends 2/28/27'),
    );
    expect(screen.queryByText('The base subscription ends before this add-on')).not.toBeInTheDocument();
  });

  it('notes that an add-on can be removed by support after upgrading its base to a SKU that includes it', async () => {
    const { user } = renderApp(`/customers/${contoso}/subscriptions`);
    const base = await card('Office 365 E3');
    await user.click(await within(base).findByRole('button', { name: 'Upgrade options' }));
    const dialog = await screen.findByRole('dialog', { name: 'Upgrade Office 365 E3' });
    expect(dialog).toHaveTextContent(
      'Office 365 E5 already includes Teams Phone Standard. After upgrading, the add-on Teams Phone Standard can be removed through a support request, filed within the first two billing cycles',
    );
  });
});
