// The contract-and-payment form as the cashier fills it, and what is wrong with it. Money
// comes from the clinic's price list only, never typed: the price on the contract is the
// price the clinic set. Payment needs a receipt number and a paid time not in the future.
import { z } from 'zod';
import type { PriceItem } from '../../../core/clinic/settings';
import { PAYMENT_METHODS } from '../../../core/records/contract';
import type { ContractEntry } from '../../../desk/contract';
import { fromLocalInput } from '../frame/format';

export const contractFormSchema = z.object({
  serviceCode: z.string(),
  payerKind: z.enum(['self', 'other']),
  payerName: z.string(),
  method: z.union([z.literal(''), z.enum(PAYMENT_METHODS)]),
  receiptNumber: z.string(),
  paidAt: z.string(),
});
export type ContractForm = z.infer<typeof contractFormSchema>;

export type ContractProblem =
  | 'service-missing'
  | 'payer-missing'
  | 'method-missing'
  | 'receipt-missing'
  | 'paid-at-invalid'
  | 'paid-at-future';

export type ContractField = 'serviceCode' | 'payerName' | 'method' | 'receiptNumber' | 'paidAt';

/** The checked form is exactly what the desk's contract command takes. */
export type CheckedContract = ContractEntry;

/** Checks the form; `paying` asks for the payment fields too (a draft contract does not). */
export function checkContractForm(
  form: ContractForm,
  priceList: readonly PriceItem[],
  paying: boolean,
  context: { readonly now: Date; readonly utcOffsetMinutes: number },
):
  | { readonly ok: true; readonly value: CheckedContract }
  | { readonly ok: false; readonly errors: Partial<Record<ContractField, ContractProblem>> } {
  const errors: Partial<Record<ContractField, ContractProblem>> = {};
  const service = priceList.find((item) => item.code === form.serviceCode);
  if (service === undefined) errors.serviceCode = 'service-missing';
  const payerName = form.payerName.trim().replace(/\s+/g, ' ');
  if (form.payerKind === 'other' && payerName === '') errors.payerName = 'payer-missing';
  const method = form.method === '' ? undefined : form.method;
  const receiptNumber = form.receiptNumber.trim();
  const paidAt = fromLocalInput(form.paidAt, context.utcOffsetMinutes);
  if (paying) {
    if (method === undefined) errors.method = 'method-missing';
    if (receiptNumber === '') errors.receiptNumber = 'receipt-missing';
    if (paidAt === undefined) errors.paidAt = 'paid-at-invalid';
    // A minute of grace: the field shows minutes only, the clock has seconds.
    else if (paidAt.getTime() > context.now.getTime() + 60_000) errors.paidAt = 'paid-at-future';
  }
  if (Object.keys(errors).length > 0 || service === undefined) return { ok: false, errors };
  const payer =
    form.payerKind === 'other'
      ? { kind: 'other' as const, name: payerName }
      : { kind: 'self' as const };
  const payment =
    paying && method !== undefined && paidAt !== undefined
      ? { method, receiptNumber, paidAt: paidAt.toISOString() }
      : undefined;
  return {
    ok: true,
    value: { service, payer, method, ...(payment === undefined ? {} : { payment }) },
  };
}
