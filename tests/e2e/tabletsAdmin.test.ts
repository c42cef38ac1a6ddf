import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Enrolment } from './pages/Enrolment';
import { StaffHome } from './pages/StaffHome';
import { Tablets } from './pages/Tablets';

// The clinic's admin withdraws a lost tablet from the desk: tablet A (the admin's) and tablet
// B (a registrar's, another browser profile) are enrolled; on A's "Планшеты" screen both are
// listed, A marked as this tablet and not offered for withdrawal; the admin withdraws B after
// a question that says what follows, the row says withdrawn, and B's next sync says in its
// header that the tablet was withdrawn.

describe("the admin's Tablets screen", () => {
  let register: RunningRegister;
  let browser: Browser;
  let a: { context: BrowserContext; page: Page };
  let b: { context: BrowserContext; page: Page };
  let tablets: Tablets;
  const account = (role: 'admin' | 'registrar') => {
    const found = DEMO_STAFF.find((staff) => staff.role === role);
    if (found === undefined) throw new Error(`the demo seed has no ${role}`);
    return found;
  };

  async function enrolled(role: 'admin' | 'registrar', name: string) {
    const context = await browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(register.url);
    const home = new StaffHome(page);
    await home.signIn(account(role));
    await home.enrolTablet(name);
    return { context, page };
  }

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    a = await enrolled('admin', 'Кабинет администратора');
    b = await enrolled('registrar', 'Окно 2');
    tablets = new Tablets(a.page);
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await a.page.screenshot({ path: `test-results/tablets-admin-failure-${Date.now()}.png` });
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('shows the registrar no Tablets link', async () => {
    await new StaffHome(b.page).openDesk();
    await b.page.getByRole('navigation', { name: 'Разделы регистратуры' }).waitFor();
    expect(await new Tablets(b.page).navLink().count()).toBe(0);
  });

  it('lists both tablets, marks this one and offers no withdrawal of it', async () => {
    await new StaffHome(a.page).openDesk();
    await tablets.open();
    await tablets.row('T2').waitFor();
    expect(await tablets.row('T1').textContent()).toContain('этот планшет');
    expect(await tablets.row('T1').textContent()).toContain('Кабинет администратора');
    expect(await tablets.row('T1').textContent()).toContain('отзыв — только с другого планшета');
    expect(await a.page.getByTestId('tablets-self-note').textContent()).toContain(
      'Планшет, за которым вы работаете, отсюда не отозвать: он сразу перестал бы синхронизироваться',
    );
    expect(await tablets.row('T1').getByRole('button').count()).toBe(0);
    expect(await tablets.row('T2').textContent()).not.toContain('этот планшет');
    expect(await tablets.row('T2').getByTestId('tablet-status').textContent()).toBe('работает');
    expect(await tablets.withdrawButton('T2').isEnabled()).toBe(true);
    const axe = await new AxeBuilder({ page: a.page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  it('asks first, naming the tablet and what withdrawal does, and withdraws nothing on "keep"', async () => {
    await tablets.withdrawButton('T2').click();
    const question = tablets.confirmation();
    await question.waitFor();
    const text = (await question.textContent()) ?? '';
    expect(text).toContain('Отозвать планшет T2 «Окно 2»?');
    expect(text).toContain('сразу перестанет синхронизироваться');
    expect(text).toContain('ещё не отправленная в регистр, больше не сможет туда попасть');
    expect(text).toContain('уже подписал, остаются действительными');
    await a.page.screenshot({ path: 'test-results/tablets-admin.png', fullPage: true });
    const axe = await new AxeBuilder({ page: a.page }).analyze();
    expect(axe.violations).toEqual([]);
    await question.getByRole('button', { name: 'Не отзывать' }).click();
    await question.waitFor({ state: 'detached' });
    const stored = await register.db.kysely
      .selectFrom('tablet')
      .select('status')
      .where('code', '=', 'T2')
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('enrolled');
  });

  it('withdraws the other tablet after confirmation, and the row says so', async () => {
    await tablets.withdrawButton('T2').click();
    await tablets.confirmWithdrawal('T2');
    await expect
      .poll(() => tablets.outcome().textContent())
      .toMatch(/^Планшет T2 «Окно 2» отозван в регистре \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}\.$/);
    expect(await tablets.row('T2').getByTestId('tablet-status').textContent()).toMatch(
      /^отозван \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/,
    );
    expect(await tablets.withdrawButton('T2').count()).toBe(0);
    const stored = await register.db.kysely
      .selectFrom('tablet')
      .select(['code', 'status'])
      .orderBy('code')
      .execute();
    expect(stored).toEqual([
      { code: 'T1', status: 'enrolled' },
      { code: 'T2', status: 'withdrawn' },
    ]);
  });

  it('tells the withdrawn tablet at its next sync, in its header', async () => {
    const button = b.page
      .getByTestId('sync-status')
      .getByRole('button', { name: 'Синхронизировать' });
    await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
    await button.click();
    await expect
      .poll(() => b.page.getByTestId('sync-error').textContent(), { timeout: 20_000 })
      .toContain('Планшет отозван администратором в регистре');
  });

  it('links the withdrawn tablet and the device enrolled in its place by their codes', async () => {
    const c = await browser.newContext({ locale: 'ru-RU' });
    const page = await c.newPage();
    await page.goto(register.url);
    await new StaffHome(page).signIn(account('admin'));
    const enrolment = new Enrolment(page);
    await enrolment.newTablet().waitFor();
    await enrolment.typeName('Окно 2');
    await enrolment.predecessor('T2').check();
    await enrolment.enrol();
    await c.close();
    // The new device then goes quiet for five days (a clerk in a settlement with no link).
    // Its first sync run may still reach the register after its page is closed, and mark it
    // seen now: it is made quiet again until the list, read anew, shows it quiet.
    const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000 - 60_000).toISOString();
    await expect
      .poll(async () => {
        await register.db.kysely
          .updateTable('tablet')
          .set({ enrolled_at: fiveDaysAgo, last_seen_at: fiveDaysAgo })
          .where('code', '=', 'T3')
          .execute();
        await a.page.getByRole('button', { name: 'Обновить список' }).click();
        await tablets.row('T3').waitFor();
        return tablets.row('T3').textContent();
      })
      .toContain('Не синхронизировался 5 дн.: возможно, планшет работает без сети');
    expect(await tablets.row('T3').textContent()).toContain('заменяет T2');
    expect(await tablets.row('T3').getAttribute('class')).toContain('tablet-silent');
    expect(await tablets.row('T1').textContent()).not.toContain('Не синхронизировался');
    await a.page.screenshot({ path: 'test-results/tablets-admin-list.png', fullPage: true });
    const axe = await new AxeBuilder({ page: a.page }).analyze();
    expect(axe.violations).toEqual([]);
    await tablets.row('T2').getByRole('link', { name: 'заменён на T3' }).click();
    await expect.poll(() => new URL(a.page.url()).hash).toBe('#tablet-T3');
    expect(await tablets.withdrawButton('T3').isEnabled()).toBe(true);
    expect(await tablets.withdrawButton('T2').count()).toBe(0);
  });

  it('says offline that the list needs the register', async () => {
    await a.context.setOffline(true);
    await expect
      .poll(() => a.page.getByRole('heading', { level: 1 }).locator('..').textContent())
      .toContain('Список планшетов хранится в регистре');
    expect(await tablets.row('T1').count()).toBe(0);
    await a.context.setOffline(false);
    await tablets.row('T2').waitFor();
  });

  it('speaks English on an English desk', async () => {
    await a.page.getByRole('button', { name: 'English' }).click();
    await a.page.getByRole('heading', { level: 1, name: "The clinic's tablets" }).waitFor();
    expect(await tablets.row('T1').textContent()).toContain('this tablet');
    expect(await tablets.row('T2').getByTestId('tablet-status').textContent()).toMatch(
      /^withdrawn \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/,
    );
    expect(await tablets.row('T3').textContent()).toContain('Not synced for 5 days');
  });
});
