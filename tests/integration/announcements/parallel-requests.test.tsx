import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { november2020 } from '@/mocks/data/announcements';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';

const requested: string[] = [];
const record = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  requested.push(`${url.pathname}${url.search}`);
};
afterEach(() => {
  server.events.removeListener('request:start', record);
  requested.length = 0;
});

/** Holds the months list until released; then it falls through to the mock's own handler. */
function holdMonths() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get('*/v1/announcements/months', async () => {
      await held;
    }),
  );
  return release;
}

const listRequests = () => requested.filter((url) => url.startsWith('/v1/announcements?'));

// The feed's entries must not wait for the months list: on a first visit each is a round trip.
describe('the announcements page on a direct visit', () => {
  it('asks for the newest month’s entries while the months are still on their way, and asks once', async () => {
    const release = holdMonths();
    server.events.on('request:start', record);
    const { router } = renderApp('/announcements');
    await waitFor(() => expect(listRequests()).toEqual(['/v1/announcements?newestMonth=true&locale=en-US']));
    expect(requested).toContain('/v1/announcements/months');

    release();
    await waitFor(() => expect(router.state.location.pathname).toBe('/announcements/2020-11'));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(november2020.length));
    const first = [...november2020].sort((a, b) => b.date.localeCompare(a.date))[0]!;
    expect(within(screen.getAllByRole('article')[0]!).getByRole('heading', { level: 2 })).toHaveTextContent(
      first.title.en,
    );
    // The month's feed found the entries already there.
    expect(listRequests()).toHaveLength(1);
  });

  it('asks for a linked month’s entries while the months are still on their way', async () => {
    const release = holdMonths();
    server.events.on('request:start', record);
    renderApp('/announcements/2020-10');
    await waitFor(() =>
      expect(listRequests()).toEqual(['/v1/announcements?year=2020&month=10&locale=en-US']),
    );
    release();
    expect(await screen.findAllByRole('article')).not.toHaveLength(0);
    expect(listRequests()).toHaveLength(1);
  });

  it('opens the newest month from the months alone when asking for its entries fails, without waiting out the retries', async () => {
    let attempts = 0;
    server.use(
      http.get('*/v1/announcements', async ({ request }) => {
        if (new URL(request.url).searchParams.get('newestMonth') !== 'true') return undefined;
        attempts += 1;
        // The first answer fails; a retry would never be answered.
        if (attempts > 1) await delay('infinite');
        return HttpResponse.json(
          { code: 500, description: 'An unexpected error occurred in the service.' },
          { status: 500 },
        );
      }),
    );
    const { router } = renderApp('/announcements');
    await waitFor(() => expect(router.state.location.pathname).toBe('/announcements/2020-11'));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(november2020.length));
  });
});
