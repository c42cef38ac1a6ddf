import type { SignedCardReason } from '../../core/protocol/signedCardReasons';
import type { CertificateRecord } from '../../core/records/certificate';
import type { Result } from '../../core/result';
import { fail, ok } from '../../core/result';
import { ES256_SIGNATURE_BYTES } from '../../core/shc/compactJws';
import { decodePayload } from '../../core/shc/decodePayload';
import { importVerifyKey, toEcPublicJwk } from '../../core/shc/jwk';
import { parseCompactJws } from '../../core/shc/parseCompactJws';
import type { SyncTx } from './recordStore';

// The register's check of a pushed certificate's signed card (reasons and why in
// src/core/protocol/signedCardReasons.ts). The key is looked up among the tablets of the
// certificate's clinic only, withdrawn ones included: a duplicate printed today carries a
// card signed before its tablet was withdrawn, and a verifier still accepts that card.
// Parsing and the key come from the verifier's own code (src/core/shc); the signature is
// checked before the payload is inflated, as a verifier does.

export type SignedBy =
  /** A new certificate: signed on the tablet that pushes it. */
  | { readonly tabletId: string }
  /** A duplicate: its original's card, signed on any tablet of the clinic. */
  | 'any-clinic-tablet';

/** The kid of the key that signed the card, once every check has passed. */
export async function checkSignedCard(
  tx: SyncTx,
  subtle: SubtleCrypto,
  certificate: CertificateRecord,
  signedBy: SignedBy,
): Promise<Result<string, SignedCardReason>> {
  if (certificate.shcJws === undefined) return fail('certificate-unsigned');
  const jws = parseCompactJws(certificate.shcJws);
  if (!jws.ok) return fail('card-unreadable', jws.reason);
  const { kid } = jws.value;
  const tablet = await tx
    .selectFrom('tablet')
    .select(['id', 'public_jwk'])
    .where('clinic_id', '=', certificate.clinicId)
    .where('kid', '=', kid)
    .executeTakeFirst();
  if (tablet === undefined) return fail('card-kid-foreign', kid);
  if (signedBy !== 'any-clinic-tablet' && tablet.id !== signedBy.tabletId) {
    return fail('card-kid-other-tablet', kid);
  }
  const jwk = toEcPublicJwk(JSON.parse(tablet.public_jwk));
  if (!jwk.ok) return fail('card-signature-invalid', `enrolled key unusable: ${jwk.reason}`);
  const key = await importVerifyKey(subtle, jwk.value);
  if (!key.ok) return fail('card-signature-invalid', `enrolled key unusable: ${key.reason}`);
  const { signature, signingInput, deflatedPayload } = jws.value;
  const signed =
    signature.length === ES256_SIGNATURE_BYTES &&
    (await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key.value, signature, signingInput));
  if (!signed) return fail('card-signature-invalid', kid);
  const payload = decodePayload(deflatedPayload);
  if (!payload.ok) return fail('card-unreadable', payload.reason);
  if (payload.value.vc.rid === undefined || payload.value.vc.rid !== certificate.rid) {
    return fail('card-rid-mismatch');
  }
  return ok(kid);
}
