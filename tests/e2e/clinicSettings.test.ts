import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicSettingsSchema } from '../../src/core/clinic/settings';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { ClinicSettings } from './pages/ClinicSettings';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';

// The clinic's admin adds a test kit on the desk's settings screen: offline the desk says
// saving needs the register and keeps the edit as a draft (a reload loses nothing); online
// it saves, and the kit is at once in the lab step's kit list on this tablet. The same screen
// holds the clinic's medical commission (issue #11).

describe("the admin's clinic settings", () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let settings: ClinicSettings;
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');
  const kitName = 'Вектор IgG, серия 2026';

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

  it('says saving needs the register while offline, and keeps the new kit as a draft', async () => {
    await settings.open();
    await settings.addKit({ name: kitName, threshold: '12' });
    // The first test of the price list (IgG, quantitative) is performed with the new kit too.
    await settings.tickServiceKit(0, kitName);
    await context.setOffline(true);
    await settings.save();
    await expect
      .poll(() => settings.notice().textContent())
      .toContain('Сохранение настроек требует связи с регистром');
    await context.setOffline(false);
    // At once, as a clerk might: the draft must survive a reload that ends the page before
    // IndexedDB's write of the last keystroke lands (src/ui/database/draftMirror.ts).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Настройки клиники' }).waitFor();
    await expect
      .poll(() => settings.kitRow(kitName).textContent())
      .toContain('новая, не сохранена');
    // The kit in the clinic's words, not its codes (IgG S, index).
    const cells = await settings.kitRow(kitName).locator('td').allTextContents();
    expect(cells.slice(1, 3)).toEqual(['антитела IgG к S-белку · ИФА', '12 BAU/мл']);
  });

  it('names a bad threshold next to its field instead of sending it', async () => {
    await settings.kitRow(kitName).getByRole('button', { name: 'Изменить' }).click();
    await page.getByLabel('Порог', { exact: true }).fill('двенадцать');
    await settings.save();
    expect(await page.locator('#kit-threshold-error').textContent()).toBe(
      'Порог и границы — неотрицательные числа',
    );
    await page.getByLabel('Порог', { exact: true }).fill('12');
  });

  it('saves at the register online, and the lab step offers the new kit at once', async () => {
    await settings.save();
    await expect.poll(() => settings.notice().textContent()).toContain('Настройки сохранены');
    const stored = await register.db.kysely
      .selectFrom('clinic')
      .select('settings')
      .executeTakeFirstOrThrow();
    expect(stored.settings).toContain(kitName);
    expect(stored.settings).toContain('РЗН 2020/10393');
    const saved = clinicSettingsSchema.parse(JSON.parse(stored.settings));
    const kitId = saved.kits.find((kit) => kit.name === kitName)?.id;
    expect(saved.priceList[0]?.kitIds).toContain(kitId);

    const desk = new Desk(page);
    await desk.openSignedStatement({
      surname: 'Орлова',
      givenName: 'Анна',
      birthDate: '02.02.1990',
      sex: 'Женский',
      document: '30 05 654321',
    });
    await desk.recordPaidContract({ method: 'Наличные', receipt: '0042' });
    // The lab step offers the kits of the paid test (IgG, quantitative) and no other.
    const kits = await page.locator('#sample-kit option').allTextContents();
    expect(kits).toEqual([
      '— выберите —',
      'SARS-CoV-2-IgG количественный-ИФА-БЕСТ (IgG, ELISA)',
      'Architect SARS-CoV-2 IgG (IgG, CLIA)',
      `${kitName} (IgG, ELISA)`,
    ]);
  });

  it('shows the clinic’s commission and refuses one of fewer than two members (issue #11)', async () => {
    await settings.open();
    const chair = page.getByLabel('Председатель комиссии', { exact: true });
    // The names come with the clinic's staff directory, on the tablet's sync.
    await expect
      .poll(() => chair.locator('option:checked').textContent(), { timeout: 20_000 })
      .toBe('Петров Андрей Викторович');
    expect(await page.getByLabel('Номер приказа о комиссии').inputValue()).toBe('41-од');
    const member = page.getByLabel('Орлова Дарья Павловна', { exact: true });
    expect(await member.isChecked()).toBe(true);
    await member.uncheck();
    await settings.save();
    expect(await page.locator('#commission-members-error').textContent()).toBe(
      'Кроме председателя, в комиссии должно быть не менее двух членов',
    );
    await member.check();
  });
});
