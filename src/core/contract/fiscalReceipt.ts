// The QR code every Russian cash register prints on a receipt (54-ФЗ art. 4.7 lists what it
// holds: date and time, fiscal document number, operation type, sum, fiscal drive serial and
// fiscal sign), as the ФНС's «Проверка чеков» app reads it:
//
//   t=20261201T1030&s=950.00&fn=7284440500123456&i=12345&fp=1234567890&n=1
//
// Members are joined by "&" in any order. Unknown members are ignored (the set is fixed, but a
// register adding one must not lock the desk out); a repeated one is refused, since two sums
// cannot both be the receipt's. `t` is the register's own local time, to the minute or the
// second, with no zone: it is kept as written ("2026-12-01T10:30"), never made an instant.
// `s` is roubles, a dot and kopecks, kept as integer kopecks. The same fields typed by a
// cashier from the paper go through the same checks (`checkReceiptFields`). Sources are in
// docs/DECISIONS.md, "Fiscal receipt QR (issue #11)"; the messages are in
// fiscalReceiptMessages.ts.
import { z } from 'zod';
import type { Bilingual } from '../bilingual';
import type { CalendarDate } from '../records/calendarDate';
import { daysInMonth } from '../records/calendarDate';
import type { Result } from '../result';
import { fail, ok } from '../result';

/** The QR members, named as on the wire; a typed form uses the same names for its fields. */
export const RECEIPT_FIELDS = ['t', 's', 'fn', 'i', 'fp', 'n'] as const;
export type ReceiptField = (typeof RECEIPT_FIELDS)[number];

/** Признак расчёта (ФФД tag 1054), the QR's `n`: 1, 2, 3, 4 in this order. */
export const RECEIPT_OPERATIONS = ['income', 'income-return', 'expense', 'expense-return'] as const;
export type ReceiptOperation = (typeof RECEIPT_OPERATIONS)[number];

export const RECEIPT_OPERATION_LABELS: { readonly [K in ReceiptOperation]: Bilingual } = {
  income: { ru: 'Приход', en: 'Income' },
  'income-return': { ru: 'Возврат прихода', en: 'Return of income' },
  expense: { ru: 'Расход', en: 'Expense' },
  'expense-return': { ru: 'Возврат расхода', en: 'Return of expense' },
};

/** "2026-12-01T10:30" or "2026-12-01T10:30:15": the register's wall clock, no zone. */
export type ReceiptLocalTime = string & { readonly __brand: 'ReceiptLocalTime' };

export type FiscalReceipt = {
  readonly localTime: ReceiptLocalTime;
  readonly sumKopecks: number;
  /** ФН: serial number of the register's fiscal drive, 16 digits. */
  readonly fiscalDrive: string;
  /** ФД: the document's number on that drive, without leading zeros. */
  readonly documentNumber: string;
  /** ФП (ФПД): the fiscal sign, without leading zeros. */
  readonly fiscalSign: string;
  readonly operation: ReceiptOperation;
};

export type ReceiptReason =
  | 'receipt-not-fiscal-qr'
  | `receipt-${ReceiptField}-missing`
  | `receipt-${ReceiptField}-repeated`
  | `receipt-${ReceiptField}-format`
  | 'receipt-t-impossible';

const COMPACT_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?$/;
/** What a `datetime-local` input gives, for a cashier typing the time by hand. */
const INPUT_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** At most ten digits of roubles keeps every sum a safe integer of kopecks. */
const SUM = /^(\d{1,10})(?:[.,](\d{1,2}))?$/;

function checkTime(text: string): Result<ReceiptLocalTime, ReceiptReason> {
  const match = COMPACT_TIME.exec(text) ?? INPUT_TIME.exec(text);
  if (match === null) return fail('receipt-t-format');
  const [, y = '', mo = '', d = '', h = '', mi = '', s] = match;
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  const badDay = month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month);
  const badTime = Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59);
  if (year < 2000 || badDay || badTime) return fail('receipt-t-impossible');
  const seconds = s === undefined ? '' : `:${s}`;
  return ok(`${y}-${mo}-${d}T${h}:${mi}${seconds}` as ReceiptLocalTime);
}

function checkSum(text: string): Result<number, ReceiptReason> {
  const match = SUM.exec(text.replace(/[\s\u00a0]/g, ''));
  if (match === null) return fail('receipt-s-format');
  const [, roubles = '', kopecks = ''] = match;
  return ok(Number(roubles) * 100 + Number(kopecks.padEnd(2, '0')));
}

/** Digits of a number printed on the receipt; spaces a cashier types are not part of it. */
function checkDigits(
  text: string,
  pattern: RegExp,
  reason: ReceiptReason,
): Result<string, ReceiptReason> {
  const digits = text.replace(/[\s\u00a0]/g, '');
  return pattern.test(digits) ? ok(digits) : fail(reason);
}

function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

/** The fields as a cashier types them from the paper receipt, named as the QR names them. */
export type ReceiptFieldsInput = { readonly [K in ReceiptField]?: string | undefined };

/**
 * Checks the fields typed from the paper receipt (and, inside `parseReceiptQr`, the scanned
 * members): the receipt, or one problem per field to show next to it. Empty counts as missing.
 */
