import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import { pdfPageCount } from '../support/pdfPages';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { CommissionHandover } from './pages/CommissionHandover';
import { Desk } from './pages/Desk';
import type { NewRepresentative } from './pages/Representative';
import { RepresentativeForm } from './pages/Representative';
import { StaffHome } from './pages/StaffHome';

// A minor's whole case with a parent (issue #11, item 4), on a tablet offline from the start:
// a ten-year-old registered with a birth certificate; the statement waits for the legal
// representative, whose form refuses a basis that does not fit the age and keeps what was
// typed across a reload; the statement prints «от <матери> в интересах <ребёнка>» in the
// genitive; then the ИДС, the paid contract, the sample, the result and the certificate.
//
// One walk in the order written, like deskProcedure.test.ts: read the first failing test.

const MOTHER: NewRepresentative = {
  surname: 'Иванова',
  givenName: 'Мария',
  patronymic: 'Петровна',
  sex: 'Женский',
  birthDate: '14.07.1988',
  basis: 'Родитель',
  document: '30 05 654321',
  documentIssuedOn: '20.04.2015',
  documentIssuedBy: 'УМВД России по Камчатскому краю',
  address: 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1, кв. 2',
};

describe('a minor’s case with a parent, offline', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let desk: Desk;
  let representative: RepresentativeForm;
  let handover: CommissionHandover;
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');
  const chair = DEMO_STAFF.find((staff) => staff.login === 'commission');
  if (chair === undefined) throw new Error('the demo seed has no commission chair');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    desk = new Desk(page);
    representative = new RepresentativeForm(page);
    handover = new CommissionHandover(page, admin);
    await page.goto(register.url);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('signs in, enrols the tablet and goes offline', async () => {
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Регистратура, детское окно');
    await handover.prepare();
    await home.openDesk();
    await context.setOffline(true);
  });

  it('registers a ten-year-old with a birth certificate, its date of issue and issuer', async () => {
    await desk.openNewPersonForm();
    await desk
      .field('Документ, удостоверяющий личность')
      .selectOption({ label: 'Свидетельство о рождении' });
    await desk.fillPerson({
      surname: 'Иванов',
      givenName: 'Пётр',
      patronymic: 'Сергеевич',
      birthDate: '20.01.2016',
      sex: 'Мужской',
      document: 'IV-МЮ 123456',
      documentIssuedOn: '01.02.2016',
      documentIssuedBy: 'Отдел ЗАГС г. Петропавловска-Камчатского',
    });
    await desk.submitPerson();
    await page.getByRole('button', { name: 'Новое обращение (заявление)' }).waitFor();
    const facts = (await page.locator('.facts').textContent()) ?? '';
    expect(facts).toContain(
      'Свидетельство о рождении IV-МЮ 123456, выдан 01.02.2016, Отдел ЗАГС г. Петропавловска-Камчатского',
    );
  });

  it('holds the statement back until the legal representative is entered', async () => {
    await desk.startApplication();
    await representative.form().waitFor();
    expect(await page.getByRole('link', { name: 'Заявление для подписи' }).count()).toBe(0);
    await desk.tickStatement();
    await page.getByRole('button', { name: 'Заявление подписано' }).click();
    await page.getByText(/^Сначала внесите законного представителя/).waitFor();
  });

  it('refuses a trustee for a child under 14, next to the field, and passes axe', async () => {
    await representative.chooseBasis(/^Попечитель/);
    expect(await representative.errorOf('representative-basis').textContent()).toBe(
      'До 14 лет у ребёнка не попечитель, а опекун (ГК РФ ст. 32)',
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  it('keeps the half-typed representative across a reload', async () => {
    await representative.field('Фамилия').fill('Иванова');
    await page.waitForTimeout(400);
    await page.reload();
    await expect
      .poll(() => representative.field('Фамилия').inputValue(), { timeout: 10_000 })
      .toBe('Иванова');
  });

  it('records the mother, with her name declined for the statement', async () => {
    await representative.fill(MOTHER);
    expect(
      await representative.field('Как писать в заявлении (родительный падеж)').inputValue(),
    ).toBe('Ивановой Марии Петровны');
    // The parent's authority is the child's own birth certificate, written in for the clerk.
    expect(await representative.field('Документ, подтверждающий полномочия').inputValue()).toBe(
      'Свидетельство о рождении IV-МЮ 123456',
    );
    await representative.save();
    const summary = (await representative.summary().textContent()) ?? '';
    expect(summary).toContain('Законный представитель: Иванова Мария Петровна (Родитель)');
    expect(summary).toContain('Дата рождения: 14.07.1988');
    expect(summary).toContain(
      'Паспорт РФ 30 05 654321, выдан 20.04.2015, УМВД России по Камчатскому краю',
    );
  });

  it('prints the statement from the mother in the child’s interests, and marks it signed', async () => {
    const statement = await desk.openStatementPrint();
    const text = (await statement.textContent()) ?? '';
    expect(text).toContain('от Ивановой Марии Петровны');
    expect(text).toContain(
      'законного представителя (родитель), в интересах несовершеннолетнего Иванова Петра Сергеевича',
    );
    expect(text).toContain('Свидетельство о рождении: IV-МЮ 123456');
    expect(text).toContain('Прошу провести исследование крови Иванова Петра Сергеевича');
    expect(text).toContain('подпись законного представителя / расшифровка');
    expect(text).not.toContain('от Иванова Петра Сергеевича');
    await page.emulateMedia({ media: 'print' });
    expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await desk.backFromPrint();
    // The consents were ticked before the reload, and the draft kept them.
    await desk.markStatementSigned({ withConsent: false });
    expect(await representative.summary().textContent()).toContain('Иванова Мария Петровна');
  });

  it('has the mother sign the ИДС to the blood draw: the child is under 15', async () => {
    const consent = await desk.openConsentPrint();
    // The ИДС names the signer's date of birth (Приказ Минздрава № 1051н): hers, not a blank.
    expect(await consent.textContent()).toContain(
      'Я, Иванова Мария Петровна, 14.07.1988 года рождения',
    );
    await page.emulateMedia({ media: 'print' });
    expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await desk.backFromPrint();
    await desk.markConsentSigned();
  });

  it('takes the paid contract, the sample and the result', async () => {
    await desk.recordPaidContract({ method: 'Наличные', receipt: '0044' });
    // Under 14 the mother is the contract's party: she is the customer and signs both copies.
    await page.getByRole('link', { name: 'Договор для подписи (2 экз.)' }).click();
    const copies = page.getByTestId('contract-copy');
    await copies.nth(1).waitFor();
    for (const copy of await copies.all()) {
      expect(await copy.textContent()).toContain('Иванова Мария Петровна');
    }
    await page.emulateMedia({ media: 'print' });
    expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(2);
    await page.emulateMedia({ media: 'screen' });
    await desk.backFromPrint();
    await desk.recordSample('K-001010');
    expect(await desk.enterResult('152,4')).toBe('Антитела обнаружены');
  });

  it('issues the child’s certificate by the commission', async () => {
    for (const item of await desk.checklist().allTextContents()) expect(item).toMatch(/^✓/);
    await handover.to(chair);
    const certificate = await desk.issueCertificate('211');
    const text = (await certificate.textContent()) ?? '';
    expect(text).toContain('Иванов Пётр Сергеевич');
    expect(text).toContain('IVANOV PETR');
  });

  it('prints a sixteen-year-old’s own statement with the mother’s consent, on one page', async () => {
    await handover.back(admin, '4829');
    await desk.registerPerson({
      surname: 'Иванова',
      givenName: 'Анастасия',
      patronymic: 'Сергеевна',
      birthDate: '10.05.2010',
      sex: 'Женский',
      document: '30 24 778899',
      documentIssuedOn: '20.05.2024',
      documentIssuedBy: 'УМВД России по Камчатскому краю',
    });
    await desk.startApplication();
    // She shows her passport, so the clerk types the birth certificate in by hand.
    await representative.fill({
      ...MOTHER,
      basisDocument: 'Свидетельство о рождении I-МЮ 654321 от 01.06.2010',
    });
    await representative.save();
    await representative.summary().waitFor();
    const statement = await desk.openStatementPrint();
    const text = (await statement.textContent()) ?? '';
    expect(text).toContain('от Ивановой Анастасии Сергеевны');
    expect(text).not.toContain('в интересах');
    expect(await statement.getByTestId('representative-consent').textContent()).toBe(
      'Я, Иванова Мария Петровна (родитель, паспорт РФ 30 05 654321), даю согласие на подачу настоящего заявления, заключение договора и получение платной медицинской услуги (ст. 26 ГК РФ).',
    );
    expect(await statement.locator('.signature-line').allTextContents()).toEqual([
      'подпись / расшифровка',
      'подпись законного представителя / расшифровка',
    ]);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });
});
