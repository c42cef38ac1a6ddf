import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REGIONAL_STAFF, DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { AdminStaff } from './pages/AdminStaff';
import { StaffHome } from './pages/StaffHome';

// The clinic's admin, on an office computer with a password sign-in, opens Администрирование
// → Сотрудники, is told next to the field what is wrong with a login, creates a registrar,
// sees the password the register generated once with the warning that it will not be shown
// again, and that login then signs in. A registrar who opens /admin is told it is not theirs.
// The regional administrator chooses the clinic first and resets a PIN after a question that
// says when the PIN stops working.

const NEW_REGISTRAR = { login: 'petrova', name: 'Петрова Анна Сергеевна' };

describe('the Staff administration screen', () => {
  let register: RunningRegister;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let page: Page;
  let created = '';

  function account(role: 'admin' | 'registrar') {
    const found = DEMO_STAFF.find((staff) => staff.role === role);
    if (found === undefined) throw new Error(`the demo seed has no ${role}`);
    return found;
  }

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 1280, height: 800 },
    });
    contexts.push(context);
    const opened = await context.newPage();
    await opened.goto(register.url);
    return opened;
  }

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    page = await newPage();
    await new StaffHome(page).signIn(account('admin'));
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await page.screenshot({ path: `test-results/admin-staff-failure-${Date.now()}.png` });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await register.stop();
  });

  it('tells a registrar who opens /admin that administration is not theirs', async () => {
    const clerk = await newPage();
    await new StaffHome(clerk).signIn(account('registrar'));
    await clerk.goto(`${register.url}/admin`);
    const notice = clerk.getByTestId('admin-forbidden');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'Администрирование доступно только администратору клиники и региональному администратору.',
    );
  });

  it("lists the clinic's staff and puts a bad login's problem next to the field", async () => {
    const screen = new AdminStaff(page);
    await screen.open();
    await screen.row('registrar').waitFor();
    expect(await screen.row('commission').textContent()).toContain('в составе комиссии');
    // Dates as the rest of the app writes them, «дд.мм.гггг чч:мм», not the browser's locale.
    const cells = await screen.row('registrar').locator('td').allTextContents();
    expect(cells.filter((cell) => /^\d\d\.\d\d\.\d{4} \d\d:\d\d$/.test(cell))).toHaveLength(1);
    await screen.create({ login: 'Петрова', name: NEW_REGISTRAR.name, role: 'Регистратор' });
    const error = page.locator('#staff-new-login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('строчные латинские буквы');
    expect(await page.getByLabel('Логин', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  it('creates a registrar and shows the generated password once, with a copy button', async () => {
    const screen = new AdminStaff(page);
    await screen.create({ ...NEW_REGISTRAR, role: 'Регистратор' });
    const shown = screen.oneTimePassword();
    await shown.waitFor();
    created = (await shown.getByTestId('staff-password').textContent()) ?? '';
    expect(created).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await shown.textContent()).toContain(
      'Пароль показан один раз и больше не будет показан',
    );
    expect(await shown.getByRole('button', { name: 'Копировать' }).isVisible()).toBe(true);
    expect(await screen.row(NEW_REGISTRAR.login).textContent()).toContain('Регистратор');
    await page.screenshot({ path: 'test-results/admin-staff.png', fullPage: true });
    await shown.getByRole('button', { name: 'Пароль передан, скрыть' }).click();
    await shown.waitFor({ state: 'detached' });
    expect(await page.getByText(created).count()).toBe(0);
  });

  it('lets the new registrar sign in with that password', async () => {
    const theirs = await newPage();
    await new StaffHome(theirs).signIn({
      login: NEW_REGISTRAR.login,
      password: created,
      role: 'registrar',
      displayName: NEW_REGISTRAR.name,
    });
  });

  it('lets the regional admin choose the clinic and reset a PIN, saying when it stops working', async () => {
    const regional = DEMO_REGIONAL_STAFF[0];
    if (regional === undefined) throw new Error('the demo seed has no regional administrator');
    const office = await newPage();
    await new StaffHome(office).signIn(regional);
    const screen = new AdminStaff(office);
    await screen.open();
    await screen.chooseClinic('PKGP3');
    await screen.row(NEW_REGISTRAR.login).getByRole('button', { name: 'Сбросить PIN' }).click();
    const question = screen.confirmation();
    expect(await question.textContent()).toContain(
      'PIN-код перестанет действовать на планшетах клиники при их следующей синхронизации',
    );
    await question.getByRole('button', { name: 'Да, выполнить' }).click();
    await expect.poll(() => screen.outcome().textContent()).toContain('сброшен');
    const stored = await register.db.kysely
      .selectFrom('staff')
      .select('pin_reset_at')
      .where('login', '=', NEW_REGISTRAR.login)
      .executeTakeFirstOrThrow();
    expect(stored.pin_reset_at).not.toBeNull();
  });
});
