// Issuing: a certificate becomes a signed SMART Health Card (compact JWS). Works offline: the
// only dependency is the injected signer (the tablet's non-extractable key).
import { deflateSync } from 'fflate';
import { z } from 'zod';
import type { MessageTable } from '../bilingual';
import { fail, ok, type Result } from '../result';
import {
  buildCertificateBundle,
  type CertificatePatient,
  type CertificateTest,
} from './certificateBundle';
import { signCompactJws } from './compactJws';
import type { Kid } from './jwk';
import { ANTIBODY_CARD_TYPES, FHIR_VERSION, RID_PATTERN, type CardPayload } from './payload';
import { MAX_JWS_LENGTH_EC_M, MAX_SINGLE_QR_JWS_LENGTH } from './qrLimits';
import type { Signer } from './signingKey';
import { ANTIBODY_TESTS, DETECTED, NOT_DETECTED } from './valueSets';

export type CertificateCardInput = {
  readonly patient: CertificatePatient;
  readonly test: CertificateTest;
  /** The register's issuer URL: https, no trailing slash, e.g. "https://reg.kamchatka.example". */
  readonly issuer: string;
  /** Issue time and end of validity, NumericDate seconds. */
  readonly nbf: number;
  readonly exp: number;
  /** Revocation id (base64url, ≤ 24 chars), unique per certificate; see ridFromBytes. */
  readonly rid: string;
};

export type IssuedCard = {
  readonly jws: string;
  readonly payload: CardPayload;
  /**
   * True when the Cyrillic name was left out so that the card fits 927 characters (QR error
   * correction M); the printed certificate still shows it. See docs/SHC.md for measured sizes.
   */
  readonly cyrillicNameOmitted: boolean;
};

export type IssueError = 'input-invalid' | 'too-large-for-qr';

export const issueErrorMessages: MessageTable<IssueError> = {
  'input-invalid': {
    ru: 'Данные справки неполны или неверны',
    en: 'The certificate data is incomplete or invalid',
  },
  'too-large-for-qr': {
    ru: 'Справка не помещается в один QR-код: сократите имена или название клиники',
    en: 'The certificate does not fit one QR code: shorten the names or the clinic name',
  },
};

const nonEmpty = z.string().trim().min(1);
const fhirDate = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;
const fhirDateTime =
  /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

const inputSchema = z
  .object({
    patient: z.object({
      familyLatin: nonEmpty,
      givenLatin: z.array(nonEmpty),
      familyCyrillic: nonEmpty.optional(),
      givenCyrillic: z.array(nonEmpty).optional(),
      birthDate: z.string().regex(fhirDate),
    }),
    test: z.object({
      loinc: z.enum(ANTIBODY_TESTS),
      result: z.enum([DETECTED, NOT_DETECTED]),
      effectiveDateTime: z.string().regex(fhirDateTime),
      performer: nonEmpty,
    }),
    issuer: z.url({ protocol: /^https$/ }).refine((s) => !s.endsWith('/'), 'no trailing slash'),
    nbf: z.number().int().nonnegative(),
    exp: z.number().int().nonnegative(),
    rid: z.string().regex(RID_PATTERN),
  })
  .refine((input) => input.exp > input.nbf, 'exp must be after nbf');

/** A rid from ≥ 8 random (or HMAC) bytes: the first 64 bits, base64url (11 characters). */
export function ridFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 8) throw new RangeError('a rid needs at least 8 bytes');
  let rid = '';
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let acc = 0n;
  for (const b of bytes.subarray(0, 8)) acc = (acc << 8n) | BigInt(b);
  acc <<= 2n; // 64 bits → 66 bits = 11 characters of 6 bits
  for (let i = 10; i >= 0; i--) rid += alphabet.charAt(Number((acc >> BigInt(i * 6)) & 63n));
  return rid;
}

export function buildCardPayload(input: CertificateCardInput): CardPayload {
  return {
    iss: input.issuer,
    nbf: input.nbf,
    exp: input.exp,
    vc: {
      type: [...ANTIBODY_CARD_TYPES],
      credentialSubject: {
        fhirVersion: FHIR_VERSION,
        fhirBundle: buildCertificateBundle(input.patient, input.test),
      },
      rid: input.rid,
    },
  };
}

async function sign(input: CertificateCardInput, kid: Kid, signer: Signer) {
  const payload = buildCardPayload(input);
  const deflated = deflateSync(new TextEncoder().encode(JSON.stringify(payload)), { level: 9 });
  const jws = await signCompactJws({ alg: 'ES256', zip: 'DEF', kid }, deflated, signer);
  return { jws, payload };
}

/**
 * Signs the card. The Cyrillic name goes in "where it fits": when the card with it is longer
 * than 927 characters (QR error correction M) it is signed again with the Latin name only;
 * if even that is longer, it stays at error correction L, up to 1195 characters (version 22).
 */
export async function issueHealthCard(
  input: CertificateCardInput,
  kid: Kid,
  signer: Signer,
): Promise<Result<IssuedCard, IssueError>> {
  const checked = inputSchema.safeParse(input);
  if (!checked.success) return fail('input-invalid', checked.error.issues[0]?.message);
  const full = await sign(input, kid, signer);
  const hasCyrillic = input.patient.familyCyrillic !== undefined;
  if (full.jws.length <= MAX_JWS_LENGTH_EC_M || !hasCyrillic) {
    return full.jws.length <= MAX_SINGLE_QR_JWS_LENGTH
      ? ok({ ...full, cyrillicNameOmitted: false })
      : fail('too-large-for-qr', `${full.jws.length}`);
  }
  const { familyLatin, givenLatin, birthDate } = input.patient;
  const latin = await sign(
    { ...input, patient: { familyLatin, givenLatin, birthDate } },
    kid,
    signer,
  );
  // Prefer the Cyrillic name at level L to no Cyrillic name at level L.
  if (latin.jws.length > MAX_JWS_LENGTH_EC_M) {
    if (full.jws.length <= MAX_SINGLE_QR_JWS_LENGTH)
      return ok({ ...full, cyrillicNameOmitted: false });
    if (latin.jws.length > MAX_SINGLE_QR_JWS_LENGTH)
      return fail('too-large-for-qr', `${latin.jws.length}`);
  }
  return ok({ ...latin, cyrillicNameOmitted: true });
}
