// The contract-and-payment form as the cashier fills it, and what is wrong with it. Money
// comes from the clinic's price list only, never typed: the price on the contract is the
// price the clinic set. Payment needs the cash register's receipt (receiptForm.ts): its
// fields checked one by one, an income receipt for exactly the price, not later than now.
import { z } from 'zod';
import type { Bilingual } from '../../../core/bilingual';
import type { PriceItem } from '../../../core/clinic/settings';
import type { ReceiptField } from '../../../core/contract/fiscalReceipt';
import { PAYMENT_METHODS } from '../../../core/records/contract';
import type { ContractEntry } from '../../../desk/contract';
import { checkReceiptForm, receiptFormSchema } from './receiptForm';

export const contractFormSchema = z.object({
  serviceCode: z.string(),
  payerKind: z.enum(['self', 'other']),
  payerName: z.string(),
  method: z.union([z.literal(''), z.enum(PAYMENT_METHODS)]),
  receipt: receiptFormSchema,
});
export type ContractForm = z.infer<typeof contractFormSchema>;

export type ContractProblem = 'service-missing' | 'payer-missing' | 'method-missing';

export type ContractField = 'serviceCode' | 'payerName' | 'method';

/** The checked form is exactly what the desk's contract command takes. */
export type CheckedContract = ContractEntry;

/** Checks the form; `paying` asks for the payment and its receipt too (a draft does not). */
export function checkContractForm(
  form: ContractForm,
  priceList: readonly PriceItem[],
  paying: boolean,
  context: { readonly now: Date; readonly utcOffsetMinutes: number },
):
  | { readonly ok: true; readonly value: CheckedContract }
  | {
      readonly ok: false;
      readonly errors: Partial<Record<ContractField, ContractProblem>>;
      readonly receiptErrors: Partial<Record<ReceiptField, Bilingual>>;
    } {
  const errors: Partial<Record<ContractField, ContractProblem>> = {};
  const service = priceList.find((item) => item.code === form.serviceCode);
  if (service === undefined) errors.serviceCode = 'service-missing';
  const payerName = form.payerName.trim().replace(/\s+/g, ' ');
  if (form.payerKind === 'other' && payerName === '') errors.payerName = 'payer-missing';
  const method = form.method === '' ? undefined : form.method;
  if (paying && method === undefined) errors.method = 'method-missing';
  // Without a service there is no price to hold the receipt against; its fields still are.
  const receipt = paying
    ? checkReceiptForm(form.receipt, {
        priceKopecks: service?.priceKopecks,
        purpose: 'payment',
        ...context,
      })
    : undefined;
  const receiptErrors = receipt === undefined || receipt.ok ? {} : receipt.errors;
  const receiptFailed = Object.keys(receiptErrors).length > 0;
  if (Object.keys(errors).length > 0 || receiptFailed || service === undefined) {
    return { ok: false, errors, receiptErrors };
  }
  const payer =
    form.payerKind === 'other'
      ? { kind: 'other' as const, name: payerName }
      : { kind: 'self' as const };
  const payment =
    receipt?.ok === true && method !== undefined ? { method, ...receipt.value } : undefined;
  return {
    ok: true,
    value: { service, payer, method, ...(payment === undefined ? {} : { payment }) },
  };
}
