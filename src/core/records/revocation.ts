import { z } from 'zod';
import type { CertificateId, RevocationId } from '../ids';
import { idSchema } from '../ids';
import { instantSchema, reasonTextSchema, recordBaseSchema } from './base';

export const REVOCATION_REASONS = ['correction', 'error', 'fraud', 'withdrawn-by-citizen'] as const;

/**
 * The withdrawal of a certificate's QR: a record of its own, never an edit of the
 * certificate (DESIGN: revocations are new records). `rid` is the card's revocation id as
 * the SMART Health Cards CRL lists it (`/.well-known/crl/<kid>.json`).
 */
export const revocationRecordSchema = z.lazy(() =>
  recordBaseSchema().extend({
    kind: z.literal('revocation'),
    id: idSchema<RevocationId>(),
    certificateId: idSchema<CertificateId>(),
    rid: z.string().regex(/^[A-Za-z0-9_-]{1,24}$/, 'rid-format'),
    reason: z.enum(REVOCATION_REASONS),
    note: reasonTextSchema.optional(),
    at: instantSchema,
  }),
);
export type RevocationRecord = z.infer<typeof revocationRecordSchema>;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/**
 * The reasons that end a certificate's case: false information (a forged document, another
 * person) or the citizen's own withdrawal. No certificate may follow on that statement
 * (core/rules/recordRules.ts); a new one needs a new statement. A correction, or a
 * certificate revoked as wrong (`error`), leaves the case open for the commission to issue
 * the right one.
 */
export const CASE_CLOSING_REASONS: ReadonlySet<RevocationReason> = new Set([
  'fraud',
  'withdrawn-by-citizen',
]);

/** Of a statement's revocations, the one that ended its case, if one did. */
export function caseClosingRevocation<R extends Pick<RevocationRecord, 'reason'>>(
  revocations: readonly R[],
): R | undefined {
  return revocations.find((revocation) => CASE_CLOSING_REASONS.has(revocation.reason));
}
