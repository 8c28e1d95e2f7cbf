import { holdApiCallsWhile } from '@/lib/api-ready';

/** How long calls wait for a newer worker that does not take over. */
export const newerWorkerHoldMs = 3_000;

/**
 * A newer worker script (a deploy, or the update check MSW asks for on start) installs, skips
 * waiting and takes this page over. It was never told that this page mocks, so it passes every call
 * through to the real host, and MSW only listens to the worker it started with. A CI run caught a
 * page whose calls all escaped this way. So:
 * - When the page changes hands, new calls are held, the calls already sent are answered by the
 *   old worker, and MSW is started again on the new one (`restart`).
 * - The browser switches the page a moment before the page hears of it, and a call made in that
 *   moment escaped too (2 of 12 loaded runs). So calls are held from the moment a newer worker is
 *   found (0 of 32). That also lets the switch come at once: it waits until the old worker owes
 *   no answers.
 * - That hold lasts at most `newerWorkerHoldMs`. The old worker may owe answers to a page that has
 *   since been reloaded, and then the newer one waits for minutes; the old one goes on serving.
 */
export function followNewerWorkers({
  container,
  registration,
  started,
  restart,
}: {
  container: ServiceWorkerContainer;
  registration: ServiceWorkerRegistration;
  started: Promise<unknown>;
  restart: () => Promise<unknown>;
}): void {
  let switching = started;
  const holdWhileTakingOver = (newer: ServiceWorker) => {
    // Listened to at once: the hold itself starts only when the calls in flight are answered.
    const takenOverOrDropped = new Promise<void>((resolve) => {
      newer.addEventListener('statechange', () => {
        if (newer.state === 'redundant') resolve();
      });
      container.addEventListener('controllerchange', () => resolve(), { once: true });
      setTimeout(resolve, newerWorkerHoldMs);
    });
    holdApiCallsWhile(() => takenOverOrDropped);
  };
  const alreadyNewer = registration.installing ?? registration.waiting;
  if (alreadyNewer) holdWhileTakingOver(alreadyNewer);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) holdWhileTakingOver(registration.installing);
  });
  container.addEventListener('controllerchange', () => {
    holdApiCallsWhile(async () => {
      switching = switching.catch(() => {}).then(restart);
      await switching;
    });
  });
}
