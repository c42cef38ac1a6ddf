import { describe, expect, it } from 'vitest';
import type { FiscalReceipt, ReceiptField, ReceiptLocalTime, ReceiptReason } from './fiscalReceipt';
import {
  RECEIPT_FIELDS,
  RECEIPT_OPERATIONS,
  checkReceiptFields,
  fiscalReceiptSchema,
  formatReceiptQr,
  parseReceiptQr,
  receiptDate,
} from './fiscalReceipt';
import { RECEIPT_MESSAGES } from './fiscalReceiptMessages';

// Made-up receipts shaped like real ones: 16-digit drive serials with the prefixes drives
// carry (7284…, 9282…, 9960…), document numbers and fiscal signs of realistic lengths.
const PAID = 't=20261201T1030&s=950.00&fn=7284440500123456&i=12345&fp=1234567890&n=1';

const paid: FiscalReceipt = {
  localTime: '2026-12-01T10:30' as ReceiptLocalTime,
  sumKopecks: 95000,
  fiscalDrive: '7284440500123456',
  documentNumber: '12345',
  fiscalSign: '1234567890',
  operation: 'income',
};

/** PAID with one member replaced (or removed, when `value` is undefined). */
function withMember(field: ReceiptField, value: string | undefined): string {
  return PAID.split('&')
    .flatMap((member) => {
      if (!member.startsWith(`${field}=`)) return [member];
      return value === undefined ? [] : [`${field}=${value}`];
    })
    .join('&');
}

