import { fail } from '../core/result';
import type { Transport } from '../sync/transport';

// The register serves this app, so it lives at the page's own origin (in dev, Vite proxies
// /api to it). The fetch transport (with fflate, for gzip request bodies) is a chunk of its
// own, fetched on the first request instead of with the app's first chunk (issue #14): the
// desk's first screen sends nothing. The service worker precaches it, so an offline tablet
// loads it too; should it still be missing, the request fails as a network failure would.
let loaded: Promise<Transport> | undefined;

function fetchTransport(): Promise<Transport> {
  loaded ??= import('../sync/transport').then((m) =>
    m.createFetchTransport({
      baseUrl: window.location.origin,
      isOnline: () => navigator.onLine,
    }),
  );
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

export const registerTransport: Transport = async (request) => {
  let transport: Transport;
  try {
    transport = await fetchTransport();
  } catch (error) {
    return fail(navigator.onLine ? 'network' : 'offline', String(error));
  }
  return transport(request);
};
