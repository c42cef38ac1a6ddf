// The contract for the paid service and its payment, refund and cancellation. The contract
// is a Russian legal document: its service name is stored in Russian whatever language the
// cashier's screen is in (the price list's `nameRu`), and the price is the price list's,
// never typed. A new contract takes the tablet's next contract number in the same
// transaction as the record.
//   {"kind":"contract","number":"KAM01-T03-2026-000017","serviceCode":"AB-IGG",
//    "serviceName":"Определение антител IgG к SARS-CoV-2","priceKopecks":95000,
//    "payer":{"kind":"self"},"method":"card","status":"paid","receiptNumber":"451",
//    "receipt":{"localTime":"2026-12-01T10:30","sumKopecks":95000,"fiscalDrive":"7284440500123456",
//               "documentNumber":"451","fiscalSign":"2819037465","operation":"income"}, …}
// A payment carries the cash register's receipt (issue #11: scanned from its QR or typed), and
// `receiptNumber` is the receipt's ФД number; a refund carries its «Возврат прихода» receipt.
// The rules (core/rules/receiptRules.ts) refuse either without its receipt.
import type { PriceItem } from '../core/clinic/settings';
import type { FiscalReceipt } from '../core/contract/fiscalReceipt';
import { CURRENT_CONTRACT_TEMPLATE_VERSION } from '../core/contract/templates';
import type { ApplicationId, ContractId, PersonId } from '../core/ids';
import { newId } from '../core/ids';
import { calendarDateAt } from '../core/records/calendarDate';
import type { ContractRecord, PAYMENT_METHODS } from '../core/records/contract';
import type { Result } from '../core/result';
import { writeNumberedRecord, writeRecord } from '../storage/records';
import type { DeskEnv } from './env';
import type { WriteFailure } from './writeFailure';

type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The checked contract form: the service, the payer and, when paying, the payment. */
export type ContractEntry = {
  readonly service: PriceItem;
  readonly payer: { kind: 'self' } | { kind: 'other'; name: string };
  readonly payment?: {
    readonly method: PaymentMethod;
    readonly receipt: FiscalReceipt;
    readonly paidAt: string;
  };
  readonly method: PaymentMethod | undefined;
};

type Writer = Pick<
  DeskEnv,
  'db' | 'write' | 'now' | 'random' | 'recordBase' | 'utcOffsetMinutes' | 'clinic' | 'tablet'
>;

/** The record a new contract (draft, or paid at once) writes, with its number. Pure. */
export function newContractRecord(
  env: Pick<DeskEnv, 'now' | 'random' | 'recordBase'>,
  statement: { readonly applicationId: ApplicationId; readonly personId: PersonId },
  entry: ContractEntry,
  number: ContractRecord['number'],
): ContractRecord {
  const base: ContractRecord = {
    ...env.recordBase(),
    kind: 'contract',
    id: newId<ContractId>(env.now, env.random),
    applicationId: statement.applicationId,
    personId: statement.personId,
    number,
    serviceCode: entry.service.code,
    serviceName: entry.service.nameRu,
    priceKopecks: entry.service.priceKopecks,
    payer: entry.payer,
    method: entry.method ?? 'cash',
    status: 'draft',
    // The printed text comes from this version for as long as the contract exists.
    templateVersion: CURRENT_CONTRACT_TEMPLATE_VERSION,
  };
  return entry.payment === undefined ? base : paidWith(base, entry.payment);
}

/** The contract with its payment: the receipt, and its ФД number as the receipt number. */
export function paidWith(
  contract: ContractRecord,
  payment: NonNullable<ContractEntry['payment']>,
): ContractRecord {
  return {
    ...contract,
    method: payment.method,
    receipt: payment.receipt,
    receiptNumber: payment.receipt.documentNumber,
    paidAt: payment.paidAt,
    status: 'paid',
  };
}

/** A new contract for the statement, numbered from this tablet's contract series. */
export function recordContract(
  env: Writer,
  statement: { readonly applicationId: ApplicationId; readonly personId: PersonId },
  entry: ContractEntry,
): Promise<Result<ContractRecord, WriteFailure>> {
  return writeNumberedRecord<ContractRecord>(
    env.db,
    'contract',
    {
      series: 'contract',
      clinicCode: env.clinic.code,
      tabletCode: env.tablet.code,
      year: Number(calendarDateAt(env.now(), env.utcOffsetMinutes).slice(0, 4)),
    },
    (number) => newContractRecord(env, statement, entry, number),
    env.write,
  );
}

/** The payment for a contract signed earlier and left unpaid (none: saved again as it is). */
export function recordPayment(
  env: Pick<DeskEnv, 'db' | 'write'>,
  contract: ContractRecord,
  payment: ContractEntry['payment'],
): Promise<Result<ContractRecord, WriteFailure>> {
  const record: ContractRecord = payment === undefined ? contract : paidWith(contract, payment);
  return writeRecord(env.db, record, env.write);
}

/**
 * A paid contract is refunded (with the refund's receipt, n=2), an unpaid one cancelled, with
 * the reason the citizen gave.
 */
export function cancelContract(
  env: Pick<DeskEnv, 'db' | 'write' | 'now'>,
  contract: ContractRecord,
  reason: string,
  refundReceipt?: FiscalReceipt,
): Promise<Result<ContractRecord, WriteFailure>> {
  const refund = contract.status === 'paid';
  const record: ContractRecord = {
    ...contract,
    status: refund ? 'refunded' : 'cancelled',
    cancelReason: reason.slice(0, 500),
    cancelledAt: env.now().toISOString(),
    ...(refund && refundReceipt !== undefined ? { refundReceipt } : {}),
  };
  return writeRecord(env.db, record, env.write);
}
