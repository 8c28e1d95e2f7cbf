import { configure, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setNow } from '@/lib/clock';
import { setFaults } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';

configure({ asyncUtilTimeout: 60_000 });
beforeEach(() => setNow('2026-12-02T12:00:00Z'));
afterEach(() => setNow(undefined));

/** The scan's requests for customers' subscriptions, in flight and answered, as the mock saw them. */
function watchSubscriptionRequests() {
  const state = { inFlight: 0, peak: 0, throttled: 0, ok: 0 };
  const isList = (request: Request) =>
    /\/v1\/customers\/[^/]+\/subscriptions$/.test(new URL(request.url).pathname);
  const onStart = ({ request }: { request: Request }) => {
    if (!isList(request)) return;
    state.inFlight += 1;
    state.peak = Math.max(state.peak, state.inFlight);
  };
  const onEnd = ({ request, response }: { request: Request; response: Response }) => {
    if (!isList(request)) return;
    state.inFlight -= 1;
    if (response.status === 429) state.throttled += 1;
    else if (response.ok) state.ok += 1;
  };
  server.events.on('request:start', onStart);
  server.events.on('response:mocked', onEnd);
  return {
    state,
    stop: () => {
      server.events.removeListener('request:start', onStart);
      server.events.removeListener('response:mocked', onEnd);
    },
  };
}

describe('renewals scan under throttling', { timeout: 180_000 }, () => {
  it('pauses on 429 and says so, resumes by itself and reads every customer', async () => {
    setFaults({ throttling: true, retryAfterSeconds: 1 });
    const watch = watchSubscriptionRequests();
    try {
      renderApp('/renewals?days=90');
      // The countdown starts from the Retry-After (1 s), not from when the page was first drawn.
      expect(
        await screen.findByText(/^Partner Center asked us to slow down: paused, resuming in 1 second\.$/),
      ).toBeInTheDocument();
      // Nobody clicks anything: the scan carries on by itself to the end.
      const done = await screen.findByText(/^Scanned (\d+) customers\.$/, {}, { timeout: 150_000 });
      const customers = Number(/\d+/.exec(done.textContent ?? '')?.[0]);
      expect(customers).toBeGreaterThan(0);
      await waitFor(() => expect(screen.queryByText(/asked us to slow down/)).not.toBeInTheDocument());
      expect(screen.queryByText(/could not be read/i)).not.toBeInTheDocument();
      // Every customer was throttled once and read once the wait was over; never more than the limit at once.
      expect(watch.state.throttled).toBeGreaterThan(0);
      expect(watch.state.ok).toBe(customers);
      expect(watch.state.peak).toBeLessThanOrEqual(6);
      expect(screen.getByRole('table', { name: 'Upcoming renewals' })).toBeInTheDocument();
      expect(screen.getByText(/^[1-9]\d* subscriptions?$/)).toBeInTheDocument();
    } finally {
      watch.stop();
    }
  });
});
