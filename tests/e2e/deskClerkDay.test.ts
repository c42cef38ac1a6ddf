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
import { TabletLock } from './pages/TabletLock';

// Issue #10, "the clerk's day", on the 1280×800 tablet it was measured on: the desk offers a
// role only what it may do, the first tap on «Зарегистрировать» is never lost to a validation
// message that moves the button, an offline tablet's header is a calm state in one band, and
// an English desk shows the price list's English names and dates as dd.mm.yyyy.
//
// One walk in the order written, like deskProcedure.test.ts: one register, one tablet (the
// commission member cannot enrol one, so the admin does and signs out first).

const TABLET = { width: 1280, height: 800 };

describe('the clerk’s day on a 1280×800 tablet', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let home: StaffHome;
  let desk: Desk;

  function demo(role: DemoAccount['role']): DemoAccount {
    const account = DEMO_STAFF.find((staff) => staff.role === role);
    if (account === undefined) throw new Error(`the demo seed has no ${role}`);
    return account;
  }

  const deskNav = () => page.getByRole('navigation', { name: 'Разделы регистратуры' });
  const registerButton = () => page.getByRole('button', { name: 'Зарегистрировать', exact: true });

  /** A tap where the button was, as a finger lands: not wherever the button is by then. */
  async function tapAt(box: { x: number; y: number; width: number; height: number }) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  async function signOut(): Promise<void> {
    await page.getByRole('link', { name: /SeroDesk/ }).click();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByLabel('Логин').waitFor();
  }

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: TABLET });
    page = await context.newPage();
    home = new StaffHome(page);
    desk = new Desk(page);
    await page.goto(register.url);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('offers the commission no «Новый пациент», and refuses the form’s address in words', async () => {
    await home.signIn(demo('admin'));
    await home.enrolTablet('Регистратура, окно 3');
    await signOut();
    await home.signIn(demo('commission'));
    await home.openDesk();
    expect(await deskNav().getByRole('link', { name: 'Поиск' }).count()).toBe(1);
    expect(await deskNav().getByRole('link', { name: 'Новый пациент' }).count()).toBe(0);
    await page.goto(`${register.url}/desk/person/new`);
    const refusal = page.getByRole('heading', { level: 1, name: 'Новый пациент' });
    await refusal.waitFor();
    expect(await page.locator('.notice').textContent()).toBe(
      'Ваша роль не позволяет регистрировать пациентов и исправлять их данные. Это делает регистратор или администратор.',
    );
    expect(await page.getByLabel('Фамилия', { exact: true }).count()).toBe(0);
    expect(await registerButton().count()).toBe(0);
  });

  it('offers a registrar «Новый пациент»', async () => {
    await signOut();
    await home.signIn(demo('registrar'));
    // A PIN puts the Lock button into the header, as on a shared tablet all day.
    await new TabletLock(page).setPin('4829');
    await home.openDesk();
    expect(await deskNav().getByRole('link', { name: 'Новый пациент' }).count()).toBe(1);
  });

  it('marks the open section for the eye and a screen reader, and Back returns to the last', async () => {
    const current = (name: string) =>
      deskNav().getByRole('link', { name, exact: true }).getAttribute('aria-current');
    expect(await current('Поиск')).toBe('page');
    await desk.openNewPersonForm();
    expect(await current('Новый пациент')).toBe('page');
    expect(await current('Поиск')).toBeNull();
    expect(await deskNav().locator('a.active').textContent()).toBe('Новый пациент');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Поиск пациента' }).waitFor();
    expect(page.url()).toBe(`${register.url}/desk`);
    expect(await current('Поиск')).toBe('page');
    expect(await current('Новый пациент')).toBeNull();
  });

  it('keeps the header one band online too, with the sync button and Lock', async () => {
    const header = page.locator('header.app-header');
    await header.getByRole('button', { name: 'Синхронизировать' }).waitFor();
    await header.getByRole('button', { name: 'Заблокировать' }).waitFor();
    expect((await header.boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(90);
  });

  it('takes the first tap on «Зарегистрировать» when a field’s error appears on leaving it', async () => {
    await desk.openNewPersonForm();
    await desk.fillPerson({
      surname: 'Алексеева',
      givenName: 'Вера',
      birthDate: '12.04.1979',
      sex: 'Женский',
      document: '30 04 765432',
    });
    // The finger comes down while the phone field still has the focus and no error shown.
    await desk.field('Телефон (если есть)').fill('12');
    expect(await desk.errorOf('person-phone').count()).toBe(0);
    const before = await registerButton().boundingBox();
    if (before === null) throw new Error('«Зарегистрировать» is not on the screen');
    await tapAt(before);
    await page.getByText('Исправьте поля, отмеченные красным.').waitFor();
    expect(await desk.errorOf('person-phone').count()).toBe(1);
    expect(await registerButton().boundingBox()).toEqual(before);
  });

  it('registers with a tap at the same place once the field is right', async () => {
    // Offline from here, so the new person stays waiting for the header test below (online,
    // the sync engine could send it before the tablet went offline).
    await context.setOffline(true);
    const before = await registerButton().boundingBox();
    if (before === null) throw new Error('«Зарегистрировать» is not on the screen');
    await desk.field('Телефон (если есть)').fill('+7 914 123-45-67');
    await tapAt(before);
    await page.getByRole('heading', { level: 1, name: 'Алексеева Вера' }).waitFor();
  });

  it('shows an offline tablet as a calm state in a header at most 90 px high', async () => {
    await context.setOffline(true);
    // Opening the app offline starts a sync run at once, which finds no network.
    await page.reload();
    const status = page.getByTestId('sync-status');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 20_000 }).toBe('offline');
    const header = page.locator('header.app-header');
    // The counts are read from the tablet's database after the reload (a live query), so they
    // may arrive a moment after the offline state on a busy machine.
    await expect
      .poll(async () => (await header.textContent()) ?? '', { timeout: 10_000 })
      .toContain('Ждут отправки: 1');
    const text = (await header.textContent()) ?? '';
    expect(text).toContain('Нет сети — работа сохраняется на планшете');
    expect(text).not.toContain('Ошибка');
    expect(await page.getByTestId('sync-error').count()).toBe(0);
    expect((await header.boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(90);
  });

  it('keeps the header within 90 px in English too', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const header = page.locator('header.app-header');
    await header.getByText('Offline — work is kept on this tablet').waitFor();
    expect((await header.boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(90);
    await page.getByRole('button', { name: 'Русский' }).click();
  });

  it('names the service in English and writes dates as dd.mm.yyyy on an English desk', async () => {
    await desk.startApplication();
    await desk.tickStatement();
    await desk.markStatementSigned();
    await desk.recordPaidContract({ method: 'Наличные', receipt: '0031' });
    await page.getByRole('button', { name: 'English' }).click();
    const contract = page.getByTestId('contract-paid');
    await contract.getByText('IgG antibodies to SARS-CoV-2 (quantitative)').waitFor();
    const facts = (await contract.textContent()) ?? '';
    expect(facts).not.toContain('Антитела');
    expect(facts).toMatch(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/);
    const header = (await page.locator('header.app-header').textContent()) ?? '';
    expect(header).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    await page.getByRole('button', { name: 'Русский' }).click();
    await contract.getByText('Антитела IgG к SARS-CoV-2 (количественно)').waitFor();
  });
});
