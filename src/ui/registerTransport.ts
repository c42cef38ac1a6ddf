import { createFetchTransport } from '../sync/transport';

// The register serves this app, so it lives at the page's own origin (in dev, Vite proxies
// /api to it).
export const registerTransport = createFetchTransport({
  baseUrl: window.location.origin,
  isOnline: () => navigator.onLine,
});
