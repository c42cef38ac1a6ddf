import pMap from 'p-map';
import type { PrecacheEntry } from 'workbox-precaching';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

// The app's service worker: what vite-plugin-pwa's generated one did (precache the built
// files, answer navigations with index.html, drop old precaches, wait for the person's
// "reload" before taking over), with one change (issue #14): the install fetches the
// precache PRECACHE_CONCURRENCY files at a time, where Workbox's fetches one after another.
// Each fetch is a round trip: at a satellite link's 600 ms, the app's ~50 files kept a new
// tablet from working offline for 32 s after its first load, 14 s now (docs/PERFORMANCE.md,
// "A new tablet's first load over a satellite link"). Six: as many connections as Chromium
// opens to one host (it lets a worker have three or four requests open, so more would not
// help). Workbox went one at a time for precaches of thousands of files
// (GoogleChrome/workbox#2528); ours is ~50.
//
// The precache list is written into the built file by vite-plugin-pwa (injectManifest),
// smallest first (vite.config.ts), so the screens' chunks are cached before the camera's
// decoder:
//
//   self.__WB_MANIFEST  →  [{url: "assets/app-Bn_1lc4g.js", revision: null}, …,
//                           {url: "index.html", revision: "1f0c…"}]

declare const self: ServiceWorkerGlobalScope & {
  readonly __WB_MANIFEST: readonly (PrecacheEntry | string)[];
};

const PRECACHE_CONCURRENCY = 6;

const manifest = self.__WB_MANIFEST;
const precache = new PrecacheController();
precache.addToCacheList([...manifest]);

/** As Workbox asks: a file with a revision bypasses the HTTP cache, a hashed one may use it. */
function cacheModeOf(entry: PrecacheEntry | string): RequestCache {
  return typeof entry !== 'string' && entry.revision ? 'reload' : 'default';
}

const cacheModes = new Map(
  manifest.map((entry) => [
    new URL(typeof entry === 'string' ? entry : entry.url, self.location.href).href,
    cacheModeOf(entry),
  ]),
);

self.addEventListener('install', (event) => {
  event.waitUntil(
    pMap(
      precache.getURLsToCacheKeys(),
      async ([url, cacheKey]) => {
        const integrity = precache.getIntegrityForCacheKey(cacheKey);
        const request = new Request(url, {
          ...(integrity === undefined ? {} : { integrity }),
          cache: cacheModes.get(url) ?? 'default',
          credentials: 'same-origin',
        });
        // An entry cached by an earlier install is taken from there, not fetched again.
        await Promise.all(precache.strategy.handleAll({ params: { cacheKey }, request, event }));
      },
      { concurrency: PRECACHE_CONCURRENCY },
    ),
  );
});

self.addEventListener('activate', (event) => {
  // Removes what the previous version precached and this one does not.
  void precache.activate(event);
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  // registerType 'prompt' (vite.config.ts): the new version takes over when the person
  // reloads from the update prompt (UpdatePrompt.tsx), never on its own.
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

registerRoute(new PrecacheRoute(precache));
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(precache.createHandlerBoundToURL('/index.html'), {
    // The API and the trust documents are data, never the app shell.
    denylist: [/^\/api\//, /^\/\.well-known\//],
  }),
);
