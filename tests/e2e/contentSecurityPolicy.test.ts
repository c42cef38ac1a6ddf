import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';

// The built app under the register's Content-Security-Policy (issue #13): no inline script or
// style may be needed, the service worker must register, and the verifier (with its ZXing
// WebAssembly, 'wasm-unsafe-eval') must load. Chromium reports every blocked load as a
// `securitypolicyviolation` event, which the page records from its first script on; the
// camera test (verifierCamera.test.ts) decodes with the wasm under the same policy. No eval
// either: zod 4 used to probe it once (`try { Function("") } catch { … }`) before parsing
// without its compiled fast paths; it is told up front now (src/ui/zodJitless.ts).

declare global {
  interface Window {
    cspViolations?: {
      directive: string;
      blocked: string;
      file: string;
      line: number;
      column: number;
    }[];
  }
}

describe('the built app under its Content-Security-Policy', () => {
  let register: RunningRegister;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'ru-RU' });
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations?.push({
          directive: event.violatedDirective,
          blocked: event.blockedURI,
          file: event.sourceFile,
          line: event.lineNumber,
          column: event.columnNumber,
        });
      });
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  /** The page's violations, each as "directive blocked at file:line:column". */
  async function violations(): Promise<string[]> {
    const seen = await page.evaluate(() => window.cspViolations ?? []);
    return seen.map(
      (violation) =>
        `${violation.directive} ${violation.blocked} at ${violation.file}:${violation.line}:${violation.column}`,
    );
  }

  it('serves the app with the policy and loads the login screen and its service worker without a violation', async () => {
    const response = await page.goto(register.url);
    expect(response?.headers()['content-security-policy']).toContain(
      "script-src 'self' 'wasm-unsafe-eval'",
    );
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Вход для сотрудников');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    expect(await violations()).toEqual([]);
  });

  it('loads the verifier screen without a violation', async () => {
    await page.goto(`${register.url}/verify`);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
});
