import { z } from 'zod/mini';
import type { PrecacheFilesMessage } from './serviceWorker/precacheFiles';
import { PRECACHE_FILES } from './serviceWorker/precacheFiles';

// The page fetches the app's files beside the installing service worker (issue #14). Chromium
// lets a worker have only three or four requests open at once, where a page has six per host
// over HTTP/1.1 and all it asks for over HTTP/2: on a satellite link (600 ms round trips) the
// worker alone saved the app for offline 14–16 s after a new tablet's first load, with the
// page's help 9–12 s (docs/PERFORMANCE.md, "A new tablet's first load over a satellite link").
//
// The page only fills the browser's HTTP cache. The worker still fetches and checks every file
// itself, and a hashed file (served `immutable`) is then answered from that cache, or, while
// the page's request for it is still under way, waits for it: each file crosses the link once
// (tests/e2e/serviceWorkerInstall.test.ts counts them). The worker lists only such files
// (files with a revision bypass the HTTP cache), and only to one page.

/** The worker's message (precacheFiles.ts), checked: the type names what the worker sends. */
const messageSchema: z.ZodMiniType<PrecacheFilesMessage> = z.object({
  type: z.literal(PRECACHE_FILES),
  urls: z.array(z.string()),
});

/** Fetches one file into the HTTP cache; the body is read to its end, so that it is kept. */
export type FileFetch = (url: string) => Promise<void>;

/** The browser's fetch, behind the page's own requests, body read and dropped. */
export const fetchIntoHttpCache: FileFetch = (url) =>
  fetch(url, { credentials: 'same-origin', priority: 'low' })
    .then((response) => response.arrayBuffer())
    .then(() => undefined);

function isOf(origin: string, url: string): boolean {
  try {
    return new URL(url, origin).origin === origin;
  } catch {
    return false;
  }
}

/**
 * From now on, fetches the files an installing worker of this origin lists. Called before
 * the worker is registered: messages that came before a listener would be lost. A file that
 * cannot be fetched is left to the worker, which reports what it could not save.
 */
export function fetchAlongInstall(
  container: Pick<ServiceWorkerContainer, 'addEventListener' | 'startMessages'>,
  origin: string,
  fetchFile: FileFetch = fetchIntoHttpCache,
): void {
  container.addEventListener('message', (event: MessageEvent) => {
    const message = messageSchema.safeParse(event.data);
    if (!message.success) return;
    for (const url of message.data.urls) {
      if (!isOf(origin, url)) continue;
      fetchFile(url).catch(() => undefined);
    }
  });
  container.startMessages();
}
