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
  if (existing?.active?.scriptURL === scriptUrl) return existing;
  return navigator.serviceWorker.register(mockServiceWorkerUrl);
}
