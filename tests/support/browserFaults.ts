import type { Browser, BrowserContext } from 'playwright-core';

// What went wrong inside the app during a browser test, though the test's own checks passed:
// an exception nothing caught, or a line the app logged with console.error (it does so where
// a read or a request failed that a screen could only report, e.g. "A desk query failed").
// Every context the tests' browser opens is watched (browser.ts), and the browser tests fail
// a test that leaves any (tests/e2e/browserFaults.setup.ts). A test that provokes one on
// purpose takes it with `takeBrowserFaults()` and checks it.
//
//   {kind: "console.error", text: "A desk query failed DexieError", url: "http://127.0.0.1:41473/assets/shared-….js"}
//
// Not faults: the lines Chromium writes itself for a request that failed ("Failed to load
// resource: net::ERR_INTERNET_DISCONNECTED"), which the offline and refusal tests cause, and
// warnings. A fault reported after its test ended is counted against the next one.

export type BrowserFault = {
  readonly kind: 'uncaught' | 'console.error';
  readonly text: string;
  readonly url: string;
};

const faults: BrowserFault[] = [];

const BROWSER_NETWORK_LINE = /^Failed to load resource: /;

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
    if (message.type() !== 'error' || BROWSER_NETWORK_LINE.test(message.text())) return;
    faults.push({ kind: 'console.error', text: message.text(), url: message.location().url });
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
