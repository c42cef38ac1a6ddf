import { z } from 'zod';
import type { ClinicRecord } from '../../core/records/record';

// What the transfer queue holds (table in db/migrations/0010_transfer_queue.ts) and the one
// rule of what enters it. A row's life:
//
//   queued ──send──▶ sent ──▶ accepted (external id)      final
//                          ├─▶ rejected (reason)          final until `transfer retry`
//                          └─▶ failed (last error) ──at next_attempt_at──▶ sent …
//
// A `sent` row whose answer never came (the register stopped mid-send) is due again at its
// next_attempt_at, which the claim set to the end of the send's lease (transferQueue.ts).

export const TRANSFER_EVENTS = ['issued', 'corrected', 'revoked'] as const;
export type TransferEvent = (typeof TRANSFER_EVENTS)[number];

export const TRANSFER_STATES = ['queued', 'sent', 'accepted', 'rejected', 'failed'] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];

/** A queue row read back from SQL, through a schema like every row. */
export const transferItemRowSchema = z.object({
  certificate_id: z.string(),
  event: z.enum(TRANSFER_EVENTS),
  clinic_id: z.string(),
  record_id: z.string(),
  certificate_number: z.string(),
  state: z.enum(TRANSFER_STATES),
  attempts: z.coerce.number().int(),
  next_attempt_at: z.string(),
  last_error: z.string().nullable(),
  external_id: z.string().nullable(),
  queued_at: z.string(),
  sent_at: z.string().nullable(),
  settled_at: z.string().nullable(),
});
export type TransferItemRow = z.infer<typeof transferItemRowSchema>;

/**
 * The receiver's idempotency key for one item, "0193…c1:issued": the same on every attempt
 * and after every restart, so a receiver keyed by it accepts each certificate event once.
 */
export function idempotencyKeyOf(item: {
  readonly certificate_id: string;
  readonly event: TransferEvent;
}): string {
  return `${item.certificate_id}:${item.event}`;
}

/** What a newly written record puts in the queue, if anything. */
export type TransferCause = {
  readonly certificateId: string;
  readonly event: TransferEvent;
  readonly recordId: string;
  readonly clinicId: string;
};

/**
 * An original certificate is `issued`, one that supersedes another `corrected`, a revocation
 * `revoked` (of the certificate it names). A duplicate (reprint of a lost certificate) is
 * not transferred: it carries the original's number, test and validity, so the federal
 * register already holds everything it says (docs/DECISIONS.md).
 */
export function transferCauseOf(record: ClinicRecord): TransferCause | undefined {
  if (record.kind === 'certificate') {
    if (record.duplicateOf !== undefined) return undefined;
    return {
      certificateId: record.id,
      event: record.supersedes === undefined ? 'issued' : 'corrected',
      recordId: record.id,
      clinicId: record.clinicId,
    };
  }
  if (record.kind === 'revocation') {
    return {
      certificateId: record.certificateId,
      event: 'revoked',
      recordId: record.id,
      clinicId: record.clinicId,
    };
  }
  return undefined;
}
