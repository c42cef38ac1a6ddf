import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRequisites } from '../../src/core/clinic/examples';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import { pdfPageCount } from '../support/pdfPages';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';

// Issue #11 item 2: the contract for the paid service, printed from its template in two
// copies. The demo clinic starts without requisites, so the desk first refuses to print a
// contract without its provider and says the admin must enter them; once the requisites
// (a long clinic name) reach the tablet, the same contract prints as the clinic's and the
// consumer's copies, one A4 page each, each naming the template version it was printed with.
//
// One walk, in the order written (as deskProcedure.test.ts): read the first failure first.

const LONG_CLINIC_NAME =
  'Государственное бюджетное учреждение здравоохранения Камчатского края ' +
  '«Петропавловск-Камчатская городская поликлиника № 3 имени заслуженного врача ' +
  'Российской Федерации Константина Вячеславовича Преображенского»';

describe('the printed contract for a paid medical service', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let desk: Desk;
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    // A clinic whose admin has not yet entered its requisites (the demo seed has them).
    const clinic = await register.db.kysely
      .selectFrom('clinic')
      .select(['id', 'settings'])
      .executeTakeFirstOrThrow();
    const withoutRequisites = JSON.parse(clinic.settings) as Record<string, unknown>;
    delete withoutRequisites['requisites'];
    await register.db.kysely
      .updateTable('clinic')
      .set({ settings: JSON.stringify(withoutRequisites) })
      .where('id', '=', clinic.id)
      .execute();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    desk = new Desk(page);
    await page.goto(register.url);
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Регистратура, окно 2');
    await home.openDesk();
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('says the admin must enter the clinic requisites instead of printing a contract without a provider', async () => {
    await desk.openNewPersonForm();
    await desk.fillPerson({
      surname: 'Константинопольская-Преображенская',
      givenName: 'Александра-Елизавета',
      patronymic: 'Вячеславовна',
      birthDate: '31.08.1985',
      sex: 'Женский',
      document: '30 05 123456',
      phone: '+7 914 123-45-67',
    });
    // What the personal-data consent needs before the statement is marked signed.
    await desk.field('Дата выдачи документа').fill('20.04.2015');
    await desk.field('Кем выдан').fill('УМВД России по Камчатскому краю');
    await page
      .getByLabel(/^Адрес/)
      .fill(
        '683031, Камчатский край, г. Петропавловск-Камчатский, проспект Карла Маркса, д. 21, корп. 3, кв. 148',
      );
    await desk.submitPerson();
    await page.getByRole('button', { name: 'Новое обращение (заявление)' }).waitFor();
    await desk.startApplication();
    await desk.tickStatement();
    await desk.markStatementSigned();
    await page.getByRole('button', { name: 'Заключить без оплаты' }).click();
    await page.getByTestId('contract-draft').waitFor();
    await page.getByRole('link', { name: 'Договор для подписи (2 экз.)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Договор не печатается' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Администратор должен внести их в настройках клиники',
    );
    expect(await page.getByTestId('contract-copy').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Открыть настройки клиники' }).count()).toBe(1);
  });

  it('prints the clinic’s and the consumer’s copies, one A4 page each, with the template version', async () => {
    const row = await register.db.kysely
      .selectFrom('clinic')
      .select(['id', 'settings'])
      .executeTakeFirstOrThrow();
    const settings: unknown = JSON.parse(row.settings);
    const requisites = exampleRequisites({
      fullName: LONG_CLINIC_NAME,
      address:
        '683032, Камчатский край, г. Петропавловск-Камчатский, ул. Ленинская, д. 1, корп. 2, ' +
        'помещение 14',
      site: 'https://gp3.example.ru',
    });
    await register.db.kysely
      .updateTable('clinic')
      .set({ settings: JSON.stringify({ ...(settings as object), requisites }) })
      .where('id', '=', row.id)
      .execute();
    await page.getByRole('link', { name: 'Назад' }).click();
    await desk.syncNow();
    await page.getByRole('link', { name: 'Договор для подписи (2 экз.)' }).click();

    const copies = page.getByTestId('contract-copy');
    await copies.nth(1).waitFor({ timeout: 30_000 });
    expect(await copies.count()).toBe(2);
    const clinicCopy = page.getByRole('article', { name: /Экземпляр Исполнителя$/ });
    const consumerCopy = page.getByRole('article', { name: /Экземпляр Потребителя$/ });
    for (const copy of [clinicCopy, consumerCopy]) {
      const text = (await copy.textContent()) ?? '';
      expect(text).toMatch(/ДОГОВОР № [A-Z0-9]+-[A-Z0-9]+-\d{4}-\d{6}/);
      expect(text).toContain(`${LONG_CLINIC_NAME} (далее — «Исполнитель»)`);
      expect(text).toContain(
        'Константинопольская-Преображенская Александра-Елизавета Вячеславовна, 31.08.1985 г. р.',
      );
      expect(text).toContain('в лице главного врача Ивановой Марии Петровны');
      expect(text).toContain('в двух экземплярах');
      expect(await copy.getByTestId('contract-template-version').textContent()).toMatch(
        /^Договор по шаблону ru-default-2026-12 · Экземпляр/,
      );
    }

    await page.emulateMedia({ media: 'print' });
    expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(2);
    await page.emulateMedia({ media: 'screen' });

    // A reprint is the same contract: same template version, same words.
    const printed = await clinicCopy.textContent();
    await page.reload();
    await copies.nth(1).waitFor();
    expect(await clinicCopy.textContent()).toBe(printed);
  });

  it('stores the template version on the contract the register receives', async () => {
    await expect
      .poll(
        async () => {
          const rows = await register.db.kysely
            .selectFrom('clinic_record')
            .select('body')
            .where('kind', '=', 'contract')
            .execute();
          return rows.map(
            (r) => (JSON.parse(r.body) as { templateVersion?: string }).templateVersion,
          );
        },
        { timeout: 20_000 },
      )
      .toEqual(['ru-default-2026-12']);
  });
});
