import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { create } from 'qrcode';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { writeQrClip } from '../support/y4m';
import { Desk, TEST_FISCAL_DRIVE } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';
import { openSection } from './pages/sections';

// Issue #11 item 6: the payment's fiscal receipt is read by scanning the QR printed on the
// cash register's receipt, shown to Chromium's fake camera as a .y4m clip; its sum is held
// against the price; a refund needs its own «Возврат прихода» (n=2) receipt; the day's
// reconciliation lists the receipts and the differences with the shift report typed in.
//
// One walk, in the order written (as deskProcedure.test.ts): each test starts where the one
// before left the desk, so after a failure read the first failing test.

const admin = (() => {
  const account = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (account === undefined) throw new Error('the demo seed has no admin');
  return account;
})();

/** Five minutes ago on the clinic's wall clock (Kamchatka, UTC+12), as a receipt prints it. */
function receiptTime(): { readonly qr: string; readonly day: string; readonly shown: string } {
  const local = new Date(Date.now() + 12 * 3_600_000 - 5 * 60_000).toISOString();
  const [date = '', time = ''] = local.split('T');
  const [y, m, d] = date.split('-');
  return {
    qr: `${date.replace(/-/g, '')}T${time.slice(0, 5).replace(':', '')}`,
    day: `${d}.${m}.${y}`,
    shown: time.slice(0, 5),
  };
}

function writeReceiptClip(text: string): string {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'serodesk-receipt-')), 'receipt.y4m');
  writeQrClip(file, {
    size: modules.size,
    get: (row, col) => modules.data[row * modules.size + col] === 1,
  });
  return file;
}

/** The camera's status line and its preview's label, in Russian, as a scan may show them. */
const CAMERA_TEXTS = ['Камера включается…', 'Наведите камеру на QR-код', 'Изображение с камеры'];

/**
 * Notes every text the camera's status line and preview label take from now on: the scan
 * reads the receipt within a few frames, too fast to catch the line by polling it.
 */
async function recordCameraTexts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const note = () => {
      document.querySelectorAll('.camera-hint, .camera video').forEach((element) => {
        const text =
          element instanceof HTMLVideoElement
            ? (element.getAttribute('aria-label') ?? '')
            : element.textContent;
        if (!seen.includes(text)) seen.push(text);
      });
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    Object.assign(window, { cameraTextsSeen: seen });
  });
}

async function cameraTextsShown(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cameraTextsSeen: string[] }).cameraTextsSeen);
}

