import { describe, expect, it } from 'vitest';
import { fetchAlongInstall } from './precacheAlong';
import { PRECACHE_FILES } from './serviceWorker/precacheFiles';

// The page's share of a new tablet's install (precacheAlong.ts); that each file then crosses
// the link once is tests/e2e/serviceWorkerInstall.test.ts's.

const ORIGIN = 'https://desk.clinic.example';

/** A service worker container whose messages the test sends, and the files asked for. */
function listening() {
  const container = new EventTarget();
  let started = false;
  const fetched: string[] = [];
  fetchAlongInstall(
    Object.assign(container, {
      startMessages: () => {
        started = true;
      },
    }),
    ORIGIN,
    (url) => {
      fetched.push(url);
      return url.endsWith('.broken.js') ? Promise.reject(new Error('offline')) : Promise.resolve();
    },
  );
  const send = (data: unknown) => container.dispatchEvent(new MessageEvent('message', { data }));
  return { send, fetched, started: () => started };
}

describe('the page fetching beside the installing service worker', () => {
  it('fetches every file the worker lists, once, in its order', () => {
    const page = listening();
    const urls = [`${ORIGIN}/assets/zxing_reader-B.wasm`, `${ORIGIN}/assets/app-A.js`];
    page.send({ type: PRECACHE_FILES, urls });
    expect(page.fetched).toEqual(urls);
  });

  it('takes the worker’s messages from the start, not after the document has loaded', () => {
    expect(listening().started()).toBe(true);
  });

  it('fetches nothing for another message or a list of another shape', () => {
    const page = listening();
    page.send({ type: 'SKIP_WAITING' });
    page.send({ type: PRECACHE_FILES, urls: `${ORIGIN}/assets/app-A.js` });
    page.send({ type: PRECACHE_FILES, urls: [7] });
    page.send('PRECACHE_FILES');
    expect(page.fetched).toEqual([]);
  });

  it('fetches only from its own origin', () => {
    const page = listening();
    page.send({
      type: PRECACHE_FILES,
      urls: ['https://elsewhere.example/x.js', 'http://[not a host', `${ORIGIN}/assets/app-A.js`],
    });
    expect(page.fetched).toEqual([`${ORIGIN}/assets/app-A.js`]);
  });

  it('goes on past a file it could not fetch, leaving it to the worker', async () => {
    const page = listening();
    const urls = [`${ORIGIN}/assets/a.broken.js`, `${ORIGIN}/assets/b.js`];
    page.send({ type: PRECACHE_FILES, urls });
    await Promise.resolve();
    expect(page.fetched).toEqual(urls);
  });
});
