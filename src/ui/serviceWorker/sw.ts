import pMap from 'p-map';
import type { PrecacheEntry } from 'workbox-precaching';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PrecacheFilesMessage } from './precacheFiles';
import { PRECACHE_FILES } from './precacheFiles';

// The app's service worker: what vite-plugin-pwa's generated one did (precache the built
// files, answer navigations with index.html, drop old precaches, wait for the person's
// "reload" before taking over), with two changes (issue #14). The install fetches the
// precache PRECACHE_CONCURRENCY files at a time, where Workbox's fetches one after another:
// each fetch is a round trip, and at a satellite link's 600 ms the app's ~50 files kept a new
// tablet from working offline for 32 s after its first load, 14 s at six at a time. Six: as
// many connections as Chromium opens to one host (it lets a worker have three or four
// requests open, so more would not help). Workbox went one at a time for precaches of
// thousands of files (GoogleChrome/workbox#2528); ours is ~50. And it asks the page that
// registered it to fetch the hashed files too, into the browser's HTTP cache, where its own
// requests then find them: a page may have more requests open (src/ui/precacheAlong.ts;
// 10 s, 9 s over HTTP/2: docs/PERFORMANCE.md, "A new tablet's first load over a satellite
// link").
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

/**
 * The hashed files this install will fetch, largest first (the install goes smallest first,
 * so the page and the worker start at opposite ends): those an earlier install cached are
 * taken from there, not fetched.
 */
async function hashedFilesToFetch(): Promise<string[]> {
  const cache = await self.caches.open(precache.strategy.cacheName);
  const hashed = [...precache.getURLsToCacheKeys()].filter(
    ([url]) => cacheModes.get(url) === 'default',
  );
  const cached = await Promise.all(hashed.map(([, cacheKey]) => cache.match(cacheKey)));
  return hashed
    .filter((_, at) => cached[at] === undefined)
    .map(([url]) => url)
    .reverse();
}

/** Asks one window of the app, the focused one if any, to fetch those files as well. */
async function askPageToFetch(): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const page = windows.find((window) => window.focused) ?? windows[0];
  if (page === undefined) return;
  const urls = await hashedFilesToFetch();
  if (urls.length === 0) return;
  const message: PrecacheFilesMessage = { type: PRECACHE_FILES, urls };
  page.postMessage(message);
}

self.addEventListener('install', (event) => {
  // Help only: the install below fetches and saves every file whatever the page does.
  event.waitUntil(askPageToFetch().catch(() => undefined));
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
