import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clinicResponseSchema } from '../../src/core/protocol/tablet';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { signInStaff } from '../support/tablets';
import { AdminSettings } from './pages/AdminSettings';
import { StaffHome } from './pages/StaffHome';

// The clinic's admin changes the clinic's settings from the administration area on a browser
// that was never enrolled as a tablet (issue #12 item 3): a new price typed, kept over a
// reload, saved, and the register's GET /api/clinic then answers with it; a wrong ОГРН is
// named next to its field and nothing reaches the register. The clinic's issuing rules are
// edited the same way, and a number out of range is named next to its field.

describe('the clinic admin’s settings in the administration area', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let screen: AdminSettings;
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');

  async function registerClinic() {
    if (admin === undefined) throw new Error('the demo seed has no admin');
    const { token } = await signInStaff(register.url, admin.login, admin.password);
    const response = await fetch(`${register.url}/api/clinic`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    return clinicResponseSchema.parse(await response.json()).clinic;
  }

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    await page.goto(register.url);
    await new StaffHome(page).signIn(admin);
    screen = new AdminSettings(page);
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await page.screenshot({ path: `test-results/admin-settings-failure-${Date.now()}.png` });
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('saves a new price from a browser with no tablet, keeping the typing over a reload', async () => {
    await screen.open();
    await expect.poll(() => screen.price('igg-quant').inputValue()).toBe('950,00');
    await screen.price('igg-quant').fill('1234,50');
    await page.reload();
    await screen.formShown();
    await expect.poll(() => screen.price('igg-quant').inputValue()).toBe('1234,50');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
    await screen.save();
    await expect
      .poll(() => screen.notice().textContent())
      .toBe(
        'Настройки сохранены в регистре. Планшеты клиники получат их при следующей синхронизации.',
      );
    const clinic = await registerClinic();
    expect(clinic.settings.priceList.find((item) => item.code === 'igg-quant')).toMatchObject({
      priceKopecks: 123_450,
    });
    const tablets = await register.db.kysely.selectFrom('tablet').select('id').execute();
    expect(tablets).toEqual([]);
  });

  it('names a wrong ОГРН next to its field and sends nothing', async () => {
    await page.getByLabel('ОГРН', { exact: true }).fill('1264100000011');
    await screen.save();
    await expect
      .poll(() => page.locator('#requisites-ogrn-error').textContent())
      .toBe('ОГРН: контрольная цифра не сходится');
    expect(await screen.notice().getAttribute('role')).toBe('alert');
    expect((await registerClinic()).settings.requisites?.ogrn).toBe('1264100000010');
  });

  it('saves changed issuing rules, and names a sample age out of range at its field', async () => {
    await screen.discard();
    const absenceDays = screen.policyField('Срок QR-кода справки об отсутствии антител, дней');
    const sampleAge = screen.policyField('Наибольший возраст образца, дней');
    await expect.poll(() => sampleAge.inputValue()).toBe('14');
    await absenceDays.fill('45');
    await sampleAge.fill('21');
    await screen.save();
    await expect.poll(() => screen.notice().getAttribute('role')).toBe('status');
    expect((await registerClinic()).settings.policy).toMatchObject({
      absenceCardDays: 45,
      maxSampleAgeDays: 21,
    });
    await sampleAge.fill('91');
    await screen.save();
    await expect
      .poll(() => page.locator('#policy-max-sample-age-error').textContent())
      .toBe('Целое число от 1 до 90');
    expect(await sampleAge.getAttribute('aria-invalid')).toBe('true');
    expect((await registerClinic()).settings.policy.maxSampleAgeDays).toBe(21);
  });

  it('tells a clinic’s admin who opens the ministry’s section by its address that it is not theirs', async () => {
    for (const section of ['certificates', 'clinics', 'transfer']) {
      await page.goto(`${register.url}/admin/${section}`);
      await expect
        .poll(() => page.getByTestId('admin-section-forbidden').textContent())
        .toBe(
          'Этот раздел не для вашей роли: он ведётся региональным администратором (министерством). Ваши разделы — в меню выше.',
        );
    }
  });
});
