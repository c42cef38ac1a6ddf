import type { ClinicRecord } from '../../core/records/record';
import type { SyncTx } from '../sync/recordStore';
import { loadClinicRecord } from '../sync/recordStore';
import { transferCauseOf } from './transferItem';

// Puts a newly written record into the transfer queue, inside the transaction that wrote it:
// both commit or neither does. Called by the two writers of certificates and revocations —
// a tablet's push (sync/applyOp.ts) and a revocation at the register (sync/revokeCertificate.ts)
// — only while FEDERAL_TRANSFER=on: with it off nothing is queued, and the printed statement
// promises no transfer either. "On conflict do nothing" on (certificate_id, event) keeps it
// idempotent: a repeated push, or a revocation arriving by both paths, adds nothing.

export async function enqueueTransfer(
  tx: SyncTx,
  record: ClinicRecord,
  at: string,
): Promise<boolean> {
  const cause = transferCauseOf(record);
  if (cause === undefined) return false;
  const certificate =
    record.kind === 'certificate'
      ? record
      : await loadClinicRecord(tx, cause.clinicId, cause.certificateId);
  // The rules admit a revocation only of a certificate the register holds (authority.ts).
  if (certificate?.kind !== 'certificate') {
    throw new Error(`transfer: ${cause.certificateId} is not a certificate of the clinic`);
  }
  // Only originals are transferred (transferItem.ts): revoking a reprint revokes, for the
  // federal register, the certificate it copies — the same number, the same card.
  const certificateId = certificate.duplicateOf ?? cause.certificateId;
  const inserted = await tx
    .insertInto('transfer_item')
    .values({
      certificate_id: certificateId,
      event: cause.event,
      clinic_id: cause.clinicId,
      record_id: cause.recordId,
      certificate_number: certificate.number,
      state: 'queued',
      attempts: 0,
      next_attempt_at: at,
      last_error: null,
      external_id: null,
      queued_at: at,
      sent_at: null,
      settled_at: null,
    })
    .onConflict((conflict) => conflict.columns(['certificate_id', 'event']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}
