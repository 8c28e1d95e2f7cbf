import { act, screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { getDb } from '@/mocks/db/database';
import { setFaults } from '@/mocks/faults';
import { renderApp } from '../../setup/render-app';

function cardOf(heading: string) {
  return screen.getByRole('heading', { name: heading }).closest('.fui-Card') as HTMLElement;
}

async function figureOf(heading: string) {
  await screen.findByRole('heading', { name: heading });
  return (await within(cardOf(heading)).findByText(/^\d[\d,]*$/)).textContent;
}

type Label = (url: URL) => boolean;

/** Records `start <path>` and `end <path>` for the requests `label` picks, in the order they happen. */
async function recordRequests(picked: Label) {
  const { server } = await import('@/mocks/node');
  const events: string[] = [];
  const record =
    (kind: string) =>
    ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (picked(url)) events.push(`${kind} ${url.pathname}?size=${url.searchParams.get('size')}`);
    };
  const onStart = record('start');
  const onEnd = record('end');
  server.events.on('request:start', onStart);
  server.events.on('response:mocked', onEnd);
  onTestFinished(() => {
    server.events.removeListener('request:start', onStart);
    server.events.removeListener('response:mocked', onEnd);
  });
  return events;
}

describe('home figures', () => {
  it('shows the counts, asked for together rather than one after the other', async () => {
    const events = await recordRequests((url) => url.searchParams.get('size') === '1');
    // Slow answers: one after the other would show as start, end, start, end.
    setFaults({ extraLatencyMs: 400 });

    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Users in your organization' })).toBeInTheDocument();
    expect(await figureOf('Customers')).toBe(String(getDb().customers.length));
    expect(await figureOf('Users in your organization')).toBe(String(getDb().partnerUsers.length));
    expect(await figureOf('Customers missing screening info')).toMatch(/^\d+$/);

    const starts = events.filter((event) => event.startsWith('start'));
    expect(starts).toHaveLength(3);
    const firstEnd = events.findIndex((event) => event.startsWith('end'));
    expect(firstEnd).toBe(3);
  });

  it('fills in each figure when its own answer arrives: a count that never answers holds back no other', async () => {
    const { server } = await import('@/mocks/node');
    server.use(
      http.get('*/v1/users', async ({ request }) => {
        if (new URL(request.url).searchParams.get('size') !== '1') return undefined;
        await delay('infinite');
        return undefined;
      }),
    );

    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Users in your organization' })).toBeInTheDocument();
    expect(await figureOf('Customers')).toBe(String(getDb().customers.length));
    expect(await figureOf('Customers missing screening info')).toMatch(/^\d+$/);
    const usersCard = cardOf('Users in your organization');
    expect(within(usersCard).getByLabelText('Loading…')).toBeInTheDocument();
    expect(within(usersCard).queryByText(/^\d[\d,]*$/)).not.toBeInTheDocument();
    expect(within(usersCard).getByRole('link', { name: 'Manage users' })).toBeInTheDocument();
  });

  it('starts the renewals scan, a thousand requests of background work, once the figures have answered', async () => {
    const sizes = ['1', '500'];
    const events = await recordRequests((url) => sizes.includes(url.searchParams.get('size') ?? ''));
    setFaults({ extraLatencyMs: 300 });

    renderApp('/');
    await figureOf('Customers missing screening info');
    await waitFor(() => expect(events).toContain('start /v1/customers?size=500'));
    const scanStart = events.indexOf('start /v1/customers?size=500');
    const lastCountEnd = events.findLastIndex((event) => event.startsWith('end') && event.endsWith('size=1'));
    expect(events.filter((event) => event.startsWith('end') && event.endsWith('size=1'))).toHaveLength(3);
    expect(lastCountEnd).toBeLessThan(scanStart);
  });

  it('asks for the latest announcements, which every role may read, before the signed-in role is known', async () => {
    const { server } = await import('@/mocks/node');
    server.use(
      http.get('*/v1/me', async () => {
        await delay('infinite');
        return undefined;
      }),
    );
    const events = await recordRequests((url) => url.pathname === '/v1/announcements');

    renderApp('/');
    await waitFor(() => expect(events).toContain('end /v1/announcements?size=3'));
    expect(screen.queryByRole('heading', { name: 'Latest announcements' })).not.toBeInTheDocument();
  });

  it('a failed refresh keeps the figure; a count that cannot be had shows the page error, whose retry recovers', async () => {
    const { user, queryClient } = renderApp('/');
    const customers = String(getDb().customers.length);
    expect(await figureOf('Customers')).toBe(customers);
    setFaults({ serverErrors: true });

    await act(() => queryClient.invalidateQueries({ queryKey: ['home'] }));
    await waitFor(() => expect(queryClient.getQueryState(['home', 'customer-count'])?.status).toBe('error'));
    expect(await figureOf('Customers')).toBe(customers);
    expect(screen.queryByRole('heading', { name: 'This page could not be shown' })).not.toBeInTheDocument();

    await act(() => queryClient.resetQueries({ queryKey: ['home'] }));
    expect(await screen.findByRole('heading', { name: 'This page could not be shown' })).toBeInTheDocument();
    setFaults({ serverErrors: false });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await figureOf('Customers')).toBe(customers);
  });
});
