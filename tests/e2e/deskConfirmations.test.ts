import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { CommissionHandover } from './pages/CommissionHandover';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';

// Issue 10, "the clerk's day": the desk's confirmations. A final result is shown large for a
// second look before it is written; an equivocal result's retest keeps the first sample and
// its result on the statement; a duplicate names the certificate, says its QR stays the same
// and needs a reason; a revoked certificate offers no QR, neither printed nor downloaded.
//
// One walk on one offline tablet, in the order written (as deskProcedure.test.ts): each test
// starts where the one before it left the desk, so read the first failure first.

describe('the desk asks before it writes what cannot be undone', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let desk: Desk;
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');
  // Only a commission member issues (issue #11): the admin hands over at that step.
  const chair = DEMO_STAFF.find((staff) => staff.login === 'commission');
  if (chair === undefined) throw new Error('the demo seed has no commission chair');
  let handover: CommissionHandover;

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    desk = new Desk(page);
    await page.goto(register.url);
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Кабинет лаборатории');
    handover = new CommissionHandover(page, admin);
    await handover.prepare();
    await home.openDesk();
    await context.setOffline(true);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('shows a typed result large with its unit and interpretation, and writes nothing until confirmed', async () => {
    await desk.openSignedStatement({
      surname: 'Голованова',
      givenName: 'Мария',
      birthDate: '14.02.1983',
      sex: 'Женский',
      document: '30 12 556677',
    });
    await desk.recordPaidContract({ method: 'Наличные', receipt: '0201' });
    // Two kits perform the paid IgG test, and only they are offered: the form guesses neither.
    const kits = page.locator('#sample-kit option');
    expect(await kits.allTextContents()).toEqual([
      '— выберите —',
      'SARS-CoV-2-IgG количественный-ИФА-БЕСТ (IgG, ELISA)',
      'Architect SARS-CoV-2 IgG (IgG, CLIA)',
    ]);
    await desk.recordSample('K-001001', null);
    expect(await page.locator('#sample-kit-error').textContent()).toBe(
      'Выберите тест-систему из списка клиники',
    );
    await desk.recordSample('K-001001');

    // The demo IgG kit: threshold 10 BAU/ml, grey zone 8–10; the desk writes the unit BAU/мл.
    expect(await desk.typeResult('90')).toBe('Антитела обнаружены');
    const confirmation = desk.resultConfirmation();
    const value = confirmation.getByTestId('confirm-value');
    expect(await value.textContent()).toBe('90 BAU/мл');
    expect(await confirmation.getByTestId('confirm-interpretation').textContent()).toBe(
      'Антитела обнаружены',
    );
    const size = await value.evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    expect(await page.getByTestId('result-interpretation').count()).toBe(0);

    // A slip of the finger: 90 was meant as 9,0. "Исправить" goes back with the value kept.
    await confirmation.getByRole('button', { name: 'Исправить', exact: true }).click();
    expect(await page.getByLabel(/^Значение/).inputValue()).toBe('90');
    expect(await page.getByTestId('result-interpretation').count()).toBe(0);
  });

  it('records an equivocal result once confirmed, and asks for a new sample', async () => {
    expect(await desk.typeResult('9,0')).toBe(
      'Сомнительный результат — требуется повторное исследование',
    );
    // The tablet reloads on the confirmation (offline): it comes back to the same second look.
    await page.reload();
    const confirmValue = desk.resultConfirmation().getByTestId('confirm-value');
    await confirmValue.waitFor({ timeout: 20_000 });
    expect(await confirmValue.textContent()).toBe('9 BAU/мл');
    expect(await page.getByTestId('result-interpretation').count()).toBe(0);
    await desk.confirmResult();
    expect(await page.getByTestId('result-interpretation').textContent()).toContain(
      'Сомнительный результат',
    );
    await page.getByText('Сомнительный результат: нужен повторный анализ.').waitFor();
  });

  it('keeps the first sample and its result visible after the retest, and certifies the retest', async () => {
    await desk.recordSample('K-001002');
    const earlier = page.getByTestId('earlier-samples').getByRole('listitem');
    await earlier.first().waitFor();
    expect(await earlier.allTextContents()).toEqual([
      expect.stringMatching(/^Пробирка K-001001, взят .*9 BAU\/мл — Сомнительный результат/),
    ]);
    expect(await desk.enterResult('152,4')).toBe('Антитела обнаружены');
    expect(await page.getByTestId('result-interpretation').textContent()).toBe(
      '152,4 BAU/мл — Антитела обнаружены',
    );
    expect(await earlier.count()).toBe(1);
    for (const item of await desk.checklist().allTextContents()) expect(item).toMatch(/^✓/);
    await handover.to(chair);
    const certificate = await desk.issueCertificate('401');
    // Each column of the bilingual certificate writes the value and its unit its own way.
    const printed = await certificate.textContent();
    expect(printed).toContain('152,4 BAU/мл — Антитела обнаружены');
    expect(printed).toContain('152.4 BAU/ml — Antibodies detected');
    await desk.backToCase();
    expect(await earlier.allTextContents()).toEqual([expect.stringContaining('K-001001')]);
  });

  it('asks for a duplicate’s reason, naming the certificate and saying its QR stays the same', async () => {
    const listed = (await page.locator('.certificate-item strong').first().textContent()) ?? '';
    const number = /№ (\S+)/.exec(listed)?.[1] ?? 'no number in the list';
    const form = await desk.openDuplicate();
    expect(await form.getByRole('heading').textContent()).toBe(`Дубликат справки № ${number}`);
    const text = (await form.textContent()) ?? '';
    expect(text).toContain('антитела обнаружены');
    expect(text).toContain('QR-код останется тем же');
    await form.getByRole('button', { name: 'Да, выдать дубликат' }).click();
    expect(await form.locator('.field-error').textContent()).toBe(
      'Укажите причину выдачи дубликата',
    );
    expect(await page.getByTestId('certificate-document').count()).toBe(0);
    expect(await page.locator('.certificate-item').count()).toBe(1);
    // "Другая причина" needs the reason typed.
    await form.getByText('Другая причина', { exact: true }).click();
    await form.getByRole('button', { name: 'Да, выдать дубликат' }).click();
    expect(await form.locator('.field-error').textContent()).toBe(
      'Укажите причину выдачи дубликата',
    );
    await form.getByRole('button', { name: 'Не выдавать' }).click();
    expect(await page.getByTestId('duplicate-form').count()).toBe(0);
  });

  it('prints the duplicate with the same QR once a reason is given, and lists the reason', async () => {
    const duplicate = await desk.reprintDuplicate('Порча');
    expect(await duplicate.textContent()).toContain('ДУБЛИКАТ');
    await desk.backToCase();
    const items = await page.locator('.certificate-item').allTextContents();
    expect(items.filter((item) => item.includes('дубликат (Порча)'))).toHaveLength(1);
  });

  it('offers no QR, printed or downloaded, for a revoked certificate and its duplicate', async () => {
    await desk.fillRevocation('ошибка в справке', 'Неверный номер документа');
    await desk.confirmRevocation();
    for (const index of [0, 1]) {
      await page.getByRole('link', { name: 'Открыть для печати' }).nth(index).click();
      const banner = page.getByTestId('certificate-revoked');
      await banner.waitFor();
      expect(await banner.textContent()).toContain('ошибка в справке');
      await page.getByTestId('certificate-qr-revoked').waitFor();
      expect(await page.getByTestId('certificate-qr').count()).toBe(0);
      expect(await page.getByRole('button', { name: /Скачать/ }).count()).toBe(0);
      await desk.backToCase();
    }
    expect(await page.getByRole('button', { name: 'Выдать дубликат', exact: true }).count()).toBe(
      0,
    );
  });
});
