import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';

// «Приложение сохранено на устройстве…» sits at the foot of the screen until dismissed. On a
// phone it is a fifth of the screen's height, and the page's last button used to lie under it:
// a guard could not reach «Выйти», an admin could not tap «Зарегистрировать планшет» without
// closing the notice first, and on the person form the action bar hid the notice's own button.
// The page now keeps room below its end for both, and the notice sits above the bar.
describe('a notice at the foot of a phone’s screen', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const account = (role: 'verifier' | 'admin') => {
    const found = DEMO_STAFF.find((staff) => staff.role === role);
    if (found === undefined) throw new Error(`the demo seed has no ${role}`);
    return found;
  };

  /** The page scrolled to its end, as far as a thumb can take it. */
  async function scrolledToEnd(): Promise<void> {
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
  }

  /** Whether a tap at the button's middle lands on the button, not on what covers it. */
  async function reachable(button: Locator): Promise<boolean> {
    return button.evaluate((node) => {
      const box = node.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return hit !== null && node.contains(hit);
    });
  }

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    page = await context.newPage();
    await page.goto(register.url);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('leaves the signed-in card’s last button within reach', async () => {
    await new StaffHome(page).signIn(account('verifier'));
    await page.getByTestId('offline-ready').waitFor();
    await scrolledToEnd();
    expect(await reachable(page.getByRole('button', { name: 'Выйти' }))).toBe(true);
    await page.getByRole('button', { name: 'Выйти' }).click();
  });

  it('leaves the tablet’s enrolment within reach', async () => {
    await new StaffHome(page).signIn(account('admin'));
    await page.getByLabel('Название планшета').fill('Телефон администратора');
    await scrolledToEnd();
    const enrol = page.getByRole('button', { name: 'Зарегистрировать планшет' });
    expect(await reachable(enrol)).toBe(true);
    await enrol.click();
    await page.getByTestId('tablet-enrolled').waitFor();
  });

  it('sits above a form’s action bar, both within reach, and gives the room back once dismissed', async () => {
    const home = new StaffHome(page);
    await home.savedForOffline();
    await home.openDesk();
    await new Desk(page).openNewPersonForm();
    const notice = page.getByTestId('offline-ready');
    const dismiss = notice.getByRole('button', { name: 'Понятно' });
    const register = page.getByRole('button', { name: 'Зарегистрировать', exact: true });
    await scrolledToEnd();
    expect(await reachable(dismiss)).toBe(true);
    expect(await reachable(register)).toBe(true);
    // The form's last field is above both, not under them.
    const lastField = page.locator('main input, main select, main textarea').last();
    expect(await reachable(lastField)).toBe(true);

    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const withNotice = await height();
    await dismiss.click();
    await expect.poll(height).toBeLessThan(withNotice);
  });
});
