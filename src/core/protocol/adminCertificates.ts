import { z } from 'zod';
import type { MessageTable } from '../bilingual';
import type { SerialNumber } from '../contract/number';
import { parseNumber } from '../contract/number';
import type { Snils } from '../person/snils';
import { parseSnils } from '../person/snils';
import { reasonTextSchema } from '../records/base';
import { DECISIONS } from '../records/certificate';
import { REVOCATION_REASONS } from '../records/revocation';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { transferItemViewSchema } from './transferState';

// Finding any certificate of the region and revoking it (issue #12 item 4), region-only:
//
//   GET /api/admin/certificates?number=KAM01-T03-2026-000017
//   GET /api/admin/certificates?snils=112-233-445%2095
//   200 {"query":{"kind":"snils","value":"11223344595"},"truncated":false,
//        "certificates":[{"id":"0193…c1","number":"KAM01-T03-2026-000017",
//          "clinic":{"id":"0193…","code":"KAM01","nameRu":"…"},
//          "person":{"fullName":"Иванов Иван Иванович","birthDate":"1980-02-03"},
//          "issuedAt":"2026-11-26T10:00:00.000Z","decision":"presence",
//          "validUntil":"2027-05-25","duplicateOf":null,
//          "revocation":{"reason":"fraud","note":"…","at":"2026-11-27T09:00:00.000Z"} | null,
//          "supersededBy":{"kind":"correction","id":"0193…c2","number":"KAM01-T03-2026-000018",
//                          "issuedAt":"…"} | null,
//          "state":"valid" | "revoked" | "superseded",
//          "transfer":[{"event":"issued","state":"accepted",…}]}],
//        "voidedCards":[{"certificateId":"0193…c9","number":"KAM01-T03-2026-000018",
//          "clinic":{…},"person":{"fullName":"…","birthDate":"1980-02-03"} | null,
//          "issuedAt":"…","tabletCode":"T03" | null,
//          "why":"discarded-on-tablet" | "refused-by-register",
//          "refusal":"statement-withdrawn" | null,"voidedAt":"2026-12-04T02:00:00.000Z"}]}
//   400 bad-request (neither or both parameters; a number or SNILS that does not parse — the
//       SNILS checksum is checked as at the desk) · 401 · 403 (anyone but the regional admin)
//
//   POST /api/admin/certificates/0193…c1/revocation  {"reason":"fraud","note":"…"}
//   201 {"revocation":{…record, createdBy: the regional administrator…},"seq":4813}
//   409 already-revoked {"error":{…},"revocation":{…the existing one…}} · 409 certificate-unsigned
//   404 not-found · 400 invalid-body ({"path":"note","message":"note-missing"})
//
// `state` is "revoked" once a revocation exists (whatever else happened), "superseded" when
// a correction or a reprint (duplicate) replaced it, else "valid". A reprint is listed with
// the same number as its original; revoking it revokes the original (they share one QR).
//
// `voidedCards` are certificates the register never held whose QR it nonetheless voided
// (register/sync/voidUnheldCard.ts): refused for good, or discarded by an administrator on
// the tablet that issued them. The citizen holds the paper and its QR answers «отозвана» at
// a door; without these the number on the paper would find nothing. Nothing to revoke there.

/** What one search field may hold: a certificate number or a SNILS. */
export type CertificateQuery =
  | { readonly kind: 'number'; readonly value: SerialNumber }
  | { readonly kind: 'snils'; readonly value: Snils };

export type CertificateQueryReason =
  'query-empty' | 'query-unrecognised' | 'number-format' | 'snils-checksum';

export const CERTIFICATE_QUERY_MESSAGES: MessageTable<CertificateQueryReason> = {
  'query-empty': {
    ru: 'Введите номер справки или СНИЛС',
    en: 'Enter a certificate number or a SNILS',
  },
  'query-unrecognised': {
    ru: 'Это не номер справки (KAM01-T03-2026-000017) и не СНИЛС (112-233-445 95)',
    en: 'This is neither a certificate number (KAM01-T03-2026-000017) nor a SNILS (112-233-445 95)',
  },
  'number-format': {
    ru: 'Номер справки имеет вид КОД-ПЛАНШЕТ-ГГГГ-000001, например KAM01-T03-2026-000017',
    en: 'A certificate number looks like CLINIC-TABLET-YYYY-000001, e.g. KAM01-T03-2026-000017',
  },
  'snils-checksum': { ru: 'Неверная контрольная сумма СНИЛС', en: 'SNILS checksum is wrong' },
};

/**
 * Reads what was typed: letters make it a number ("kam01-t03-2026-17" is not one: numbers keep
 * their six digits), eleven digits with any spaces and hyphens a SNILS, checked as at the desk.
 */
