import type { Browser, BrowserContext } from 'playwright-core';

// What went wrong inside the app during a browser test, though the test's own checks passed:
// an exception nothing caught, or a line the app logged with console.error or console.warn
// (it does so where a read or a request failed that a screen could only report, e.g. "A desk
// query failed"; Dexie warns when the database's delete was blocked by an open transaction).
// Every context the tests' browser opens is watched (browser.ts), and the browser tests fail
// a test that leaves any (tests/e2e/browserFaults.setup.ts). A test that provokes one on
// purpose takes it with `takeBrowserFaults()` and checks it.
//
//   {kind: "console.error", text: "A desk query failed DexieError", url: "http://127.0.0.1:41473/assets/shared-….js"}
//
// Not faults: the lines Chromium writes itself for a request that failed ("Failed to load
// resource: net::ERR_INTERNET_DISCONNECTED"), which the offline and refusal tests cause, and
// Playwright's own warning where a test's context blocks service workers. A fault reported
// after its test ended is counted against the next one.

export type BrowserFault = {
  readonly kind: 'uncaught' | 'console.error' | 'console.warn';
  readonly text: string;
  readonly url: string;
};

const faults: BrowserFault[] = [];

const NOT_THE_APP = [
  /^Failed to load resource: /,
  /^Service Worker registration blocked by Playwright/,
];

function watch(context: BrowserContext): void {
  context.on('weberror', (webError) => {
    const error = webError.error();
    faults.push({
      kind: 'uncaught',
      text: error.stack ?? `${error.name}: ${error.message}`,
      url: webError.page()?.url() ?? '',
    });
  });
  context.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const text = message.text();
    if (NOT_THE_APP.some((line) => line.test(text))) return;
    const kind = type === 'error' ? 'console.error' : 'console.warn';
    faults.push({ kind, text, url: message.location().url });
  });
}

/** Watches every context the browser opens from now on (browser.newPage opens one too). */
export function watchBrowserFaults(browser: Browser): Browser {
  const open = browser.newContext.bind(browser);
  browser.newContext = async (...options) => {
    const context = await open(...options);
    watch(context);
    return context;
  };
  return browser;
}

/** The faults seen since the last call, which forgets them. */
export function takeBrowserFaults(): BrowserFault[] {
  return faults.splice(0);
}
