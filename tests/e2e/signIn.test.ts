import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { launchChromium } from '../support/browser';
import { StaffHome } from './pages/StaffHome';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { E2E_DIST } from '../support/appDist';

// The frame's proof of life: a member of staff signs in against the real register, the
// desk stays open across an offline reload, and English can be switched on.
describe('signing in at the desk', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
  if (registrar === undefined) throw new Error('the demo seed has no registrar');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU' });
    page = await context.newPage();
    await page.goto(register.url);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('says which field is missing, in Russian, before asking the register', async () => {
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect.poll(() => page.locator('#login-error').textContent()).toBe('Введите логин');
    expect(await page.locator('#password-error').textContent()).toBe('Введите пароль');
  });

  it('refuses a wrong password with a clear message', async () => {
    await page.getByLabel('Логин').fill(registrar.login);
    await page.getByLabel('Пароль').fill('not-the-password');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Неверный логин или пароль.');
  });

  it('signs in with the demo registrar and shows who is signed in', async () => {
    await page.getByLabel('Пароль').fill(registrar.password);
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect
      .poll(() => page.getByTestId('signed-in-as').textContent())
      .toBe(`Вы вошли как ${registrar.displayName}`);
  });

  it('enrols the tablet online and remembers it with no network', async () => {
    await new StaffHome(page).enrolTablet('Регистратура, окно 1');
    expect(await page.getByTestId('tablet-enrolled').textContent()).toContain('код T1');
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByTestId('tablet-enrolled').textContent()).toContain('код T1');
    await context.setOffline(false);
  });

  it('keeps the desk open after a reload with no network', async () => {
    await context.setOffline(true);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('signed-in-as').textContent())
      .toBe(`Вы вошли как ${registrar.displayName}`);
    await context.setOffline(false);
  });

  it('switches to English and remembers it', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Workplace');
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Workplace');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });
});
