import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Desk } from './pages/Desk';
import { Enrolment } from './pages/Enrolment';
import { StaffHome } from './pages/StaffHome';

// A tablet whose browser data is cleared comes back empty: signed in again, it is enrolled as
// the successor of the tablet it was (preselected by name), pulls the clinic's records, and
// says how many were restored and that unsent work could not be.
describe('a tablet whose browser data was cleared', () => {
  let register: RunningRegister;
  let browser: Browser;
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('is enrolled as the successor of the tablet it was and shows what was restored', async () => {
    const before = await browser.newContext({ locale: 'ru-RU' });
    const old = await before.newPage();
    await old.goto(register.url);
    await new StaffHome(old).signIn(admin);
    await new StaffHome(old).enrolTablet('Окно 2');
    await new StaffHome(old).openDesk();
    await new Desk(old).registerPerson({
      surname: 'Хабибуллина',
      givenName: 'Дарья',
      patronymic: 'Олеговна',
      birthDate: '14.03.1985',
      sex: 'Женский',
      document: '30 05 123456',
    });
    await old.getByRole('button', { name: 'Синхронизировать' }).click();
    // The person's own badge, not the header's count, which may predate the save for a moment.
    await expect
      .poll(() => new Desk(old).personSync().textContent(), { timeout: 20_000 })
      .toBe('в регистре');
    await before.close();

    // A fresh context is a browser whose site data was cleared: no identity, key or records.
    const after = await browser.newContext({ locale: 'ru-RU' });
    const page = await after.newPage();
    await page.goto(register.url);
    await new StaffHome(page).signIn(admin);
    const enrolment = new Enrolment(page);
    await enrolment.newTablet().waitFor();
    expect(await enrolment.newTablet().isChecked()).toBe(true);
    await enrolment.typeName('окно 2');
    expect(await enrolment.predecessor('T1').isChecked()).toBe(true);
    await enrolment.enrol();

    await expect
      .poll(() => enrolment.restoreNotice().textContent(), { timeout: 20_000 })
      .toMatch(
        /^Восстановлено записей из регистра: 1 \(последняя синхронизация T1: .+\)\. Работа, сделанная на T1 после этого и не отправленная, не могла быть восстановлена\.$/,
      );
    const tablets = await register.db.kysely
      .selectFrom('tablet')
      .select(['code', 'replaces', 'status'])
      .orderBy('code')
      .execute();
    expect(tablets.map((tablet) => tablet.status)).toEqual(['enrolled', 'enrolled']);
    expect(tablets[1]?.replaces).not.toBeNull();
    await enrolment.dismissRestoreNotice();
    await after.close();
  });
});
