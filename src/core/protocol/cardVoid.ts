// Voiding the card of a certificate an administrator discarded on its tablet (sync protocol
// version 1, added within it). A certificate's QR is signed on the tablet and handed over at
// once; when the register refused the certificate for a reason a fix might cure and an
// administrator discarded it instead, the register never holds it, so no revocation can name
// it — yet its card still admits at every door. The tablet therefore sends the discarded
// certificate (as it was queued, card included), and the register puts the card's rid on the
// CRL of the key that signed it:
//
//   POST /api/sync/card-voids   Authorization: Bearer <tablet token>
//   {"protocolVersion":1,"tabletId":"0193…a1",
//    "certificates":[{"kind":"certificate","id":"0193…c9","rid":"Zt1c…","shcJws":"eyJ…",…}]}
//   200 {"protocolVersion":1,"answers":[{"certificateId":"0193…c9","outcome":"voided"}]}
//
// One answer per certificate, in order: `voided` (the rid is on the CRL, now or already),
// `held` (the register holds this certificate under some version: its card stands with it,
// and a discard on one tablet does not revoke it — a revocation does), `not-voidable` (no card
// of this tablet to void: a duplicate carries its original's card, or the card is missing, not
// signed by this tablet's key, or not the record's rid). Asking again answers the same, so a
// lost answer is simply asked again. Refusals of the whole request are the push's (401, 403,
// 409).

import { z } from 'zod';
import type { CertificateId, TabletId } from '../ids';
import { idSchema } from '../ids';
import { SYNC_PROTOCOL_VERSION } from './sync';

/** Discards are rare; a tablet with more sends them over several requests. */
export const MAX_CARD_VOIDS = 100;

export const CARD_VOID_OUTCOMES = ['voided', 'held', 'not-voidable'] as const;
export type CardVoidOutcome = (typeof CARD_VOID_OUTCOMES)[number];

/**
 * Each certificate is read by the register's record schema one at a time: one that does not
 * parse is answered `not-voidable`, never a refusal of the others.
 */
export const cardVoidRequestSchema = z.lazy(() =>
  z.object({
    protocolVersion: z.literal(SYNC_PROTOCOL_VERSION),
    tabletId: idSchema<TabletId>(),
    certificates: z
      .array(z.looseObject({ id: idSchema<CertificateId>() }))
      .min(1)
      .max(MAX_CARD_VOIDS),
  }),
);
export type CardVoidRequest = z.infer<typeof cardVoidRequestSchema>;

export const cardVoidResponseSchema = z.lazy(() =>
  z.object({
    protocolVersion: z.literal(SYNC_PROTOCOL_VERSION),
    answers: z.array(
      z.object({ certificateId: idSchema<CertificateId>(), outcome: z.enum(CARD_VOID_OUTCOMES) }),
    ),
  }),
);
export type CardVoidResponse = z.infer<typeof cardVoidResponseSchema>;
