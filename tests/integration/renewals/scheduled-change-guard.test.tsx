import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { renderApp } from '../../setup/render-app';

configure({ asyncUtilTimeout: 15_000 });
beforeEach(() => setNow('2026-12-02T12:00:00Z'));
afterEach(() => setNow(undefined));

const contoso = seededGuid('customer:contosooutdoor');

async function card(name: string) {
  return (await screen.findByRole('heading', { name })).closest('.fui-Card') as HTMLElement;
}

async function scheduleCoterm(user: ReturnType<typeof renderApp>['user']) {
  const align = await within(await card('Teams Phone Standard')).findByRole('button', {
    name: 'Schedule coterm at renewal',
  });
  await waitFor(() => expect(align).toBeEnabled());
  await user.click(align);
  await waitFor(async () =>
    expect(await card('Teams Phone Standard')).toHaveTextContent(
      'At renewal: 20 licences, next term ends on 2/29/2028.',
    ),
  );
}

describe('the scheduled-change guard', { timeout: 90_000 }, () => {
  it('warns before a seat change drops the scheduled coterm, and re-applies it afterwards', async () => {
    const { user } = renderApp(`/customers/${contoso}/subscriptions`);
    await scheduleCoterm(user);

    // Cancelling the warning changes nothing.
    await user.click(
      within(await card('Teams Phone Standard')).getByRole('button', { name: 'Add licences' }),
    );
    let warning = await screen.findByRole('alertdialog', { name: 'Remove the scheduled change?' });
    expect(warning).toHaveTextContent(
      'Partner Center drops the change scheduled for the renewal of Teams Phone Standard when it is changed mid-term.',
    );
    await user.click(within(warning).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('dialog', { name: /Change the licences/ })).not.toBeInTheDocument();
    expect(await card('Teams Phone Standard')).toHaveTextContent('Scheduled change at renewal');

    // Going ahead: the seats change, Partner Center drops the scheduled change, the page offers it back.
    await user.click(
      within(await card('Teams Phone Standard')).getByRole('button', { name: 'Add licences' }),
    );
    warning = await screen.findByRole('alertdialog', { name: 'Remove the scheduled change?' });
    await user.click(within(warning).getByRole('button', { name: 'Change anyway' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the licences of Teams Phone Standard' });
    const quantity = within(dialog).getByRole('spinbutton', { name: 'New quantity' });
    await user.clear(quantity);
    await user.type(quantity, '25');
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await waitFor(async () => expect(await card('Teams Phone Standard')).toHaveTextContent('Licences: 25'));
    const addon = await card('Teams Phone Standard');
    await within(addon).findByText('The scheduled change was removed');
    expect(addon).not.toHaveTextContent('Scheduled change at renewal');

    await user.click(within(addon).getByRole('button', { name: 'Re-apply scheduled change' }));
    // Back, for the new seat count, with the same aligned end date.
    await waitFor(async () =>
      expect(await card('Teams Phone Standard')).toHaveTextContent(
        'At renewal: 25 licences, next term ends on 2/29/2028.',
      ),
    );
    expect(await card('Teams Phone Standard')).not.toHaveTextContent('The scheduled change was removed');
  });

  it('warns before an auto-renew change too, and leaves the switch as it was when cancelled', async () => {
    const { user } = renderApp(`/customers/${contoso}/subscriptions`);
    await scheduleCoterm(user);
    const toggle = within(await card('Teams Phone Standard')).getByRole('switch', {
      name: 'Auto-renew Teams Phone Standard',
    });
    await user.click(toggle);
    const warning = await screen.findByRole('alertdialog', { name: 'Remove the scheduled change?' });
    await user.click(within(warning).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(
      within(await card('Teams Phone Standard')).getByRole('switch', {
        name: 'Auto-renew Teams Phone Standard',
      }),
    ).toBeChecked();
    expect(await card('Teams Phone Standard')).toHaveTextContent('Scheduled change at renewal');
  });
});
