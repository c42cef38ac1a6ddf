import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dottedDateTime } from '../../src/core/tablet/tabletWarningText';
import { DEMO_REGIONAL_STAFF, DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import type { SimTablet } from '../support/tablets';
import { makeTablet, signInStaff } from '../support/tablets';
import { AdminTablets } from './pages/AdminTablets';
import { StaffHome } from './pages/StaffHome';

// The regional administrator's tablet warnings: two tablets of the demo clinic reach the
// register (simulated in Node, the app's own sync code); one of them last reported three
// records it had not sent for three days — set in the register's row, as a tablet that
// stopped syncing would have left it. The ministry's administrator signs in on an office
// computer, opens Администрирование → Планшеты, reads in the warning list what is wrong and
// since when, and withdraws the tablet after the question the desk asks.

const HOUR_MS = 3_600_000;
const KAMCHATKA = 720;

describe('the regional administrator’s Tablets screen', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let stuck: SimTablet;
  let fine: SimTablet;
  let screen: AdminTablets;
  const oldestAt = new Date(Date.now() - 72 * HOUR_MS).toISOString();

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
    if (registrar === undefined) throw new Error('the demo seed has no registrar');
    const { token } = await signInStaff(register.url, registrar.login, registrar.password);
    // Enrolled second (T2), so that "warned first" moves it above T1.
    fine = await makeTablet({ url: register.url, name: 'Окно 1', staffToken: token });
    stuck = await makeTablet({ url: register.url, name: 'Окно 2', staffToken: token });
    expect((await fine.engine.syncNow()).lastError).toBeNull();
    await register.db.kysely
      .updateTable('tablet')
      .set({
        backlog_count: 3,
        backlog_oldest_at: oldestAt,
        backlog_reported_at: new Date(Date.now() - 2 * HOUR_MS).toISOString(),
        last_seen_at: new Date(Date.now() - 2 * HOUR_MS).toISOString(),
      })
      .where('id', '=', stuck.tabletId)
      .execute();

    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(register.url);
    const regional = DEMO_REGIONAL_STAFF[0];
    if (regional === undefined) throw new Error('the demo seed has no regional administrator');
    await new StaffHome(page).signIn(regional);
    screen = new AdminTablets(page);
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await page.screenshot({ path: `test-results/admin-tablets-failure-${Date.now()}.png` });
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('puts the tablet with an old backlog in the warning list, saying how many and since when', async () => {
    await screen.open('Планшеты всех клиник');
    const line = screen.warning('PKGP3', 'T2');
    await line.waitFor();
    expect(await line.textContent()).toContain(
      `3 записи не отправлены с ${dottedDateTime(oldestAt, KAMCHATKA)}`,
    );
    expect(await screen.warnings().locator('li').count()).toBe(1);
    expect(await screen.row('PKGP3', 'T2').getByTestId('admin-tablet-backlog').textContent()).toBe(
      `3 с ${dottedDateTime(oldestAt, KAMCHATKA)}`,
    );
    expect(
      await screen.row('PKGP3', 'T1').getByTestId('admin-tablet-backlog').textContent(),
    ).toMatch(/^нет$/);
    // Warned first: the warned tablet's row comes before the one without warnings.
    const codes = await page
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')));
    expect(codes.indexOf('T2')).toBeLessThan(codes.indexOf('T1'));
    await page.screenshot({ path: 'test-results/admin-tablets.png', fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  it('withdraws the tablet after the question, and the warning goes', async () => {
    await screen.withdrawButton('PKGP3', 'T2').click();
    const question = screen.confirmation();
    await question.waitFor();
    expect(await question.textContent()).toContain('Отозвать планшет T2 «Окно 2»?');
    await screen.confirmWithdrawal('T2');
    await expect
      .poll(() => screen.outcome().textContent())
      .toMatch(/^Планшет T2 «Окно 2» отозван в регистре \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\.$/);
    await screen.noWarnings().waitFor();
    expect(
      await screen.row('PKGP3', 'T2').getByTestId('admin-tablet-status').textContent(),
    ).toMatch(/^отозван /);
    const stored = await register.db.kysely
      .selectFrom('tablet')
      .select('status')
      .where('id', '=', stuck.tabletId)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('withdrawn');
    expect((await stuck.engine.syncNow()).lastError?.reason).toBe('tablet-withdrawn');
  });
});