describe('the fiscal receipt at the desk: scanned payment, refund, the day reconciled', () => {
  const time = receiptTime();
  const receiptQr = `t=${time.qr}&s=950.00&fn=${TEST_FISCAL_DRIVE}&i=501&fp=3141592653&n=1`;
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let desk: Desk;
  /** The first citizen's contract number, as the paid contract shows it. */
  let firstContract = '';

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${writeReceiptClip(receiptQr)}`,
    ]);
    context = await browser.newContext({
      locale: 'ru-RU',
      timezoneId: 'Asia/Kamchatka',
      viewport: { width: 1024, height: 900 },
    });
    page = await context.newPage();
    desk = new Desk(page);
    await page.goto(register.url);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('opens a signed statement for a walk-in citizen', async () => {
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Касса, окно 2');
    await home.openDesk();
    await desk.openSignedStatement({
      surname: 'Чекова',
      givenName: 'Анна',
      birthDate: '12.05.1979',
      sex: 'Женский',
      document: '30 09 445566',
    });
  });

  it('fills the receipt fields by scanning the QR on the cash register’s receipt', async () => {
    await page.getByText('Наличные', { exact: true }).click();
    await recordCameraTexts(page);
    await page.getByRole('button', { name: 'Сканировать QR-код чека' }).click();
    await page.getByTestId('payment-receipt-scan').waitFor();
    // What the cashier read while the camera started: the scanner's own words, never its
    // i18n keys (the desk had not loaded them unless the verifier had been opened first).
    const shown = await cameraTextsShown(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((text) => !CAMERA_TEXTS.includes(text))).toEqual([]);
    expect(await page.getByTestId('payment-receipt-scan').textContent()).toBe(
      'QR-код чека считан: проверьте поля и сохраните',
    );
    expect(await page.locator('#payment-receipt-s').inputValue()).toBe('950.00');
    expect(await page.locator('#payment-receipt-fn').inputValue()).toBe(TEST_FISCAL_DRIVE);
    expect(await page.locator('#payment-receipt-i').inputValue()).toBe('501');
    expect(await page.locator('#payment-receipt-fp').inputValue()).toBe('3141592653');
    expect(await page.locator('#payment-receipt-n').inputValue()).toBe('1');
    // The camera is off once the receipt is read.
    expect(await page.getByTestId('camera').count()).toBe(0);
  });

  it('keeps what was typed over a reload, and refuses bad fields next to each', async () => {
    await page.locator('#payment-receipt-fn').fill('72844405');
    await page.locator('#payment-receipt-s').fill('900,00');
    await page.waitForTimeout(400);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: /Договор/ }).waitFor();
    await expect.poll(() => page.locator('#payment-receipt-s').inputValue()).toBe('900,00');
    expect(await page.locator('#payment-receipt-i').inputValue()).toBe('501');
    await page.getByRole('button', { name: 'Заключить договор и записать оплату' }).click();
    expect(await desk.errorOf('payment-receipt-fn').textContent()).toBe(
      'Номер ФН (fn) состоит из 16 цифр',
    );
    await page.locator('#payment-receipt-fn').fill(TEST_FISCAL_DRIVE);
    await page.getByRole('button', { name: 'Заключить договор и записать оплату' }).click();
    expect(await desk.errorOf('payment-receipt-s').textContent()).toBe(
      'Сумма в чеке 900,00\u00a0₽ не равна цене услуги 950,00\u00a0₽',
    );
    expect(await page.getByTestId('contract-paid').count()).toBe(0);
  });

  it('records the payment with the scanned receipt and shows it on the contract', async () => {
    await page.locator('#payment-receipt-s').fill('950.00');
    await page.getByRole('button', { name: 'Заключить договор и записать оплату' }).click();
    const paid = page.getByTestId('contract-paid');
    await paid.waitFor();
    firstContract = (await paid.locator('dd').first().textContent()) ?? '';
    expect(firstContract).toMatch(/^\S+-\d{6}$/);
    expect(await paid.textContent()).toContain(
      `Приход 950,00\u00a0₽, ${time.day} ${time.shown}; ФН ${TEST_FISCAL_DRIVE}, ФД 501, ФП 3141592653`,
    );
  });

  it('refuses the payment’s receipt scanned again as the refund’s', async () => {
    await desk.openRefund();
    await page.getByRole('button', { name: 'Сканировать QR-код чека' }).click();
    await page.getByTestId('refund-receipt-scan').waitFor();
    await page.getByLabel('Причина возврата').fill('Отказ от услуги до взятия образца');
    await page.getByRole('button', { name: 'Оформить возврат' }).click();
    expect(await desk.errorOf('refund-receipt-n').textContent()).toBe(
      'Для возврата нужен чек с признаком «Возврат прихода» (n=2), а этот чек — «Приход»',
    );
    expect(await page.getByTestId('contract-refunded').count()).toBe(0);
  });

  it('refunds with the «Возврат прихода» receipt typed from the paper', async () => {
    await page.locator('#refund-receipt-n').selectOption('2');
    await desk.confirmRefund('Отказ от услуги до взятия образца', '502');
    const refunded = page.getByTestId('contract-refunded');
    await refunded.waitFor();
    const text = (await refunded.textContent()) ?? '';
    expect(text).toContain('Чек возврата');
    expect(text).toContain(`Возврат прихода 950,00\u00a0₽`);
    expect(text).toContain('ФД 502');
  });

  it('lists the day’s receipts by payment method in the reconciliation', async () => {
    await openSection(page, {
      nav: 'Разделы регистратуры',
      link: 'Сверка с кассой',
      heading: 'Сверка чеков с кассой за день',
    });
    await desk.field('Дата смены').fill(time.day);
    const rows = page.getByTestId('reconciliation-receipts').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('Приход');
    expect(await rows.nth(0).textContent()).toContain('501');
    expect(await rows.nth(1).textContent()).toContain('Возврат прихода');
    const cash = page.getByTestId('reconciliation-by-method').locator('tbody tr').first();
    expect(await cash.textContent()).toBe('Наличные950,00\u00a0₽ · 1 чек.950,00\u00a0₽ · 1 чек.');
  });

  it('shows one deliberate difference with the shift report, and keeps the figures over a reload', async () => {
    await desk.field('Чеков прихода').fill('1');
    await desk.field('Приход наличными').fill('950,00');
    await desk.field('Приход безналичными').fill('0');
    await desk.field('Чеков возврата прихода').fill('1');
    await desk.field('Возврат прихода наличными').fill('950');
    await desk.field('Возврат прихода безналичными').fill('0');
    const verdict = page.getByTestId('reconciliation-verdict');
    await expect
      .poll(() => verdict.textContent())
      .toBe('Расхождений нет: все итоги совпадают с отчётом кассы.');

    // The report shows a second cash receipt of 950 roubles that the desk never recorded.
    await desk.field('Чеков прихода').fill('2');
    await desk.field('Приход наличными').fill('1 900,00');
    await expect
      .poll(() => page.getByTestId('reconciliation-differences').locator('li').allTextContents())
      .toEqual([
        'Чеков прихода: в SeroDesk 1, в отчёте кассы 2, разница −1',
        'Приход наличными: в SeroDesk 950,00\u00a0₽, в отчёте кассы 1\u00a0900,00\u00a0₽, разница −950,00\u00a0₽',
        'Приход всего: в SeroDesk 950,00\u00a0₽, в отчёте кассы 1\u00a0900,00\u00a0₽, разница −950,00\u00a0₽',
      ]);
    expect(await page.locator('[data-testid="reconciliation-lines"] tr.differs').count()).toBe(3);

    await page.waitForTimeout(400);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Сверка чеков с кассой за день' }).waitFor();
    await desk.field('Дата смены').fill(time.day);
    await expect.poll(() => desk.field('Приход наличными').inputValue()).toBe('1 900,00');
    expect(await desk.field('Чеков прихода').inputValue()).toBe('2');
    await expect
      .poll(() => page.getByTestId('reconciliation-differences').locator('li').count())
      .toBe(3);
  });

  it('refuses the first citizen’s receipt on a second citizen’s payment, naming the contract', async () => {
    await desk.openSignedStatement({
      surname: 'Вторая',
      givenName: 'Ольга',
      birthDate: '03.02.1990',
      sex: 'Женский',
      document: '30 09 778899',
    });
    await page.getByText('Наличные', { exact: true }).click();
    await desk.typeReceipt('payment-receipt', { document: '501' });
    await page.getByRole('button', { name: 'Заключить договор и записать оплату' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'уже записан на другой договор' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'Этот кассовый чек (тот же ФН и ФД) уже записан на другой договор клиники: один чек ' +
        'подтверждает оплату или возврат только по одному договору. Сверьте ФД с бумажным ' +
        `чеком — ФН ${TEST_FISCAL_DRIVE}, ФД 501; № ${firstContract}`,
    );
    expect(await page.getByTestId('contract-paid').count()).toBe(0);

    await page.locator('#payment-receipt-i').fill('504');
    await page.getByRole('button', { name: 'Заключить договор и записать оплату' }).click();
    await page.getByTestId('contract-paid').waitFor();
  });
});
