import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoAccount } from '../../src/register/seed';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';
import { hasClinicStaff } from './pages/CommissionHandover';
import { TabletLock } from './pages/TabletLock';
import { TabletSettings } from './pages/TabletSettings';

// A member of staff who has never signed in on this tablet arrives while it has no network:
// the administrator, who has a PIN here, vouches for her with that PIN, she sets her own and
// starts work; from then on she unlocks with her own PIN. The tablet keeps who vouched.
describe('a colleague new to the tablet starts a shift offline on an admin’s PIN', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let home: StaffHome;
  let lock: TabletLock;

  function demo(role: DemoAccount['role']): DemoAccount {
    const account = DEMO_STAFF.find((staff) => staff.role === role);
    if (account === undefined) throw new Error(`the demo seed has no ${role}`);
    return account;
  }
  const registrar = demo('registrar');
  const admin = demo('admin');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU' });
    page = await context.newPage();
    home = new StaffHome(page);
    lock = new TabletLock(page);
    await page.goto(register.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('lets the admin enrol the tablet and set a PIN; the clinic staff list arrives with sync', async () => {
    await home.signIn(admin);
    await home.enrolTablet('Регистратура, окно 3');
    await lock.setPin('4829');
    await expect.poll(() => hasClinicStaff(page), { timeout: 20_000 }).toBe(true);
    await lock.lock();
    expect(await lock.staffNames()).toEqual([admin.displayName]);
  });

  it('refuses the admission with a wrong admin PIN and counts the try against that PIN', async () => {
    await context.setOffline(true);
    await page.reload();
    await lock.unlockScreen().waitFor();
    await lock.admitColleague({
      newcomer: registrar.displayName,
      authoriser: admin.displayName,
      authoriserPin: '1111',
    });
    await expect
      .poll(() => lock.firstPinFailure().textContent())
      .toBe('Неверный PIN-код. Осталось попыток до блокировки на 5 минут: 4.');
    expect(await page.getByLabel('Новый PIN-код').count()).toBe(0);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('starts the registrar on the admin’s PIN; she then unlocks with her own', async () => {
    await lock.admitColleague({
      newcomer: registrar.displayName,
      authoriser: admin.displayName,
      authoriserPin: '4829',
      newPin: '5071',
    });
    await page
      .getByTestId('signed-in-as')
      .getByText(`Вы вошли как ${registrar.displayName}`, { exact: true })
      .waitFor();
    expect(await page.getByText('Регистратор', { exact: true }).count()).toBeGreaterThan(0);
    await lock.lock();
    expect(await lock.staffNames()).toEqual([registrar.displayName, admin.displayName]);
    await lock.tryPin(registrar.displayName, '4829');
    await expect.poll(() => lock.failure().textContent()).toContain('Неверный PIN-код');
    await lock.unlock(registrar.displayName, '5071');
    await page
      .getByTestId('signed-in-as')
      .getByText(`Вы вошли как ${registrar.displayName}`, { exact: true })
      .waitFor();
  });

  it('lists on the tablet settings who was admitted, by whom', async () => {
    const settings = new TabletSettings(page);
    await settings.openFromHome();
    const row = page.getByTestId('pin-authorisations').locator('tbody tr');
    // The card reads the tablet's database after it first renders: wait for the row.
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
    expect(cells.slice(1)).toEqual([
      `${registrar.displayName} · Регистратор`,
      `${admin.displayName} · Администратор`,
    ]);
  });

  it("never shows one member's half-typed form to a colleague who unlocks onto it", async () => {
    const desk = new Desk(page);
    await page.getByRole('link', { name: 'На главную' }).click();
    await home.openDesk();
    await desk.openNewPersonForm();
    await desk.field('Фамилия').fill('Черновикова');
    await lock.lock();
    await lock.unlock(admin.displayName, '4829');
    await page.getByRole('heading', { level: 1, name: 'Новый пациент' }).waitFor();
    expect(lock.place()).toBe('/desk/person/new');
    expect(await desk.field('Фамилия').inputValue()).toBe('');
    await lock.lock();
    await lock.unlock(registrar.displayName, '5071');
    await page.getByRole('heading', { level: 1, name: 'Новый пациент' }).waitFor();
    await expect.poll(() => desk.field('Фамилия').inputValue()).toBe('Черновикова');
  });
});
