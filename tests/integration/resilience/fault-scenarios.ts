import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { setFaults } from '@/mocks/faults';
import { server } from '@/mocks/node';
import { renderApp } from '../../setup/render-app';

export interface FaultPage {
  url: string;
  /** The accessible name of the page's loading skeleton. */
  loading: string;
  /** Resolves once the page shows its real content. */
  ready: () => Promise<unknown>;
  /** Whether the page calls an endpoint Partner Center throttles (then the 429 must be seen). */
  throttled: boolean;
}

/** Counts the 429s the mock answered during a test. */
function count429s() {
  let seen = 0;
  const listener = ({ response }: { response: Response }) => {
    if (response.status === 429) seen += 1;
  };
  beforeEach(() => {
    seen = 0;
    server.events.on('response:mocked', listener);
  });
  afterEach(() => {
    server.events.removeListener('response:mocked', listener);
  });
  return () => seen;
}

async function retryFromTheErrorState(message: RegExp, page: FaultPage) {
  const main = await screen.findByRole('main');
  const alert = await within(main).findByRole('alert', {}, { timeout: 15_000 });
  expect(alert).toHaveTextContent(message);
  setFaults({ serverErrors: false, networkFailure: false });
  await renderedUser().click(within(alert).getByRole('button', { name: 'Try again' }));
  await page.ready();
}

let current: ReturnType<typeof renderApp> | undefined;
const renderedUser = () => {
  if (!current) throw new Error('render first');
  return current.user;
};

/**
 * The four fault scenarios of the mock on one page: a skeleton while slow, a useful error with a
 * working retry for 500 and a dead network, and a throttled page that waits out Retry-After and
 * recovers by itself.
 */
export function faultScenarios(page: FaultPage) {
  const seen429 = count429s();

  it('3 s latency: a skeleton, then the page', async () => {
    setFaults({ extraLatencyMs: 3000 });
    current = renderApp(page.url);
    // The first render of a file also waits for the page's chunk to be transformed: be patient.
    expect(
      await screen.findByRole('progressbar', { name: page.loading }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    await page.ready();
    expect(screen.queryByRole('progressbar', { name: page.loading })).not.toBeInTheDocument();
  });

  it('500: the service’s message with a retry that works once the service is back', async () => {
    setFaults({ serverErrors: true });
    current = renderApp(page.url);
    await retryFromTheErrorState(/.+/, page);
  });

  it('network down: says the service cannot be reached, and the retry recovers', async () => {
    setFaults({ networkFailure: true });
    current = renderApp(page.url);
    await retryFromTheErrorState(/The service could not be reached/, page);
  });

  it('429 with Retry-After: waits it out and recovers by itself', async () => {
    setFaults({ throttling: true, retryAfterSeconds: 1 });
    current = renderApp(page.url);
    if (page.throttled) {
      // The wait is said while it lasts, not only a skeleton.
      expect(
        await screen.findByText(/too many requests: trying again in 1 second\./, {}, { timeout: 15_000 }),
      ).toBeInTheDocument();
    }
    await page.ready();
    await waitFor(() =>
      expect(screen.queryByText(/too many requests: trying again/)).not.toBeInTheDocument(),
    );
    // No error was shown on the way: the wait is the client's job.
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    if (page.throttled) await waitFor(() => expect(seen429()).toBeGreaterThan(0));
    else expect(seen429()).toBe(0);
  });
}

export { renderedUser };
