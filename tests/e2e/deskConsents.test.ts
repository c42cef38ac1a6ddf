import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import { pdfPageCount } from '../support/pdfPages';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';

// The consents of issue #11 on an offline tablet: the statement's personal-data consent names
// what 152-ФЗ ст. 9 ч. 4 asks (and no federal register, which this register does not feed);
// the ИДС to the blood draw is its own one-page print, and the sample waits for it; then the
// citizen withdraws consent, the case stops, and the page says what is kept.
//
// One walk in the order written, like deskProcedure.test.ts: read the first failing test.

describe('consents at the desk, offline', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let desk: Desk;
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    desk = new Desk(page);
    await page.goto(register.url);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('signs in, enrols the tablet and goes offline', async () => {
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Регистратура, окно 2');
    await home.openDesk();
    await context.setOffline(true);
  });

  it('prints the personal-data consent with address, document issue and no federal register', async () => {
    await desk.registerPerson({
      surname: 'Кузнецова',
      givenName: 'Анна',
      patronymic: 'Игоревна',
      birthDate: '14.02.1983',
      sex: 'Женский',
      document: '30 12 556677',
      address: 'г. Елизово, ул. Ленина, д. 5',
      documentIssuedOn: '20.03.2003',
      documentIssuedBy: 'ОВД г. Елизово',
    });
    await desk.startApplication();
    await desk.tickStatement();
    const statement = await desk.openStatementPrint();
    const text = (await statement.textContent()) ?? '';
    expect(text).toContain('Я, Кузнецова Анна Игоревна, адрес: г. Елизово, ул. Ленина, д. 5');
    expect(text).toContain('паспорт РФ 30 12 556677, выдан 20.03.2003 ОВД г. Елизово');
    expect(text).toContain('региональный регистр справок');
    expect(text).toContain('В федеральные информационные системы сведения не передаются.');
    expect({ 'statement (ru)': pdfPageCount(await page.pdf({ preferCSSPageSize: true })) }).toEqual(
      { 'statement (ru)': 1 },
    );
    await desk.backFromPrint();
    await desk.markStatementSigned({ withConsent: false });
  });

  it('holds the sample back until the ИДС is signed, and says why', async () => {
    await desk.recordPaidContract({ method: 'Наличные', receipt: '0031' });
    await page.getByTestId('sample-needs-consent').waitFor();
    expect(await page.getByTestId('sample-needs-consent').textContent()).toContain(
      'нет подписанного ИДС',
    );
    expect(await desk.field('Номер пробирки (этикетка)').count()).toBe(0);
  });

  it('prints the ИДС on one A4 page, with the intervention, risks and the right to refuse', async () => {
    const consent = await desk.openConsentPrint();
    const text = (await consent.textContent()) ?? '';
    expect(text).toContain('Я, Кузнецова Анна Игоревна, 14.02.1983 года рождения');
    expect(text).toContain('взятие венозной крови');
    expect(text).toContain('гематома');
    expect(text).toContain('вправе отказаться');
    expect(text).toContain('Медицинский работник');
    expect({ 'ИДС (ru)': pdfPageCount(await page.pdf({ preferCSSPageSize: true })) }).toEqual({
      'ИДС (ru)': 1,
    });
    await desk.backFromPrint();
  });

  it('records the sample once the ИДС is marked signed', async () => {
    await desk.markConsentSigned();
    expect(await page.getByTestId('consent-signed').textContent()).toContain('пациентом');
    await desk.recordSample('K-002001');
    await page.getByLabel(/^Значение/).waitFor();
  });

  it('stops the case when the patient withdraws consent, and says what is kept', async () => {
    await desk.withdrawConsent(
      ['Согласие на обработку персональных данных'],
      'Заявление от пациента',
    );
    expect(await page.getByTestId('consent-withdrawn').textContent()).toContain(
      'Согласие на обработку персональных данных',
    );
    const kept = await page.getByTestId('consent-kept').getByRole('listitem').allTextContents();
    expect(kept.join('\n')).toContain('медицинская документация');
    expect(kept.join('\n')).toContain('54-ФЗ');
    // The lab's and the commission's forms are gone; the refund is still offered.
    expect(await page.getByLabel(/^Значение/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Возврат оплаты' }).count()).toBe(1);
  });

  it('prints the ИДС and the statement with their translations on one page each, in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'ИДС for signature' }).click();
    const consent = page.getByRole('article', { name: 'ИНФОРМИРОВАННОЕ ДОБРОВОЛЬНОЕ СОГЛАСИЕ' });
    expect(await consent.textContent()).toContain('venous blood draw');
    expect({ 'ИДС (en)': pdfPageCount(await page.pdf({ preferCSSPageSize: true })) }).toEqual({
      'ИДС (en)': 1,
    });
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('link', { name: 'Statement for signature' }).click();
    const statement = page.getByRole('article', { name: 'ЗАЯВЛЕНИЕ' });
    expect(await statement.textContent()).toContain(
      'Nothing is sent to federal information systems.',
    );
    expect({ 'statement (en)': pdfPageCount(await page.pdf({ preferCSSPageSize: true })) }).toEqual(
      { 'statement (en)': 1 },
    );
  });
});
