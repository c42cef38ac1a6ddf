import { changedFields } from '../core/records/merge';
import type { ChecklistReason } from '../core/commission/checklist';
import type { ContractRecord } from '../core/records/contract';
import type { Fail, Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { SeroDeskDatabase } from './database';
import { envelopeOf } from './indexKeys';
import type { WriteContext, WriteFailure } from './records';
import type { CorrectableReceipt } from './correctableReceipt';
import { receiptToCorrect } from './correctableReceipt';
import { putWithOutbox, recordScope, REGISTER_RECORD_KEY } from './records';
import { queueAgain, rejectedChain } from './refusedRecords';
import type { ProblemFailure } from './syncProblems';
import { parseRecord } from './syncProblems';

// A payment or refund the register refused because its fiscal receipt is already on another
// contract of the clinic (core/rules/receiptRules.ts): two tablets offline took the same
// receipt, or the clerk typed a wrong ФД that happens to be another contract's. Paid is final
// (core/records/record.ts), so the tablet's own paid contract cannot simply be edited — but
// the register never accepted it as paid: it holds the contract unpaid, or not at all. So the
// corrected receipt is written as a new version over the *register's* copy, judged by every
// rule as on any write, and the refused ops go:
//
//   register: contract v1 {status:"draft"}            tablet: {status:"paid", receipt: ФД 501}
//   refused:  receipt-on-another-contract "ФН 7284440500123456, ФД 501; № KAM01-T09-2026-000123"
//   corrected: {status:"paid", receipt: ФД 502, receiptNumber:"502", paidAt:…} queued with
//             base version 1; ФД 501 was never this contract's, so nothing final changes
//
// Which receipt is being corrected: correctableReceipt.ts.
//
// A certificate issued on that payment was refused with it (certificate-checklist-failed,
// detail "contract-not-paid" when the register held the contract unpaid, or
// "contract-missing,records-incomplete" when it held none). A corrected payment lets it pass,
// so such certificates of the statement are queued again behind the contract in the same
// transaction: the next push carries the contract first and the certificate after it, with
// no «Отправить ещё раз» left for the clerk to find.

/** The fields a correction of each receipt may change (the editor's stamps aside). */
const CORRECTED_FIELDS: Readonly<Record<CorrectableReceipt, ReadonlySet<string>>> = {
  receipt: new Set(['receipt', 'receiptNumber', 'paidAt']),
  refundReceipt: new Set(['refundReceipt']),
};

/** What a payment's correction put back in the queue. */
export type ReceiptCorrected = {
  readonly contract: ContractRecord;
  /** The statement's certificates refused for the unpaid contract alone, queued again. */
  readonly certificatesResent: number;
};

/**
 * Whether a certificate's checklist refusal ("contract-missing,records-incomplete", the
 * checklist's reasons: core/commission/checklist.ts) was the payment's alone: the register
 * held the contract unpaid, or not at all, and nothing else failed.
 */
function refusedForPaymentAlone(detail: string): boolean {
  const reasons = new Set(detail.split(','));
  // A contract missing at the register leaves the statement's records incomplete too.
  if (reasons.has('contract-missing' satisfies ChecklistReason)) {
    reasons.delete('records-incomplete' satisfies ChecklistReason);
  }
  return (
    reasons.size === 1 &&
    (reasons.has('contract-not-paid' satisfies ChecklistReason) ||
      reasons.has('contract-missing' satisfies ChecklistReason))
  );
}

/** Thrown to roll the transaction back when the rules refuse the corrected contract. */
class RefusedCorrection extends Error {
  constructor(readonly refusal: Fail<WriteFailure>) {
    super(`receipt correction refused: ${refusal.reason}`);
  }
}

/**
 * Writes `corrected` — the refused contract with another receipt — over the register's copy,
 * and drops the refused ops, in one transaction: if any rule refuses the new receipt (say it
 * is on another contract of this tablet too), nothing changes.
 */
export async function writeReceiptCorrection(
  db: SeroDeskDatabase,
  corrected: ContractRecord,
  context: WriteContext,
): Promise<Result<ReceiptCorrected, ProblemFailure>> {
  try {
    return await db.transaction('rw', [db.outbox, ...recordScope(db)], async () => {
      const ops = await db.outbox.where('recordId').equals(corrected.id).sortBy('seq');
      const last = ops.filter((row) => row.state === 'rejected').at(-1);
      const envelope = await db.contracts.get(corrected.id);
      if (last === undefined || envelope === undefined) return fail('problem-gone');
      const local = parseRecord(envelope.record);
      const registerCopy = parseRecord(envelope[REGISTER_RECORD_KEY]);
      const field = receiptToCorrect({
        reasonCode: last.reason ?? '',
        record: local,
        registerRecord: registerCopy,
        registerVersion: envelope.sync.version,
      });
      if (field === undefined || local === undefined) return fail('receipt-not-correctable');
      const allowed = CORRECTED_FIELDS[field];
      if (!changedFields(local, corrected).every((name) => allowed.has(name))) {
        return fail('receipt-not-correctable');
      }
      await db.outbox.bulkDelete(ops.flatMap((row) => (row.seq === undefined ? [] : [row.seq])));
      // Back to what the register holds, so the write below is judged against it.
      if (registerCopy === undefined) await db.contracts.delete(corrected.id);
      else {
        await db.contracts.put(
          envelopeOf(registerCopy, { state: 'synced', version: registerCopy.version }),
        );
      }
      const written = await putWithOutbox(
        db,
        { ...corrected, version: envelope.sync.version },
        context,
      );
      if (!written.ok) throw new RefusedCorrection(written);
      const certificatesResent =
        field === 'receipt' ? await resendUnpaidCertificates(db, corrected, context) : 0;
      return ok({ contract: written.value, certificatesResent });
    });
  } catch (error) {
    if (error instanceof RefusedCorrection) return error.refusal;
    throw error;
  }
}

/** The statement's certificates refused for the unpaid contract alone, queued again last. */
async function resendUnpaidCertificates(
  db: SeroDeskDatabase,
  contract: ContractRecord,
  context: WriteContext,
): Promise<number> {
  const ids = await db.certificates
    .where('applicationId')
    .equals(contract.applicationId)
    .primaryKeys();
  let resent = 0;
  for (const id of ids) {
    const chain = await rejectedChain(db, id);
    const last = chain.at(-1);
    if (last?.reason !== 'certificate-checklist-failed') continue;
    if (!refusedForPaymentAlone(last.detail ?? '')) continue;
    await queueAgain(db, 'certificate', chain, context, 'last');
    resent += 1;
  }
  return resent;
}
