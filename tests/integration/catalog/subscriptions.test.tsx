import { configure, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { seededGuid } from '@/mocks/db/seed-ids';
import { server } from '@/mocks/node';
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

/** Holds a GET until released; it then returns nothing, so the seeded handler answers. */
function holdGet(path: string): () => void {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get(path, async () => {
      await released;
    }),
  );
  return release;
}

describe('subscriptions', { timeout: 45_000 }, () => {
  it('shows base and add-on side by side, each with its own term and auto-renew switch', async () => {
    renderApp(`/customers/${contoso}/subscriptions`);
    const base = await card('Office 365 E3');
    const addon = await card('Teams Phone Standard');
    expect(base).toHaveTextContent('Base product');
    expect(addon).toHaveTextContent('Add-on');
    expect(addon).toHaveTextContent('Relies on Office 365 E3');
    expect(base).toHaveTextContent('Term ends 2/28/2027');
    expect(addon).toHaveTextContent('Term ends 6/14/2027');
    expect(within(base).getByRole('switch', { name: 'Auto-renew Office 365 E3' })).toBeChecked();
    expect(within(addon).getByRole('switch', { name: 'Auto-renew Teams Phone Standard' })).toBeChecked();
  });
  it('names the page after the customer, with French punctuation in French', async () => {
    renderApp(`/customers/${contoso}/subscriptions`, { language: 'fr' });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Abonnements : Contoso Outdoor Supply' }),
    ).toBeInTheDocument();
  });
  it('shows no subscription until the catalog says which is an add-on of which', async () => {
    const release = holdGet('*/v1/products');
    let subscriptionsAnswered = false;
    const onResponse = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname === `/v1/customers/${contoso}/subscriptions`) {
        subscriptionsAnswered = true;
      }
    };
    server.events.on('response:mocked', onResponse);
    renderApp(`/customers/${contoso}/subscriptions`);
    await waitFor(() => expect(subscriptionsAnswered).toBe(true));
    server.events.removeListener('response:mocked', onResponse);
    expect(await screen.findByRole('progressbar', { name: 'Subscriptions' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Teams Phone Standard' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Export/ })).toBeDisabled();

    release();
    expect(await card('Teams Phone Standard')).toHaveTextContent('Relies on Office 365 E3');
  });
  it('keeps the coterm notice busy, its button disabled, until the allowed dates arrive', async () => {
    const release = holdGet('*/v1/customers/:customerId/subscriptions/customTermEndDates');
    renderApp(`/customers/${contoso}/subscriptions`);
    const addon = await card('Teams Phone Standard');
    const notice = (await within(addon).findByText('The base subscription ends before this add-on')).closest(
      '[aria-busy]',
    );
    const align = within(addon).getByRole('button', { name: 'Schedule coterm at renewal' });
    expect(notice).toHaveAttribute('aria-busy', 'true');
    expect(align).toBeDisabled();
    release();
    await waitFor(() => expect(notice).toHaveAttribute('aria-busy', 'false'));
    expect(align).toBeEnabled();
  });
  it('flags an add-on that outlives its base and schedules its coterm for the renewal, which can be withdrawn', async () => {
    const { user } = renderApp(`/customers/${contoso}/subscriptions`);
    const addon = await card('Teams Phone Standard');
    expect(
      await within(addon).findByText('The base subscription ends before this add-on'),
    ).toBeInTheDocument();
    const align = within(addon).getByRole('button', { name: 'Schedule coterm at renewal' });
    await waitFor(() => expect(align).toBeEnabled());
    await user.click(align);
    // Coterm applies at renewal: the current term keeps its end, the next one ends with the base.
    await waitFor(async () =>
      expect(await card('Teams Phone Standard')).toHaveTextContent(
        'At renewal: 20 licences, next term ends on 2/29/2028.',
      ),
    );
    expect(await card('Teams Phone Standard')).toHaveTextContent('Term ends 6/14/2027');
    await user.click(
      within(await card('Teams Phone Standard')).getByRole('button', { name: 'Withdraw scheduled change' }),
    );
    await waitFor(async () =>
      expect(await card('Teams Phone Standard')).not.toHaveTextContent('Scheduled change at renewal'),
    );
  });
});
