import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { E2E_DIST } from '../support/appDist';

// The promise of a PWA at a desk with no network: after one online visit, the app opens
// again with the network gone, deep links included.
describe('the app shell', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU' });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('shows the Russian login screen on first visit', async () => {
    await page.goto(register.url);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Вход для сотрудников');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  });

  it('has no accessibility violations on the login screen', async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('reloads with no network and still shows the app', async () => {
    await context.setOffline(true);
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Вход для сотрудников');
    expect(await page.getByTestId('network-state').getAttribute('data-online')).toBe('false');
  });

  it('opens a deep link with no network through the navigation fallback', async () => {
    await page.goto(`${register.url}/desk/today?from=offline`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Вход для сотрудников');
    await context.setOffline(false);
  });

  it('opens with the register itself gone, not only the browser offline', async () => {
    await register.stop();
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Вход для сотрудников');
  });
});
