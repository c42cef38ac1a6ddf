import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { parseJwks } from '../../src/core/shc/jwk';
import { qrMatrix, renderQrPng } from '../../src/core/shc/qrRender';
import { toQrSegments } from '../../src/core/shc/qrSegments';
import { verifyHealthCard } from '../../src/core/shc/verifyHealthCard';
import { DEMO_STAFF } from '../../src/register/seed';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { CommissionHandover } from './pages/CommissionHandover';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';
import { E2E_DIST } from '../support/appDist';

// Issue 3's walk-in case on a tablet that is offline from the start of the procedure: the
// clerk registers the citizen, prints the statement, records the paid contract, enters the
// result, and the commission issues the certificate, whose print view is checked with a
// screenshot (test-results/certificate-print.png) and axe. Only sign-in and enrolment touch
// the register; everything after `setOffline(true)` is the tablet alone.
//
// The tests are one walk, on purpose, in the order written: one register, one browser page,
// one tablet, and each step starts where the one before it left the desk (the person it
// registered, the case it opened, the certificate it issued). Splitting them into
// self-contained tests would repeat the whole procedure for each step. So run the file as a
// whole (`-t` on a later test alone fails at its first step), and after a failure read the
// first failing test: the ones after it fail because their starting point is missing (#13).

// A4 at 96 CSS pixels per inch.
const A4 = { width: 794, height: 1123 };
const MM = 96 / 25.4;

