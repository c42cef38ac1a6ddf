import { z } from 'zod/mini';
import type { CertificateId } from '../ids';
import { idSchema } from '../ids';

// What became of a clinic's certificates in the transfer to the federal register (issue #12),
// as the desk asks for the certificates of the case it shows. Asked with the tablet's token or
// a staff token; the clinic is the caller's, never named in the request, and a certificate of
// another clinic is answered exactly as one the register has never seen (`known: false`), so
// nothing about it is revealed:
//
//   GET /api/transfer/certificates?ids=0193a0b0-…-c1,0193a0b0-…-c2
//       Authorization: Bearer <tablet or staff token>
//   200 {"at":"2026-12-01T09:30:00.000Z","federalTransfer":true,
//        "certificates":[
//          {"id":"0193a0b0-…-c1","known":true,"items":[
//            {"event":"issued","state":"accepted","queuedAt":"2026-12-01T08:59:58.000Z",
//             "settledAt":"2026-12-01T09:00:00.000Z","externalId":"EGISZ-42","reason":null}]},
//          {"id":"0193a0b0-…-c2","known":false,"items":[]}]}
//   400 bad-request (no ids, more than MAX_TRANSFER_STATE_IDS, or one that is not a UUID)
//   401 unauthenticated · 401 tablet-withdrawn
//
// `items` are the certificate's queue entries, one per event: `issued` or `corrected` (the
// certificate itself) and, once revoked, `revoked`. A reprint (duplicate) is not transferred
// by itself: it is answered with the entries of the certificate it copies. `reason` is the
// receiver's words for a rejection; a failed attempt's technical error stays at the register
// (`transfer status`). A certificate the register holds with no entries was issued while the
// transfer was off and awaits the backfill (docs/DECISIONS.md).

/** How many certificates one request may ask about: a case has a handful. */
export const MAX_TRANSFER_STATE_IDS = 50;

export const TRANSFER_EVENTS = ['issued', 'corrected', 'revoked'] as const;
export type TransferEventName = (typeof TRANSFER_EVENTS)[number];

export const TRANSFER_STATES = ['queued', 'sent', 'accepted', 'rejected', 'failed'] as const;
export type TransferStateName = (typeof TRANSFER_STATES)[number];

export const transferItemViewSchema = z.object({
  event: z.enum(TRANSFER_EVENTS),
  state: z.enum(TRANSFER_STATES),
  queuedAt: z.string(),
  /** When it was accepted or rejected; null while it is on its way. */
  settledAt: z.nullable(z.string()),
  /** The receiver's id of the accepted record. */
  externalId: z.nullable(z.string()),
  /** The receiver's reason for a rejection. */
  reason: z.nullable(z.string()),
});
export type TransferItemView = z.infer<typeof transferItemViewSchema>;

export const certificateTransferSchema = z.object({
  id: idSchema<CertificateId>(),
  /** False for a certificate not (yet) at the register, and for another clinic's. */
  known: z.boolean(),
  items: z.array(transferItemViewSchema),
});
export type CertificateTransfer = z.infer<typeof certificateTransferSchema>;

export const transferStateResponseSchema = z.object({
  /** The register's time of the answer: what "по данным на …" names when it is shown later. */
  at: z.iso.datetime(),
  /** Whether the register transfers at all (FEDERAL_TRANSFER). */
  federalTransfer: z.boolean(),
  certificates: z.array(certificateTransferSchema),
});
export type TransferStateResponse = z.infer<typeof transferStateResponseSchema>;

/** One certificate's answer as the tablet keeps it, to be shown while the register is away. */
export const keptCertificateTransferSchema = z.object({
  at: z.iso.datetime(),
  federalTransfer: z.boolean(),
  certificate: certificateTransferSchema,
});
export type KeptCertificateTransfer = z.infer<typeof keptCertificateTransferSchema>;

/** The query string's value: the ids joined by commas (UUIDs hold none). */
export function transferStateQuery(ids: readonly CertificateId[]): string {
  return ids.map(encodeURIComponent).join(',');
}
