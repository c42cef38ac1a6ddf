import { describe, expect, it } from 'vitest';
import { checkReceiptForm, emptyReceiptForm, readScannedReceipt } from './receiptForm';

const NOW = new Date('2026-12-01T00:00:00Z');
const QR = 't=20261201T1030&s=950.00&fn=7284440500123456&i=451&fp=2819037465&n=2';

describe('the receipt fields at the desk', () => {
  it('starts a payment at now in clinic time with «Приход», a refund with «Возврат прихода»', () => {
    expect(emptyReceiptForm('payment', NOW, 720)).toMatchObject({ t: '2026-12-01T12:00', n: '1' });
    expect(emptyReceiptForm('refund', NOW, 720)).toMatchObject({ n: '2' });
  });

  it('fills the same fields from a scanned receipt QR', () => {
    expect(readScannedReceipt(QR)).toEqual({
      ok: true,
      form: {
        t: '2026-12-01T10:30',
        s: '950.00',
        fn: '7284440500123456',
        i: '451',
        fp: '2819037465',
        n: '2',
      },
    });
  });

  it('says why a scanned code is not a receipt, in both languages', () => {
    const read = readScannedReceipt('shc:/5676290952432060346029243740');
    expect(read).toEqual({
      ok: false,
      message: {
        ru: 'Это не QR-код кассового чека: нет полей t, s, fn, i, fp, n',
        en: 'This is not a cash receipt QR code: it has none of t, s, fn, i, fp, n',
      },
    });
  });

  it('accepts a scanned refund receipt for a refund of the price', () => {
    const read = readScannedReceipt(QR);
    if (!read.ok) throw new Error('the QR did not read');
    const checked = checkReceiptForm(read.form, {
      priceKopecks: 95_000,
      purpose: 'refund',
      now: NOW,
      utcOffsetMinutes: 720,
    });
    expect(checked).toMatchObject({
      ok: true,
      value: { receipt: { operation: 'income-return' }, paidAt: '2026-11-30T22:30:00.000Z' },
    });
  });

  it('refuses a payment receipt offered for a refund', () => {
    const read = readScannedReceipt(QR.replace('n=2', 'n=1'));
    if (!read.ok) throw new Error('the QR did not read');
    const checked = checkReceiptForm(read.form, {
      priceKopecks: 95_000,
      purpose: 'refund',
      now: NOW,
      utcOffsetMinutes: 720,
    });
    expect(!checked.ok && Object.keys(checked.errors)).toEqual(['n']);
  });

  it('checks only the fields while no price is known', () => {
    const read = readScannedReceipt(QR.replace('s=950.00', 's=1.00'));
    if (!read.ok) throw new Error('the QR did not read');
    const checked = checkReceiptForm(read.form, {
      priceKopecks: undefined,
      purpose: 'refund',
      now: NOW,
      utcOffsetMinutes: 720,
    });
    expect(checked.ok).toBe(true);
  });
});
