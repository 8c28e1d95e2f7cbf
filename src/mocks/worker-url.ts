/** Where MSW's service worker script is served; the entry registers it before the mock's chunk loads. */
export const mockServiceWorkerUrl = `${import.meta.env.BASE_URL}mockServiceWorker.js`;
