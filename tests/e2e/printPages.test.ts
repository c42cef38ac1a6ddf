import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleRequisites } from '../../src/core/clinic/examples';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import { pdfPageCount } from '../support/pdfPages';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { CommissionHandover } from './pages/CommissionHandover';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';

// Issue #11 item 9: every document the desk prints fits one A4 page — with the longest
// realistic names and a long clinic name, on a Russian desk and on an English one (where the
// statement carries its translation). Chromium prints each page to PDF as the clerk's
// «Печать» does, and the PDF's pages are counted.
//
// One walk, in the order written (as deskProcedure.test.ts): each test starts where the one
// before left the desk.

const LONG_CLINIC_NAME =
  'Государственное бюджетное учреждение здравоохранения Камчатского края ' +
  '«Петропавловск-Камчатская городская поликлиника № 3 имени заслуженного врача ' +
  'Российской Федерации Анны Константиновны Преображенской-Богородицкой»';

const LONGEST_PERSON = {
  surname: 'Константинопольская-Преображенская',
  givenName: 'Александра-Елизавета',
  patronymic: 'Вячеславовна',
  birthDate: '31.08.1985',
  sex: 'Женский',
  document: '30 05 123456',
  snils: '112-233-445 95',
  phone: '+7 914 123-45-67',
} as const;

describe('every printed document is one A4 page', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let desk: Desk;
  // Where each printed document is, to print it again on an English desk at the end.
  const printed = new Map<string, string>();
  // The admin walks the clerk's and the lab's steps; the commission's chair issues.
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');
  const chair = DEMO_STAFF.find((staff) => staff.login === 'commission');
  if (chair === undefined) throw new Error('the demo seed has no commission chair');
  let handover: CommissionHandover;

  /** The pages the open document prints on; `page.pdf` prints with the print style sheet. */
  async function printedPages(): Promise<number> {
    await page.emulateMedia({ media: 'print' });
    const pages = pdfPageCount(await page.pdf({ preferCSSPageSize: true }));
    await page.emulateMedia({ media: null });
    return pages;
  }

  async function pagesOf(document: string): Promise<number> {
    printed.set(document, page.url());
    return printedPages();
  }

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    // The clinic as its register knows it, with the longest name a Kamchatka clinic carries.
    const clinic = await register.db.kysely
      .selectFrom('clinic')
      .select(['id', 'settings'])
      .executeTakeFirstOrThrow();
    const settings = JSON.parse(clinic.settings) as Record<string, unknown>;
    await register.db.kysely
      .updateTable('clinic')
      .set({
        name_ru: LONG_CLINIC_NAME,
        settings: JSON.stringify({
          ...settings,
          requisites: exampleRequisites({ fullName: LONG_CLINIC_NAME }),
        }),
      })
      .where('id', '=', clinic.id)
      .execute();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    desk = new Desk(page);
    handover = new CommissionHandover(page, admin);
    await page.goto(register.url);
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Регистратура, окно 1');
    await handover.prepare();
    await home.openDesk();
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('counts pages truly: a page with a forced break prints as two', async () => {
    const probe = await context.newPage();
    await probe.setContent('<p>1</p><p style="break-before: page">2</p>');
    expect(pdfPageCount(await probe.pdf({ format: 'A4' }))).toBe(2);
    await probe.close();
  });

  it('prints the statement on one page', async () => {
    await desk.registerPerson(LONGEST_PERSON);
    await desk.startApplication();
    await desk.tickStatement();
    const statement = await desk.openStatementPrint();
    expect(await statement.textContent()).toContain(LONG_CLINIC_NAME);
    expect(await pagesOf('statement')).toBe(1);
    await desk.backFromPrint();
    await desk.markStatementSigned({ withConsent: false });
  });

  it('prints the ИДС to the blood draw on one page', async () => {
    await desk.openConsentPrint();
    expect(await pagesOf('consent')).toBe(1);
    await desk.backFromPrint();
    await desk.markConsentSigned();
  });

  it('prints the contract as two copies of one page each', async () => {
    await desk.recordPaidContract({ method: 'Банковская карта', receipt: '17' });
    await page.getByRole('link', { name: 'Договор для подписи (2 экз.)' }).click();
    const copies = page.getByTestId('contract-copy');
    await copies.nth(1).waitFor();
    expect(await copies.count()).toBe(2);
    expect(await pagesOf('contract')).toBe(2);
    await desk.backFromPrint();
  });

  it('prints the certificate on one page', async () => {
    await desk.recordSample('K-000731');
    await desk.enterResult('152,4');
    await handover.to(chair);
    const certificate = await desk.issueCertificate('118');
    expect(await certificate.textContent()).toContain('KONSTANTINOPOLSKAIA-PREOBRAZHENSKAIA');
    expect(await pagesOf('certificate')).toBe(1);
  });

  it('prints the duplicate on one page', async () => {
    await desk.backToCase();
    await desk.reprintDuplicate('Порча');
    expect(await pagesOf('duplicate')).toBe(1);
  });

  it('prints every document on one page on an English desk too', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const pages: Record<string, number> = {};
    for (const [document, url] of printed) {
      await page.goto(url);
      await page.getByRole('article').first().waitFor();
      pages[document] = await printedPages();
    }
    expect(pages).toEqual({
      statement: 1,
      consent: 1,
      contract: 2,
      certificate: 1,
      duplicate: 1,
    });
  });
});
