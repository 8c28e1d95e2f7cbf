import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';
import { stubLayout } from './layout-stubs';

stubLayout();

const contoso = seededGuid('customer:contosooutdoor');

// These flows render the whole catalog; on the shared 2-core machine a second is not always enough.
configure({ asyncUtilTimeout: 15_000 });
afterEach(() => setNow(undefined));

async function card(name: string) {
  return (await screen.findByRole('heading', { name })).closest('.fui-Card') as HTMLElement;
}

// One test per file: Fluent's focus manager keeps per-window state across tests in the test DOM.
describe('subscriptions', { timeout: 45_000 }, () => {
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
    // `hidden: true`: see the add-to-cart helper in catalog.test.tsx (the test DOM and Fluent's focus manager).
    const dialog = await screen.findByRole('dialog', {
      name: 'Change the licences of Teams Phone Standard',
      hidden: true,
    });
    const quantity = within(dialog).getByRole('spinbutton', { name: 'New quantity', hidden: true });
    await user.clear(quantity);
    await user.type(quantity, '25');
    await user.click(within(dialog).getByRole('button', { name: 'Apply', hidden: true }));
    await waitFor(async () => expect(await card('Teams Phone Standard')).toHaveTextContent('Licences: 25'));
  });
});