describe('reading the QR code of a cash receipt', () => {
  it('reads every member of a receipt for a paid service', () => {
    expect(parseReceiptQr(PAID)).toEqual({ ok: true, value: paid });
  });

  it('reads real-looking receipts from different registers', () => {
    const cases: [string, Partial<FiscalReceipt>][] = [
      [
        't=20261130T084512&s=1450.00&fn=9282440300912345&i=4821&fp=3002514767&n=1',
        { localTime: '2026-11-30T08:45:12' as ReceiptLocalTime, sumKopecks: 145000 },
      ],
      [
        't=20270115T1702&s=12600.50&fn=9960440301234567&i=107&fp=593215864&n=1',
        { localTime: '2027-01-15T17:02' as ReceiptLocalTime, sumKopecks: 1260050 },
      ],
      [
        't=20261231T2359&s=0.01&fn=7281440701234567&i=1&fp=42&n=2',
        { sumKopecks: 1, documentNumber: '1', fiscalSign: '42', operation: 'income-return' },
      ],
      [
        't=20260301T0000&s=3200.00&fn=9999078900001234&i=4294967295&fp=4294967295&n=3',
        { documentNumber: '4294967295', operation: 'expense' },
      ],
      [
        't=20260301T0000&s=100.00&fn=9999078900001234&i=12&fp=7&n=4',
        { operation: 'expense-return' },
      ],
    ];
    for (const [text, expected] of cases) {
      const result = parseReceiptQr(text);
      expect(result.ok, text).toBe(true);
      if (result.ok) expect(result.value).toMatchObject(expected);
    }
  });

  it('takes the members in any order', () => {
    const shuffled = 'n=1&fp=1234567890&i=12345&fn=7284440500123456&s=950.00&t=20261201T1030';
    expect(parseReceiptQr(shuffled)).toEqual({ ok: true, value: paid });
  });

  it('keeps the time as the register wrote it, seconds included, with no zone', () => {
    const result = parseReceiptQr(withMember('t', '20261201T103015'));
    expect(result.ok && result.value.localTime).toBe('2026-12-01T10:30:15');
    expect(result.ok && receiptDate(result.value)).toBe('2026-12-01');
  });

  it('counts the sum in whole kopecks with two, one or no decimals', () => {
    const kopecksOf = (s: string): number | undefined => {
      const result = parseReceiptQr(withMember('s', s));
      return result.ok ? result.value.sumKopecks : undefined;
    };
    expect(kopecksOf('950.00')).toBe(95000);
    expect(kopecksOf('950.5')).toBe(95050);
    expect(kopecksOf('950')).toBe(95000);
    expect(kopecksOf('0.07')).toBe(7);
    // 0.1 + 0.2 style binary fractions never enter: 1113.99 is 111399 exactly.
    expect(kopecksOf('1113.99')).toBe(111399);
    expect(kopecksOf('9999999999.99')).toBe(999_999_999_999);
  });

  it('drops leading zeros of the document number and fiscal sign, not of the drive', () => {
    const text = 't=20261201T1030&s=950.00&fn=0004440500123456&i=0012345&fp=0034567890&n=1';
    const result = parseReceiptQr(text);
    expect(result.ok && [result.value.fiscalDrive, result.value.documentNumber]).toEqual([
      '0004440500123456',
      '12345',
    ]);
    expect(result.ok && result.value.fiscalSign).toBe('34567890');
  });

  it('ignores surrounding whitespace and members it does not know', () => {
    expect(parseReceiptQr(`  ${PAID}\n`)).toEqual({ ok: true, value: paid });
    expect(parseReceiptQr(`${PAID}&x=1`)).toEqual({ ok: true, value: paid });
  });

  it('refuses each malformed member with the reason that names it', () => {
    const cases: [ReceiptField, string, ReceiptReason][] = [
      ['t', '2026-12-1T10:30', 'receipt-t-format'],
      ['t', '20261201', 'receipt-t-format'],
      ['t', '20261201T10', 'receipt-t-format'],
      ['t', '20261201T1030Z', 'receipt-t-format'],
      ['t', '20260230T1030', 'receipt-t-impossible'],
      ['t', '20261301T1030', 'receipt-t-impossible'],
      ['t', '20261201T2400', 'receipt-t-impossible'],
      ['t', '20261201T1060', 'receipt-t-impossible'],
      ['t', '20261201T103060', 'receipt-t-impossible'],
      ['t', '19991231T1030', 'receipt-t-impossible'],
      ['s', '950.001', 'receipt-s-format'],
      ['s', '950.', 'receipt-s-format'],
      ['s', '.50', 'receipt-s-format'],
      ['s', '-950.00', 'receipt-s-format'],
      ['s', '9.5e2', 'receipt-s-format'],
      ['s', '950.00 RUB', 'receipt-s-format'],
      ['s', '99999999999.00', 'receipt-s-format'],
      ['fn', '728444050012345', 'receipt-fn-format'],
      ['fn', '72844405001234567', 'receipt-fn-format'],
      ['fn', '72844405001234X6', 'receipt-fn-format'],
      ['i', '0', 'receipt-i-format'],
      ['i', '000', 'receipt-i-format'],
      ['i', '12345678901', 'receipt-i-format'],
      ['i', '12a45', 'receipt-i-format'],
      ['fp', '12345678901', 'receipt-fp-format'],
      ['fp', '-1', 'receipt-fp-format'],
      ['n', '0', 'receipt-n-format'],
      ['n', '5', 'receipt-n-format'],
      ['n', '01', 'receipt-n-format'],
      ['n', 'приход', 'receipt-n-format'],
    ];
    for (const [field, value, reason] of cases) {
      expect(parseReceiptQr(withMember(field, value)), `${field}=${value}`).toEqual({
        ok: false,
        reason,
      });
    }
  });

  it('names each missing member, whether absent or empty', () => {
    for (const field of RECEIPT_FIELDS) {
      const missing = { ok: false, reason: `receipt-${field}-missing` };
      expect(parseReceiptQr(withMember(field, undefined))).toEqual(missing);
      expect(parseReceiptQr(withMember(field, ''))).toEqual(missing);
    }
    expect(parseReceiptQr(PAID.replace('&fn=7284440500123456', '&fn'))).toEqual({
      ok: false,
      reason: 'receipt-fn-missing',
    });
  });

  it('refuses a member given twice, even with the same value', () => {
    expect(parseReceiptQr(`${PAID}&s=900.00`)).toEqual({ ok: false, reason: 'receipt-s-repeated' });
    expect(parseReceiptQr(`${PAID}&n=1`)).toEqual({ ok: false, reason: 'receipt-n-repeated' });
  });

  it('tells a QR that is no receipt from a broken receipt', () => {
    for (const text of [
      '',
      'shc:/5676290952432060346029243740446031222959532654603460292540772804336028',
      'ST00012|Name=ООО «Клиника»|PersonalAcc=40702810138250123017|Sum=95000',
      'https://example.org/?a=1&b=2',
      'T=20261201T1030&S=950.00',
    ]) {
      expect(parseReceiptQr(text), text).toEqual({ ok: false, reason: 'receipt-not-fiscal-qr' });
    }
  });

  it('writes back exactly the canonical QR it read', () => {
    expect(formatReceiptQr(paid)).toBe(PAID);
    const withSeconds = 't=20261130T084512&s=1450.05&fn=9282440300912345&i=4821&fp=3002514767&n=2';
    const read = parseReceiptQr(withSeconds);
    expect(read.ok && formatReceiptQr(read.value)).toBe(withSeconds);
  });

  it('round-trips any receipt through its QR text (seeded generator)', () => {
    // MINSTD: small enough multiplier that every product stays an exact double.
    let seed = 20261201;
    const next = (below: number): number => {
      seed = (seed * 48_271) % 2_147_483_647;
      return seed % below;
    };
    const pad = (n: number, width: number): string => String(n).padStart(width, '0');
    for (let run = 0; run < 500; run += 1) {
      const month = 1 + next(12);
      const day = 1 + next(28);
      const seconds = next(2) === 0 ? '' : `:${pad(next(60), 2)}`;
      const receipt: FiscalReceipt = {
        localTime:
          `${2017 + next(15)}-${pad(month, 2)}-${pad(day, 2)}T${pad(next(24), 2)}:${pad(next(60), 2)}${seconds}` as ReceiptLocalTime,
        sumKopecks: next(2) === 0 ? next(100) : next(2_000_000_000) * 7,
        fiscalDrive: `${pad(next(100_000_000), 8)}${pad(next(100_000_000), 8)}`,
        documentNumber: String(1 + next(2_000_000_000)),
        fiscalSign: String(next(2_000_000_000)),
        operation: RECEIPT_OPERATIONS[next(4)] ?? 'income',
      };
      expect(parseReceiptQr(formatReceiptQr(receipt))).toEqual({ ok: true, value: receipt });
      expect(fiscalReceiptSchema.safeParse(receipt).success).toBe(true);
    }
  });
});

