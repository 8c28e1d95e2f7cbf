import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdApiCallsUntil, sendWhenReady } from '@/lib/api-ready';
import { followNewerWorkers, newerWorkerHoldMs } from '@/mocks/newer-worker';

/** Stand-ins for the browser's objects: only their events and the fields the module reads. */
function fakeWorker() {
  const worker = Object.assign(new EventTarget(), { state: 'installing' as ServiceWorkerState });
  const moveTo = (state: ServiceWorkerState) => {
    worker.state = state;
    worker.dispatchEvent(new Event('statechange'));
  };
  return { worker: worker as unknown as ServiceWorker, moveTo };
}

function setUp({ waiting }: { waiting?: ServiceWorker } = {}) {
  const container = new EventTarget() as unknown as ServiceWorkerContainer;
  const registration = Object.assign(new EventTarget(), {
    installing: null as ServiceWorker | null,
    waiting: waiting ?? null,
  });
  let finishRestart = () => {};
  const restart = vi.fn(() => new Promise<void>((resolve) => (finishRestart = resolve)));
  followNewerWorkers({
    container,
    registration: registration as unknown as ServiceWorkerRegistration,
    started: Promise.resolve(),
    restart,
  });
  return {
    restart,
    finishRestart: () => finishRestart(),
    newerWorkerFound: (worker: ServiceWorker) => {
      registration.installing = worker;
      registration.dispatchEvent(new Event('updatefound'));
    },
    takeOver: () => container.dispatchEvent(new Event('controllerchange')),
  };
}

/** Sends a call and reports, after the promises due have run, whether it went out. */
async function callGoesOut(): Promise<() => boolean> {
  let sent = false;
  void sendWhenReady(() => {
    sent = true;
    return Promise.resolve(new Response());
  });
  await vi.advanceTimersByTimeAsync(0);
  return () => sent;
}

describe('following a newer mock worker', () => {
  afterEach(() => {
    holdApiCallsUntil(Promise.resolve());
    vi.useRealTimers();
  });

  it('holds calls from the moment a newer worker is found until MSW has restarted on it', async () => {
    vi.useFakeTimers();
    const page = setUp();
    const { worker } = fakeWorker();
    page.newerWorkerFound(worker);
    const sent = await callGoesOut();
    expect(sent()).toBe(false);

    page.takeOver();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.restart).toHaveBeenCalledTimes(1);
    expect(sent()).toBe(false);

    page.finishRestart();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent()).toBe(true);
  });

  it('lets held calls go to the old worker when the newer one fails to install', async () => {
    vi.useFakeTimers();
    const page = setUp();
    const { worker, moveTo } = fakeWorker();
    page.newerWorkerFound(worker);
    const sent = await callGoesOut();
    expect(sent()).toBe(false);
    moveTo('redundant');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent()).toBe(true);
    expect(page.restart).not.toHaveBeenCalled();
  });

  it('holds calls for a worker already waiting at start, but not for longer than the limit', async () => {
    vi.useFakeTimers();
    const { worker, moveTo } = fakeWorker();
    moveTo('installed');
    const page = setUp({ waiting: worker });
    const sent = await callGoesOut();
    await vi.advanceTimersByTimeAsync(newerWorkerHoldMs - 1);
    expect(sent()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent()).toBe(true);
    expect(page.restart).not.toHaveBeenCalled();
  });

  it('restarts MSW on every takeover, one after the other', async () => {
    vi.useFakeTimers();
    const page = setUp();
    page.takeOver();
    page.takeOver();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.restart).toHaveBeenCalledTimes(1);
    page.finishRestart();
    await vi.advanceTimersByTimeAsync(0);
    expect(page.restart).toHaveBeenCalledTimes(2);
    page.finishRestart();
    const sent = await callGoesOut();
    expect(sent()).toBe(true);
  });
});
