import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';
import { E2E_DIST } from '../support/appDist';

// A record made offline says "pending" on the tablet, holds the sign-out back, reaches the
// register when the network returns, and then says "synced" — the truth, never before.
describe('a record made offline', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let personCardUrl = '';
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU' });
    page = await context.newPage();
    await page.goto(register.url);
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Процедурный кабинет');
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  async function personRowsAtRegister(): Promise<number> {
    const rows = await register.db.kysely
      .selectFrom('clinic_record')
      .select('id')
      .where('kind', '=', 'person')
      .execute();
    return rows.length;
  }

  it('shows pending while offline and the register has nothing', async () => {
    await context.setOffline(true);
    await new StaffHome(page).openDesk();
    await new Desk(page).registerPerson({
      surname: 'Хабибуллина',
      givenName: 'Дарья',
      patronymic: 'Олеговна',
      birthDate: '14.03.1985',
      sex: 'Женский',
      document: '30 05 123456',
    });
    await expect
      .poll(() => page.locator('.sync-badge').first().textContent())
      .toBe('ожидает отправки');
    // The header's count follows within its gap (storage/syncCountsWatch.ts, ≤ 0.5 s) when
    // another write was counted just before the save.
    await expect
      .poll(() => page.getByTestId('sync-waiting').textContent())
      .toBe('Ждут отправки: 1');
    expect(await personRowsAtRegister()).toBe(0);
    personCardUrl = page.url();
  });

  it('refuses to sign out while the record has not reached the register', async () => {
    await page.getByRole('link', { name: 'SeroDesk' }).first().click();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await expect
      .poll(() => page.getByTestId('sign-out-refused').textContent())
      .toContain('Выход невозможен: 1 записей ещё не отправлены');
    expect(await page.getByTestId('signed-in-as').isVisible()).toBe(true);
  });

  it('reaches the register once the network is back, and then shows synced', async () => {
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Синхронизировать' }).click();
    await expect
      .poll(() => page.getByTestId('sync-waiting').textContent(), { timeout: 20_000 })
      .toBe('Все записи отправлены');
    expect(await personRowsAtRegister()).toBe(1);
    await page.goto(personCardUrl);
    await expect
      .poll(() => page.locator('.sync-badge').first().textContent(), { timeout: 10_000 })
      .toBe('в регистре');
  });
});