describe('the same fields typed by the cashier', () => {
  const typed = {
    t: '20261201T1030',
    s: '950.00',
    fn: '7284440500123456',
    i: '12345',
    fp: '1234567890',
    n: '1',
  };

  it('gives the same receipt as the scanned QR', () => {
    expect(checkReceiptFields(typed)).toEqual({ ok: true, value: paid });
  });

  it('accepts the time as a datetime-local field gives it and a sum in Russian notation', () => {
    expect(
      checkReceiptFields({
        ...typed,
        t: '2026-12-01T10:30',
        s: '1 950,00',
        fn: ' 7284 4405 0012 3456 ',
      }),
    ).toEqual({ ok: true, value: { ...paid, sumKopecks: 195000 } });
  });

  it('shows a problem next to every wrong or empty field at once', () => {
    expect(
      checkReceiptFields({ t: '01.12.2026 10:30', s: '', fn: '7284', i: '12345', n: '7' }),
    ).toEqual({
      ok: false,
      errors: {
        t: 'receipt-t-format',
        s: 'receipt-s-missing',
        fn: 'receipt-fn-format',
        fp: 'receipt-fp-missing',
        n: 'receipt-n-format',
      },
    });
  });
});

describe('a stored receipt', () => {
  it('is read back only in its canonical form', () => {
    expect(fiscalReceiptSchema.safeParse(paid).success).toBe(true);
    for (const bad of [
      { ...paid, localTime: '20261201T1030' },
      { ...paid, localTime: '2026-02-30T10:30' },
      { ...paid, documentNumber: '012345' },
      { ...paid, fiscalDrive: '728444050012345' },
      { ...paid, sumKopecks: 950.5 },
      { ...paid, operation: 'sale' },
    ]) {
      expect(fiscalReceiptSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('receipt messages', () => {
  it('name the field in both languages for every reason about a field', () => {
    for (const [reason, message] of Object.entries(RECEIPT_MESSAGES)) {
      const field = /^receipt-(t|s|fn|i|fp|n)-/.exec(reason)?.[1];
      expect(message.ru.length).toBeGreaterThan(0);
      expect(message.en.length).toBeGreaterThan(0);
      if (field !== undefined) {
        expect(message.ru, reason).toContain(`(${field})`);
        expect(message.en, reason).toContain(`(${field})`);
      }
    }
  });
});
