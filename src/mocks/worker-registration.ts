/** Where MSW's service worker script is served; the entry registers it before the mock's chunk loads. */
export const mockServiceWorkerUrl = `${import.meta.env.BASE_URL}mockServiceWorker.js`;

/**
 * The registration the mock starts on. A first visit registers the worker. A returning visit takes
 * the one already there, because registering an existing worker resolves only when the browser has
 * re-fetched its script to look for a newer one: on the first reload or new tab after an install
 * that took 2–3 s here (every later one: a few ms), and every API call waited for it. MSW still asks
 * for that check, without waiting, so a newer script still reaches returning visitors.
 */
export async function registerMockWorker(): Promise<ServiceWorkerRegistration> {
  const existing = await navigator.serviceWorker.getRegistration();
  const scriptUrl = new URL(mockServiceWorkerUrl, window.location.href).href;
  // Only a settled case takes the short way: this page already under our active worker, and no
  // newer one installing. A hard reload (page uncontrolled) or a newer worker on its way (a deploy)
  // waits for the browser's job, so the mock starts on the worker that will keep the page. A newer
  // worker that turns up later, at any time, is followed by newer-worker.ts.
  const settled =
    existing?.active?.scriptURL === scriptUrl &&
    navigator.serviceWorker.controller?.scriptURL === scriptUrl &&
    !existing.installing &&
    !existing.waiting;
  if (settled) return existing;
  return navigator.serviceWorker.register(mockServiceWorkerUrl);
}
