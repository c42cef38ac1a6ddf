import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Desk } from './pages/Desk';
import type { BrowserTablet } from './pages/enrolledTablet';
import { demoAccount, enrolledTablet } from './pages/enrolledTablet';
import { Problems } from './pages/Problems';
import { StaffHome } from './pages/StaffHome';

// Two tablets of one clinic (two browser contexts, each enrolled) change the same person's
// phone while offline. The second to sync sees the clash on "Расхождения" with both values;
// keeping its own value and syncing brings both tablets to it, and the problem is gone.
describe('a phone changed differently on two offline tablets', () => {
  let register: RunningRegister;
  let browser: Browser;
  const tablets: BrowserTablet[] = [];

  /** Starts a sync from the header; callers wait for its effect, never for a fixed time. */
  async function sync(page: Page): Promise<void> {
    const button = page
      .getByTestId('sync-status')
      .getByRole('button', { name: 'Синхронизировать' });
    await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
    await button.click();
  }

  /**
   * Syncs and waits until the open person card says the register has this tablet's latest
   * write. The header's "all sent" alone is not enough: read just after a save it may still
   * be the count from before the save, and the other tablet would then pull too early.
   */
  async function sendPerson(page: Page): Promise<void> {
    await sync(page);
    await expect
      .poll(() => new Desk(page).personSync().textContent(), { timeout: 20_000 })
      .toBe('в регистре');
  }

  /** Opens the person's card through the desk's search (works offline: no page load). */
  async function openPerson(page: Page): Promise<void> {
    const results = await new Desk(page).search('Кондратьева');
    await expect.poll(() => results.count(), { timeout: 20_000 }).toBe(1);
    await results.first().getByRole('link').click();
    await page.getByRole('link', { name: 'Изменить данные' }).waitFor();
  }

  function phoneOnCard(page: Page): Promise<string | null> {
    return page.locator('.facts-row').filter({ hasText: 'Телефон' }).locator('dd').textContent();
  }

  async function changePhone(page: Page, phone: string): Promise<void> {
    await openPerson(page);
    await page.getByRole('link', { name: 'Изменить данные' }).click();
    await new Desk(page).field('Телефон (если есть)').fill(phone);
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await page.getByRole('link', { name: 'Изменить данные' }).waitFor();
  }

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    tablets.push(await enrolledTablet(browser, register.url, demoAccount('admin'), 'Окно 1'));
    tablets.push(await enrolledTablet(browser, register.url, demoAccount('registrar'), 'Окно 2'));
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('reaches both tablets as one person', async () => {
    const [a, b] = tablets;
    if (a === undefined || b === undefined) throw new Error('two tablets expected');
    await new StaffHome(a.page).openDesk();
    await new Desk(a.page).registerPerson({
      surname: 'Кондратьева',
      givenName: 'Ольга',
      birthDate: '02.02.1979',
      sex: 'Женский',
      document: '30 07 654321',
      phone: '+7 914 000-00-01',
    });
    await sendPerson(a.page);
    await new StaffHome(b.page).openDesk();
    await sync(b.page);
    await openPerson(b.page);
    expect(await phoneOnCard(b.page)).toBe('+7 914 000-00-01');
  });

  it('shows the second tablet the clash with both values', async () => {
    const [a, b] = tablets;
    if (a === undefined || b === undefined) throw new Error('two tablets expected');
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await changePhone(a.page, '+7 914 000-00-02');
    await changePhone(b.page, '+7 914 000-00-03');
    await a.context.setOffline(false);
    await sendPerson(a.page);
    await b.context.setOffline(false);
    await sync(b.page);

    const problems = new Problems(b.page);
    await expect
      .poll(() => problems.navLink().getAttribute('aria-label'), { timeout: 20_000 })
      .toBe('Расхождения: 1');
    await problems.open();
    await expect.poll(() => problems.conflicts().count()).toBe(1);
    const phone = problems.field('Телефон');
    expect(await phone.getByRole('radio', { name: /^В регистре/ }).getAttribute('value')).toBe(
      'register',
    );
    expect(await phone.textContent()).toContain('В регистре+7 914 000-00-02');
    expect(await phone.textContent()).toContain('На планшете+7 914 000-00-03');
    await b.page.screenshot({ path: 'test-results/sync-conflict.png', fullPage: true });
    const axe = await new AxeBuilder({ page: b.page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  it('asks for a choice, then keeps the tablet’s value on both tablets', async () => {
    const [a, b] = tablets;
    if (a === undefined || b === undefined) throw new Error('two tablets expected');
    const problems = new Problems(b.page);
    await problems.resolve();
    expect(await b.page.locator('.field-error').textContent()).toBe(
      'Какое значение оставить: Телефон',
    );
    await problems.keep('Телефон', 'На планшете');
    await problems.resolve();
    await problems.nothingLeft().waitFor();
    await openPerson(b.page);
    await sendPerson(b.page);

    await sync(a.page);
    await openPerson(a.page);
    await expect.poll(() => phoneOnCard(a.page), { timeout: 20_000 }).toBe('+7 914 000-00-03');
    await openPerson(b.page);
    expect(await phoneOnCard(b.page)).toBe('+7 914 000-00-03');
    await expect
      .poll(() => new Problems(b.page).navLink().getAttribute('aria-label'), { timeout: 20_000 })
      .toBe('Расхождения');
  });
});
