// The fiscal receipt's fields as the cashier fills them — typed from the paper, or filled by
// scanning its QR code (the scan only fills the same fields, so what is saved is always what
// the cashier sees) — and what is wrong with each, next to its field. The whole receipt is
// then held against the contract: «Приход» for a payment, «Возврат прихода» for a refund, the
// contract's price as the sum (both amounts shown when it is not), and not later than now.
//   {"t":"2026-12-01T10:30","s":"950.00","fn":"7284440500123456","i":"451","fp":"2819037465","n":"1"}
import { z } from 'zod';
import type { Bilingual } from '../../../core/bilingual';
import type {
  FiscalReceipt,
  ReceiptField,
  ReceiptReason,
} from '../../../core/contract/fiscalReceipt';
import {
  checkReceiptFields,
  parseReceiptQr,
  receiptFieldsOf,
} from '../../../core/contract/fiscalReceipt';
import { RECEIPT_MESSAGES } from '../../../core/contract/fiscalReceiptMessages';
import type { ReceiptPurpose } from '../../../core/contract/receiptForContract';
import {
  checkReceiptForContract,
  receiptContractMessage,
} from '../../../core/contract/receiptForContract';
import { fromLocalInput, toLocalInput } from '../frame/format';

export const receiptFormSchema = z.object({
  t: z.string(),
  s: z.string(),
  fn: z.string(),
  i: z.string(),
  fp: z.string(),
  n: z.string(),
});
export type ReceiptForm = z.infer<typeof receiptFormSchema>;

/** An empty receipt: the time is now and the operation the one the purpose needs. */
export function emptyReceiptForm(
  purpose: ReceiptPurpose,
  now: Date,
  utcOffsetMinutes: number,
): ReceiptForm {
  return {
    t: toLocalInput(now, utcOffsetMinutes),
    s: '',
    fn: '',
    i: '',
    fp: '',
    n: purpose === 'payment' ? '1' : '2',
  };
}

/** The fields a receipt fills: the time as a datetime-local input shows it. */
export function receiptFormOf(receipt: FiscalReceipt): ReceiptForm {
  return { ...receiptFieldsOf(receipt), t: receipt.localTime.slice(0, 16) };
}

const FUTURE: Bilingual = {
  ru: 'Время чека не может быть позже текущего',
  en: 'The receipt’s time cannot be later than now',
};

/** A scanned code: the fields it fills, or why it is not a usable receipt QR. */
export function readScannedReceipt(
  text: string,
):
  | { readonly ok: true; readonly form: ReceiptForm }
  | { readonly ok: false; readonly message: Bilingual } {
  const parsed = parseReceiptQr(text);
  return parsed.ok
    ? { ok: true, form: receiptFormOf(parsed.value) }
    : { ok: false, message: RECEIPT_MESSAGES[parsed.reason] };
}

export type CheckedReceipt = { readonly receipt: FiscalReceipt; readonly paidAt: string };

/** Checks the receipt's fields, then the receipt against the contract's price and purpose. */
export function checkReceiptForm(
  form: ReceiptForm,
  contract: {
    /** Undefined while no service is chosen: only the fields are checked. */
    readonly priceKopecks: number | undefined;
    readonly purpose: ReceiptPurpose;
    readonly now: Date;
    readonly utcOffsetMinutes: number;
  },
):
  | { readonly ok: true; readonly value: CheckedReceipt }
  | { readonly ok: false; readonly errors: Partial<Record<ReceiptField, Bilingual>> } {
  const fields = checkReceiptFields(form);
  if (!fields.ok) {
    const errors: Partial<Record<ReceiptField, Bilingual>> = {};
    for (const [field, reason] of Object.entries(fields.errors) as [
      ReceiptField,
      ReceiptReason,
    ][]) {
      errors[field] = RECEIPT_MESSAGES[reason];
    }
    return { ok: false, errors };
  }
  const receipt = fields.value;
  const against =
    contract.priceKopecks === undefined
      ? { ok: true as const }
      : checkReceiptForContract(receipt, {
          priceKopecks: contract.priceKopecks,
          kind: contract.purpose,
        });
  if (!against.ok) {
    const field = against.reason === 'receipt-sum-differs' ? 's' : 'n';
    return { ok: false, errors: { [field]: receiptContractMessage(against) } };
  }
  // The register's clock is the clinic's wall clock; a minute of grace, as the time shows minutes.
  const paidAt = fromLocalInput(receipt.localTime.slice(0, 16), contract.utcOffsetMinutes);
  if (paidAt === undefined) throw new Error('a checked receipt time does not read as an instant');
  if (paidAt.getTime() > contract.now.getTime() + 60_000)
    return { ok: false, errors: { t: FUTURE } };
  return { ok: true, value: { receipt, paidAt: paidAt.toISOString() } };
}
