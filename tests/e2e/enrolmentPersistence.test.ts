import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { StaffHome } from './pages/StaffHome';

// Enrolment asks the browser to keep the tablet's data (navigator.storage.persist), whose
// answer is the browser's own heuristic, given when it is given. The tablet shows as enrolled
// without waiting for it; the answer is told once it comes. Here the browser's answer is held
// until the test gives it.
const HELD_PERSIST = `(() => {
  // Not on the blank page a tab starts with, which is no secure context.
  if (navigator.storage === undefined) return;
  let answer = () => undefined;
  const asked = new Promise((resolve) => { answer = resolve; });
  window.__answerPersist = (granted) => answer(granted);
  Object.defineProperty(navigator.storage, 'persist', { value: () => asked });
})();`;

describe('enrolling a tablet', () => {
  let register: RunningRegister;
  let browser: Browser;
  let page: Page;
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'ru-RU' });
    await context.addInitScript({ content: HELD_PERSIST });
    page = await context.newPage();
    await page.goto(register.url);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('shows the tablet enrolled before the browser says whether it keeps the data, then says it', async () => {
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Окно 4');
    const kept = page.getByText('Браузер обещал не удалять данные планшета.');
    expect(await kept.count()).toBe(0);
    await page.evaluate('window.__answerPersist(true)');
    await kept.waitFor();
  });
});
