import { z } from 'zod';
import { REVOCATION_REASONS, revocationRecordSchema } from '../records/revocation';
import { reasonTextSchema } from '../records/base';

// Revoking a certificate at the register, by an admin or a commission member of its clinic
// (a tablet can also push a revocation record; this route is for the register's own desk and
// for when the tablet that issued the card is gone):
//
//   POST /api/certificates/0193…c1/revocation   Authorization: Bearer <staff token>
//        {"reason":"fraud","note":"Паспорт не совпадает с заявлением"}
//   201  {"revocation":{"kind":"revocation","id":"0193…r9","clinicId":"…","createdBy":"…",
//         "createdAt":"…","version":1,"certificateId":"0193…c1","rid":"MKyCxh7p6uQ",
//         "reason":"fraud","note":"…","at":"2026-11-26T10:00:00.000Z"},"seq":4813}
//   409  {"error":{"code":"already-revoked",…},"revocation":{…the existing one…}}
//   409  certificate-unsigned (no signed card, so nothing a verifier could be told to refuse)
//   404  not-found (no such certificate in the member's clinic) · 403 forbidden (other roles)
//
// The revocation is a clinic record like any other, so every tablet of the clinic pulls it;
// the certificate's key's CRL (/.well-known/crl/<kid>.json) lists the rid with `ctr` raised.

export const revocationRequestSchema = z.object({
  reason: z.enum(REVOCATION_REASONS),
  note: reasonTextSchema.optional(),
});
export type RevocationRequest = z.infer<typeof revocationRequestSchema>;

export const revocationResponseSchema = z.object({
  revocation: revocationRecordSchema,
  seq: z.number().int().positive(),
});
export type RevocationResponse = z.infer<typeof revocationResponseSchema>;

export const alreadyRevokedSchema = z.object({
  error: z.object({ code: z.literal('already-revoked'), message: z.string() }),
  revocation: revocationRecordSchema,
});
