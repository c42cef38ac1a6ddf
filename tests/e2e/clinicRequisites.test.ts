import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { ClinicSettings } from './pages/ClinicSettings';
import { StaffHome } from './pages/StaffHome';

// The admin enters the clinic's requisites (issue #11): a wrong ОГРН check digit is named next
// to the field, a reload keeps what was typed, and corrected requisites reach the register.

describe("the admin's clinic requisites", () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let settings: ClinicSettings;
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    settings = new ClinicSettings(page);
    await page.goto(register.url);
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Кабинет администратора');
    await home.openDesk();
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('names a wrong ОГРН at its field, keeps the typing over a reload, and saves when right', async () => {
    await settings.open();
    const fill = async (label: string, value: string) => {
      await page.getByLabel(label, { exact: true }).fill(value);
    };
    await fill('Полное наименование', 'ГБУЗ Камчатского края «Городская поликлиника № 3»');
    await fill('Сокращённое наименование', 'ГБУЗ КК «ГП № 3»');
    await fill('ОГРН', '1027700132196');
    await fill('ИНН', '7707083893');
    await fill('КПП', '773601001');
    await fill('Адрес', 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1');
    await fill('Телефон', '+7 (4152) 41-20-00');
    await fill('Номер лицензии на медицинскую деятельность', 'Л041-01184-41/00312345');
    await fill('Дата лицензии', '15.03.2022');
    await fill('Кем выдана лицензия', 'Министерство здравоохранения Камчатского края');
    await fill('Главный врач (фамилия, имя, отчество)', 'Иванова Мария Петровна');
    await settings.save();
    expect(await page.locator('#requisites-ogrn-error').textContent()).toBe(
      'ОГРН: контрольная цифра не сходится',
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Настройки клиники' }).waitFor();
    await expect
      .poll(() => page.getByLabel('ОГРН', { exact: true }).inputValue())
      .toBe('1027700132196');
    await fill('ОГРН', '1027700132195');
    await settings.save();
    await expect.poll(() => settings.notice().textContent()).toContain('Настройки сохранены');
    const stored = await register.db.kysely
      .selectFrom('clinic')
      .select('settings')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.settings)).toMatchObject({
      requisites: { ogrn: '1027700132195', licence: { date: '2022-03-15' } },
    });
  });
});