export function checkReceiptFields(
  raw: ReceiptFieldsInput,
):
  | { readonly ok: true; readonly value: FiscalReceipt }
  | { readonly ok: false; readonly errors: Partial<Record<ReceiptField, ReceiptReason>> } {
  const text = (field: ReceiptField): string | undefined => {
    const value = raw[field]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const errors: Partial<Record<ReceiptField, ReceiptReason>> = {};
  const check = <T>(
    field: ReceiptField,
    run: (value: string) => Result<T, ReceiptReason>,
  ): T | undefined => {
    const value = text(field);
    if (value === undefined) {
      errors[field] = `receipt-${field}-missing`;
      return undefined;
    }
    const result = run(value);
    if (result.ok) return result.value;
    errors[field] = result.reason;
    return undefined;
  };
  const localTime = check('t', checkTime);
  const sumKopecks = check('s', checkSum);
  const fiscalDrive = check('fn', (v) => checkDigits(v, /^\d{16}$/, 'receipt-fn-format'));
  const documentNumber = check('i', (v) => checkDigits(v, /^(?!0+$)\d{1,10}$/, 'receipt-i-format'));
  const fiscalSign = check('fp', (v) => checkDigits(v, /^\d{1,10}$/, 'receipt-fp-format'));
  const operation = check('n', (v) => {
    const found = /^[1-4]$/.test(v) ? RECEIPT_OPERATIONS[Number(v) - 1] : undefined;
    return found === undefined ? fail('receipt-n-format') : ok(found);
  });
  if (
    localTime === undefined ||
    sumKopecks === undefined ||
    fiscalDrive === undefined ||
    documentNumber === undefined ||
    fiscalSign === undefined ||
    operation === undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      localTime,
      sumKopecks,
      fiscalDrive,
      documentNumber: withoutLeadingZeros(documentNumber),
      fiscalSign: withoutLeadingZeros(fiscalSign),
      operation,
    },
  };
}

/** Reads the scanned QR text; the first problem in the order t, s, fn, i, fp, n. */
export function parseReceiptQr(text: string): Result<FiscalReceipt, ReceiptReason> {
  const raw: Partial<Record<ReceiptField, string>> = {};
  let known = 0;
  for (const member of text.trim().split('&')) {
    const at = member.indexOf('=');
    const key = at < 0 ? member : member.slice(0, at);
    const field = RECEIPT_FIELDS.find((name) => name === key);
    if (field === undefined) continue;
    if (raw[field] !== undefined) return fail(`receipt-${field}-repeated`);
    raw[field] = at < 0 ? '' : member.slice(at + 1);
    known += 1;
  }
  if (known === 0) return fail('receipt-not-fiscal-qr');
  const checked = checkReceiptFields(raw);
  if (checked.ok) return ok(checked.value);
  const first = RECEIPT_FIELDS.map((field) => checked.errors[field]).find((r) => r !== undefined);
  if (first === undefined) throw new Error('a refused receipt names no problem');
  return fail(first);
}

/** The fields as the QR writes them: "20261201T1030", "950.00", … */
export function receiptFieldsOf(receipt: FiscalReceipt): { readonly [K in ReceiptField]: string } {
  const kopecks = String(receipt.sumKopecks % 100).padStart(2, '0');
  return {
    t: receipt.localTime.replace(/[-:]/g, ''),
    s: `${Math.floor(receipt.sumKopecks / 100)}.${kopecks}`,
    fn: receipt.fiscalDrive,
    i: receipt.documentNumber,
    fp: receipt.fiscalSign,
    n: String(RECEIPT_OPERATIONS.indexOf(receipt.operation) + 1),
  };
}

/** The QR text a register would print for this receipt, members in the usual order. */
export function formatReceiptQr(receipt: FiscalReceipt): string {
  const fields = receiptFieldsOf(receipt);
  return RECEIPT_FIELDS.map((field) => `${field}=${fields[field]}`).join('&');
}

/** The register's calendar day, for the day's reconciliation against its shift report. */
export function receiptDate(receipt: FiscalReceipt): CalendarDate {
  return receipt.localTime.slice(0, 10) as CalendarDate;
}

const RECEIPT_KEYS = [
  'localTime',
  'sumKopecks',
  'fiscalDrive',
  'documentNumber',
  'fiscalSign',
  'operation',
] as const satisfies readonly (keyof FiscalReceipt)[];

/**
 * A receipt read back from storage or the wire: valid and in the one canonical form. Built at
 * its first parse, not when the desk loads (records/base.ts says why).
 */
export const fiscalReceiptSchema = z.lazy(() =>
  z
    .object({
      localTime: z.custom<ReceiptLocalTime>((value) => typeof value === 'string'),
      sumKopecks: z.number().int().nonnegative(),
      fiscalDrive: z.string(),
      documentNumber: z.string(),
      fiscalSign: z.string(),
      operation: z.enum(RECEIPT_OPERATIONS),
    })
    .superRefine((receipt, ctx) => {
      const again = checkReceiptFields(receiptFieldsOf(receipt));
      const same = again.ok && RECEIPT_KEYS.every((key) => again.value[key] === receipt[key]);
      if (!same) {
        ctx.addIssue({ code: 'custom', message: 'receipt-not-canonical' });
      }
    }),
);