describe('the registry desk procedure, offline', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let desk: Desk;
  // The admin may act as registrar and lab, so one sign-in covers the procedure up to the
  // commission; only a commission member issues (issue #11), so the admin hands the tablet
  // over there, offline, on a PIN (CommissionHandover), and takes it back for a clerk's step.
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');
  const chair = DEMO_STAFF.find((staff) => staff.login === 'commission');
  if (chair === undefined) throw new Error('the demo seed has no commission chair');
  let handover: CommissionHandover;

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1024, height: 768 } });
    page = await context.newPage();
    desk = new Desk(page);
    handover = new CommissionHandover(page, admin);
    await page.goto(register.url);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('signs in and enrols the tablet online, then opens the desk', async () => {
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Регистратура, окно 1');
    await handover.prepare();
    await home.openDesk();
    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });

  it('refuses a wrong SNILS and a passport series with letters, next to the fields', async () => {
    await desk.openNewPersonForm();
    await desk.fillPerson({
      surname: 'Щербакова',
      givenName: 'Юлия',
      patronymic: 'Ильинична',
      birthDate: '31.08.1985',
      sex: 'Женский',
      document: '30А5 123456',
      snils: '112-233-445 96',
    });
    expect(await desk.field('Фамилия латиницей').inputValue()).toBe('SHCHERBAKOVA');
    expect(await desk.field('Имя латиницей').inputValue()).toBe('IULIIA');
    await desk.submitPerson();
    expect(await desk.errorOf('person-snils').textContent()).toBe(
      'Неверная контрольная сумма СНИЛС',
    );
    expect(await desk.errorOf('person-documentText').textContent()).toBe(
      'Серия паспорта состоит только из 4 цифр',
    );
    expect(await desk.field('СНИЛС (если есть)').getAttribute('aria-invalid')).toBe('true');
  });

  it('registers the person once the fields are right', async () => {
    await desk.field('Серия и номер').fill('30 05 123456');
    await desk.field('СНИЛС (если есть)').fill('112-233-445 95');
    await desk.submitPerson();
    await page.getByRole('heading', { level: 1, name: 'Щербакова Юлия Ильинична' }).waitFor();
    // The card shows the person as saved: the corrected document and SNILS, not the refused.
    expect(page.url()).toMatch(/\/desk\/person\/[0-9a-f-]{36}$/);
    const facts = (await page.locator('.facts').textContent()) ?? '';
    expect(facts).toContain('30 05 123456');
    expect(facts).toContain('112-233-445 95');
    expect(facts).toContain('SHCHERBAKOVA IULIIA');
    // What is recorded is labelled as such, not as the form's optional field.
    expect(await page.locator('.facts dt').allTextContents()).toContain('СНИЛС');
    expect(facts).not.toContain('если есть');
  });

  it('opens the statement pre-filled for signature, then marks it signed', async () => {
    await desk.startApplication();
    await desk.tickStatement();
    const statement = await desk.openStatementPrint();
    const text = (await statement.textContent()) ?? '';
    expect(text).toContain('от Щербаковой Юлии Ильиничны');
    expect(text).toContain('Паспорт РФ: 30 05 123456');
    expect(text).toContain('152-ФЗ');
    await desk.backFromPrint();
    await desk.markStatementSigned();
  });

  it('records the contract as paid, with a number made on the tablet', async () => {
    const number = await desk.recordPaidContract({ method: 'Банковская карта', receipt: '0017' });
    expect(number).toMatch(/^PKGP3-[A-Z0-9]{1,6}-\d{4}-000001$/);
  });

  it('enters the sample and a result, showing the interpretation computed from the kit', async () => {
    await desk.recordSample('K-000731');
    expect(await desk.enterResult('152,4')).toBe('Антитела обнаружены');
  });

  it('passes every check-list item and issues the certificate', async () => {
    const items = await desk.checklist().allTextContents();
    expect(items).toHaveLength(9);
    for (const item of items) expect(item).toMatch(/^✓/);
    // The admin sees the check-list but no issue form: the commission decides.
    expect(await page.getByRole('button', { name: 'Выдать справку' }).count()).toBe(0);
    await handover.to(chair);
    const certificate = await desk.issueCertificate('118');
    const text = (await certificate.textContent()) ?? '';
    // The commission's order, protocol date, everyone who took part, the seal, the kit's
    // maker and registration, and where it is valid (issue #11).
    expect(text).toContain('приказ № 41-од от 12.01.2026');
    expect(text).toMatch(/№ 118 от \d\d\.\d\d\.\d{4}/);
    for (const name of [chair.displayName, 'Орлова Дарья Павловна', 'Гусейнов Тимур Рашидович']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Председатель комиссии');
    expect(text).toContain('М. П.');
    expect(text).toContain('АО «Вектор-Бест»; регистрационное удостоверение РЗН 2020/10393');
    expect(text).toContain('Справка действительна на территории Камчатского края');
    expect(text).toContain('СПРАВКА');
    expect(text).toContain('CERTIFICATE');
    expect(text).toContain('Антитела к SARS-CoV-2 ОБНАРУЖЕНЫ');
    expect(text).toContain('SHCHERBAKOVA IULIIA');
    expect(text).toMatch(/№ PKGP3-[A-Z0-9]{1,6}-\d{4}-000001/);
  });

  it('prints the certificate on one A4 page with a QR at least 40 mm wide, and passes axe', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize(A4);
    const qr = await page.getByTestId('certificate-qr').boundingBox();
    expect(qr?.width ?? 0).toBeGreaterThanOrEqual(40 * MM);
    const sheet = await page.getByTestId('certificate-document').boundingBox();
    expect(sheet?.height ?? Infinity).toBeLessThanOrEqual(A4.height + 1);
    expect(await page.getByRole('button', { name: 'Печать' }).isVisible()).toBe(false);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/certificate-print.png', fullPage: true });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  it('gives the signed card as a file that verifies on another device, and its QR as a PNG', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1024, height: 768 });
    const jws = await desk.cardJws();
    // The verifying device is this test process, online: it fetches the issuer's keys.
    const jwks = parseJwks(await (await fetch(`${register.url}/.well-known/jwks.json`)).json());
    if (!jwks.ok) throw new Error('the register publishes no readable JWKS');
    const verification = await verifyHealthCard(jws, {
      subtle: webcrypto.subtle as SubtleCrypto,
      trust: new Map([
        [register.config.issuerUrl, { jwks: jwks.value, crls: new Map(), fetchedAt: Date.now() }],
      ]),
      now: Date.now(),
    });
    expect(verification.verdict).toBe('valid');
    expect(verification.subject?.latin).toContain('SHCHERBAKOVA');
    // The PNG is exactly the QR of that card (decoding it is the verifier's own suite).
    const plan = toQrSegments(jws);
    if (!plan.ok) throw new Error('the card does not fit a QR');
    expect(await desk.download('Скачать QR (PNG)')).toEqual(
      renderQrPng(qrMatrix(plan.value), 8, 4),
    );
  });

  it('reprints a lost certificate as a duplicate with the same number and the same QR', async () => {
    const original = await page.getByTestId('certificate-qr').getAttribute('src');
    const number = await page.locator('.cert-number').first().textContent();
    await desk.backToCase();
    const duplicate = await desk.reprintDuplicate();
    expect(await duplicate.locator('.cert-number').first().textContent()).toBe(number);
    expect(await page.getByTestId('certificate-qr').getAttribute('src')).toBe(original);
    expect(await duplicate.textContent()).toContain('DUPLICATE');
  });

  it('finds the person by SNILS as the clerk types', async () => {
    const found = await desk.search('112-233-445 95');
    await expect
      .poll(() => found.allTextContents(), { timeout: 5_000 })
      .toEqual([expect.stringContaining('Щербакова Юлия Ильинична')]);
  });

  it('lists the application in the day journal as certified and not yet sent', async () => {
    const rows = await desk.openJournal();
    await expect.poll(() => rows.count(), { timeout: 5_000 }).toBe(1);
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toContain('Справка выдана');
    expect(row).toContain('Справка: ожидает отправки');
  });

  it('corrects the certificate: a new number, and the old one revoked', async () => {
    await handover.back(admin, '4829');
    await desk.openJournal();
    await page.locator('.journal > li a').first().click();
    await page.getByRole('link', { name: /Щербакова Юлия Ильинична/ }).click();
    await desk.correctLatinGivenName('YULIA');
    await page.getByRole('link', { name: /Обращение от/ }).click();
    await handover.back(chair, '5071');
    const corrected = await desk.correctCertificate('119');
    const text = (await corrected.textContent()) ?? '';
    expect(text).toContain('SHCHERBAKOVA YULIA');
    expect(text).toMatch(/№ PKGP3-[A-Z0-9]{1,6}-\d{4}-000002/);
    await desk.backToCase();
    const items = await page.locator('.certificate-item').allTextContents();
    expect(items.filter((item) => item.includes('аннулирована'))).toHaveLength(2);
    expect(items.filter((item) => item.includes('действует'))).toHaveLength(1);
  });

  it('revokes a certificate only with a note for fraud, after confirming, and prints it void', async () => {
    await desk.fillRevocation('недостоверные сведения', '');
    expect(await page.locator('.field-error').allTextContents()).toEqual([
      'При ошибке или недостоверных сведениях опишите, что случилось',
    ]);
    await desk.fillRevocation('недостоверные сведения', 'Паспорт не совпадает с заявлением');
    await desk.confirmRevocation();
    const items = await page.locator('.certificate-item').allTextContents();
    expect(items.filter((item) => item.includes('действует'))).toHaveLength(0);
    expect(
      items.filter((item) =>
        item.includes('недостоверные сведения — Паспорт не совпадает с заявлением'),
      ),
    ).toHaveLength(1);
    await page.getByRole('link', { name: 'Открыть для печати' }).last().click();
    const banner = page.getByTestId('certificate-revoked');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('АННУЛИРОВАНА / REVOKED');
    expect(await banner.textContent()).toContain('недостоверные сведения');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize(A4);
    expect(await banner.isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/certificate-revoked-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1024, height: 768 });
    await desk.backToCase();
    // Revoked for false information, the case is over: no new certificate is offered on it.
    expect(await page.getByTestId('commission-revoked').textContent()).toContain(
      'Справка по этому заявлению аннулирована (недостоверные сведения). Новую справку по нему выдать нельзя',
    );
    expect(await page.getByRole('button', { name: 'Выдать справку' }).count()).toBe(0);
  });

  it('keeps a half-typed form across a reload with no network', async () => {
    await handover.back(admin, '4829');
    await desk.openNewPersonForm();
    await desk.field('Фамилия').fill('Тюнэ');
    await page.waitForTimeout(400);
    await page.reload();
    await expect.poll(() => desk.field('Фамилия').inputValue(), { timeout: 10_000 }).toBe('Тюнэ');
    expect(await desk.field('Фамилия латиницей').inputValue()).toBe('TIUNE');
  });

  it('offers a registrar only the registrar’s steps', async () => {
    const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
    if (registrar === undefined) throw new Error('the demo seed has no registrar');
    await context.setOffline(false);
    // Signing out waits for the tablet's work to reach the register (sign-out is refused
    // while anything is unsynced), as a clerk ending a shift would.
    await page.getByRole('button', { name: 'Синхронизировать' }).click();
    await page
      .getByTestId('sync-waiting')
      .getByText('Все записи отправлены', { exact: true })
      .waitFor({ timeout: 30_000 });
    // Both revocations (the correction's and the desk's) reached the register's CRL.
    const jwks = (await (await fetch(`${register.url}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    const kid = jwks.keys[0]?.kid ?? '';
    const crl = (await (await fetch(`${register.url}/.well-known/crl/${kid}.json`)).json()) as {
      rids: string[];
    };
    expect(crl.rids).toHaveLength(2);
    await page.getByRole('link', { name: /SeroDesk/ }).click();
    await handover.signOut();
    const home = new StaffHome(page);
    await home.signIn(registrar);
    await home.openDesk();
    await context.setOffline(true);
    await desk.openSignedStatement({
      surname: 'Ким',
      givenName: 'Ольга',
      birthDate: '02.01.1990',
      sex: 'Женский',
      document: '30 07 654321',
    });
    await desk.recordPaidContract({ method: 'Наличные', receipt: '0018' });
    await page.getByText('Образец записывает лаборант.').waitFor();
    expect(await page.getByRole('button', { name: 'Записать взятие образца' }).count()).toBe(0);
    expect(await page.getByText('Решение принимает член комиссии.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Выдать справку' }).count()).toBe(0);
  });

  it('refunds a paid contract only with a reason, and locks the lab step again', async () => {
    await desk.refundFirstNote().waitFor();
    expect(
      await page.getByRole('button', { name: 'Пациент передумал — отозвать заявление' }).count(),
    ).toBe(0);
    await desk.openRefund();
    await desk.confirmRefund('');
    expect(await page.locator('.field-error').allTextContents()).toEqual(['Укажите причину']);
    await desk.confirmRefund('Отказ от услуги до взятия образца');
    await page.getByTestId('contract-refunded').waitFor();
    await page.getByText('Сначала запишите оплату по договору').waitFor();
  });

  it('withdraws the refunded statement only with a reason, and offers nothing further', async () => {
    await desk.withdrawStatement('');
    expect(await page.locator('.field-error').allTextContents()).toEqual([
      'Укажите причину отзыва заявления',
    ]);
    await desk.withdrawStatement('Передумала, справка не нужна');
    const withdrawn = page.getByTestId('statement-withdrawn');
    await withdrawn.waitFor();
    expect(await withdrawn.textContent()).toContain('Причина: Передумала, справка не нужна');
    expect(await page.getByText('Сначала запишите оплату по договору').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 2, name: /Образец и результат/ }).count()).toBe(
      0,
    );
    expect(await page.getByTestId('contract-refunded').count()).toBe(1);
  });

  it('passes axe on the case page as the registrar sees it', async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  it('lists the withdrawn statement in the day journal as withdrawn', async () => {
    const rows = await desk.openJournal();
    await expect
      .poll(() => rows.allTextContents(), { timeout: 5_000 })
      .toContainEqual(expect.stringContaining('Заявление отозвано'));
    await page
      .getByRole('link', { name: /Щербакова/ })
      .first()
      .click();
  });

  it('warns about a likely duplicate and offers the existing person', async () => {
    await desk.openNewPersonForm();
    await desk.fillPerson({
      surname: 'Щербакова',
      givenName: 'Юлия',
      birthDate: '31.08.1985',
      sex: 'Женский',
      document: '30 05 123456',
    });
    await desk.submitPerson();
    const warning = page.getByRole('alert').filter({ hasText: 'уже зарегистрирован' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain(
      'Совпадает документ; Совпадают фамилия, имя и дата рождения',
    );
    await warning.getByRole('link', { name: /Щербакова Юлия Ильинична, 31\.08\.1985/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Щербакова Юлия Ильинична' }).waitFor();
    await page.getByRole('link', { name: /Обращение от/ }).click();
    await page.getByRole('heading', { level: 2, name: '5. Справки' }).waitFor();
    // Revoking is the commission's: the registrar does not see it.
    expect(await page.getByRole('button', { name: 'Аннулировать справку' }).count()).toBe(0);
  });

  it('switches the desk to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: '3. Sample and result' }).waitFor();
    expect(await page.getByRole('link', { name: 'Day journal' }).count()).toBe(1);
    expect(
      await page.getByText('Certificate No. PKGP3-', { exact: false }).count(),
    ).toBeGreaterThan(0);
  });

  it('prints the statement in Russian with the English translation under it on an English desk', async () => {
    await page.getByRole('link', { name: 'Statement for signature' }).click();
    // The signed text is Russian, so the document is still named by its Russian title.
    const statement = page.getByRole('article', { name: 'ЗАЯВЛЕНИЕ' });
    await statement.waitFor();
    const text = (await statement.textContent()) ?? '';
    expect(text).toContain('от Щербаковой Юлии Ильиничны');
    expect(text).toContain('from Щербакова Юлия Ильинична');
    expect(text).toContain('152-ФЗ');
    expect(text).toContain('STATEMENT');
    expect(text).toContain('Federal Law No. 152-FZ');
    expect(text).toContain('the Russian text is the one signed');
    expect(await statement.locator('[lang="en"].statement-translation').count()).toBeGreaterThan(5);
    await page.screenshot({ path: 'test-results/statement-translated.png', fullPage: true });
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('button', { name: 'Русский' }).click();
  });
});