export function parseCertificateQuery(
  input: string,
): Result<CertificateQuery, CertificateQueryReason> {
  const text = input.trim();
  if (text === '') return fail('query-empty');
  if (/[A-Za-z]/.test(text)) {
    const number = parseNumber(text);
    return number.ok ? ok({ kind: 'number', value: number.value.number }) : fail('number-format');
  }
  if (!/^[\d\s-]+$/.test(text)) return fail('query-unrecognised');
  const snils = parseSnils(text);
  if (snils.ok) return ok({ kind: 'snils', value: snils.value });
  return snils.reason === 'snils-checksum' ? fail('snils-checksum') : fail('query-unrecognised');
}

/** The query string for a parsed query: "number=KAM01-…" or "snils=11223344595". */
export function certificateQueryString(query: CertificateQuery): string {
  return `${query.kind}=${encodeURIComponent(query.value)}`;
}

export const CERTIFICATE_STATES = ['valid', 'revoked', 'superseded'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

export const foundCertificateSchema = z.object({
  id: z.string(),
  number: z.string(),
  clinic: z.object({ id: z.string(), code: z.string(), nameRu: z.string() }),
  person: z.object({ fullName: z.string(), birthDate: z.string() }),
  issuedAt: z.string(),
  decision: z.enum(DECISIONS),
  validUntil: z.string().nullable(),
  duplicateOf: z.string().nullable(),
  revocation: z
    .object({ reason: z.enum(REVOCATION_REASONS), note: z.string().nullable(), at: z.string() })
    .nullable(),
  supersededBy: z
    .object({
      kind: z.enum(['correction', 'duplicate']),
      id: z.string(),
      number: z.string(),
      issuedAt: z.string(),
    })
    .nullable(),
  state: z.enum(CERTIFICATE_STATES),
  transfer: z.array(transferItemViewSchema),
});
export type FoundCertificate = z.infer<typeof foundCertificateSchema>;

/** Why the register voided the card of a certificate it does not hold. */
export const VOIDED_CARD_CAUSES = ['discarded-on-tablet', 'refused-by-register'] as const;
export type VoidedCardCause = (typeof VOIDED_CARD_CAUSES)[number];

export const voidedCardSchema = z.object({
  certificateId: z.string(),
  number: z.string(),
  clinic: z.object({ id: z.string(), code: z.string(), nameRu: z.string() }),
  /** Null when the register holds no record of the person either. */
  person: z.object({ fullName: z.string(), birthDate: z.string() }).nullable(),
  issuedAt: z.string(),
  /** The issuing tablet's code ("T03"), when it has one. */
  tabletCode: z.string().nullable(),
  why: z.enum(VOIDED_CARD_CAUSES),
  /** The register's refusal (an OpRejectReason) of a certificate refused for good. */
  refusal: z.string().nullable(),
  voidedAt: z.string(),
});
export type VoidedCard = z.infer<typeof voidedCardSchema>;

export const certificateSearchSchema = z.object({
  query: z.object({ kind: z.enum(['number', 'snils']), value: z.string() }),
  /** More matched than one answer holds (MAX_FOUND_CERTIFICATES): narrow the search. */
  truncated: z.boolean(),
  certificates: z.array(foundCertificateSchema),
  voidedCards: z.array(voidedCardSchema),
});
export type CertificateSearch = z.infer<typeof certificateSearchSchema>;

/** The most certificates one search answers: a person has a handful, a number one or two. */
export const MAX_FOUND_CERTIFICATES = 100;

/**
 * The reasons the regional administrator may give: the desk's own (desk/revokeCertificate.ts
 * DESK_REVOCATION_REASONS), 'correction' being written only by the correction flow.
 */
export const ADMIN_REVOCATION_REASONS = ['error', 'fraud', 'withdrawn-by-citizen'] as const;
export type AdminRevocationReason = (typeof ADMIN_REVOCATION_REASONS)[number];

/** As at the desk: an error or false information must say what happened. */
export const NOTE_REQUIRED_FOR: ReadonlySet<AdminRevocationReason> = new Set(['error', 'fraud']);

export const adminRevocationRequestSchema = z
  .object({
    reason: z.enum(ADMIN_REVOCATION_REASONS, { error: 'reason-missing' }),
    note: reasonTextSchema.optional(),
  })
  .refine((body) => body.note !== undefined || !NOTE_REQUIRED_FOR.has(body.reason), {
    error: 'note-missing',
    path: ['note'],
  });
export type AdminRevocationRequest = z.infer<typeof adminRevocationRequestSchema>;
