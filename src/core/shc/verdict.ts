// What a verification answers: a verdict for the big green/red screen, a specific reason
// (closed set; each has a ru/en message in verdictMessages.ts), warnings, and for a card that
// checked out the facts a verifier compares with an ID document.
import type { Admission } from '../admission/decideAdmission';
import type { Bilingual } from '../bilingual';

export type Verdict =
  | 'valid'
  | 'revoked'
  | 'expired'
  | 'not-yet-valid'
  | 'bad-signature'
  | 'unknown-issuer'
  | 'malformed'
  | 'unsupported-format';

/** Every reason and the verdict it leads to. */
export const REASON_VERDICT = {
  valid: 'valid',
  'valid-other-content': 'valid',
  'empty-input': 'unsupported-format',
  'eu-dcc': 'unsupported-format',
  'gosuslugi-link': 'unsupported-format',
  'smart-health-link': 'unsupported-format',
  'other-url': 'unsupported-format',
  'unrecognised-text': 'unsupported-format',
  'chunk-incomplete': 'unsupported-format',
  'numeric-empty': 'malformed',
  'numeric-bad-character': 'malformed',
  'numeric-odd-length': 'malformed',
  'numeric-pair-out-of-range': 'malformed',
  'chunk-header-invalid': 'malformed',
  'chunk-set-inconsistent': 'malformed',
  'file-invalid': 'malformed',
  'jws-too-long': 'malformed',
  'jws-structure': 'malformed',
  'jws-base64url': 'malformed',
  'header-json': 'malformed',
  'header-alg': 'malformed',
  'header-zip': 'malformed',
  'header-kid-missing': 'malformed',
  'payload-not-deflated': 'malformed',
  'payload-inflate-failed': 'malformed',
  'payload-too-large': 'malformed',
  'payload-bom': 'malformed',
  'payload-utf8': 'malformed',
  'payload-json': 'malformed',
  'payload-trailing-characters': 'malformed',
  'payload-schema': 'malformed',
  'issuer-not-https': 'malformed',
  'issuer-trailing-slash': 'malformed',
  'fhir-bundle': 'malformed',
  'fhir-patient': 'malformed',
  'fhir-result-code': 'malformed',
  'fhir-observation-status': 'malformed',
  'internal-error': 'malformed',
  'issuer-untrusted': 'unknown-issuer',
  'kid-unknown': 'unknown-issuer',
  'key-unsuitable': 'unknown-issuer',
  // The issuer's key is known, but its revocation list broke the rules: revocation cannot
  // be checked, so the card is not shown valid (the message names the refused list).
  'crl-refused': 'unknown-issuer',
  'signature-not-raw': 'bad-signature',
  'signature-invalid': 'bad-signature',
  'nbf-in-future': 'not-yet-valid',
  'exp-passed': 'expired',
  'rid-revoked': 'revoked',
  'key-withdrawn': 'revoked',
} as const satisfies Record<string, Verdict>;

export type VerdictReason = keyof typeof REASON_VERDICT;
export type FailureReason = Exclude<VerdictReason, 'valid' | 'valid-other-content'>;

export type WarningCode =
  'clock-behind-trust-list' | 'crl-missing' | 'crl-outdated' | 'chunked-card' | 'no-rid';

export type VerificationWarning = { readonly code: WarningCode; readonly message: Bilingual };

/** What kind of health card it is: ours are antibody tests; the spec's examples are vaccinations. */
export type CardKind = 'antibody-test' | 'other-covid-test' | 'immunization' | 'other';

export type CardSubject = {
  /** "Given Family" as written in Latin letters, e.g. "John B. Anyperson". */
  readonly latin: string;
  /** "Фамилия Имя Отчество" when the card carries a Cyrillic name. */
  readonly cyrillic?: string;
  readonly birthDate: string;
};

export type CardTestResult = {
  readonly loinc: string;
  readonly loincDisplay: string;
  /** `system|code` of the result, e.g. "http://snomed.info/sct|260373001". */
  readonly result: string;
  readonly resultCode: string;
  readonly display: string;
  readonly effectiveDateTime?: string;
  readonly performer?: string;
};

export type CardImmunization = {
  readonly system: string;
  readonly code: string;
  readonly occurrenceDateTime?: string;
};

export type Verification = {
  readonly verdict: Verdict;
  readonly reason: VerdictReason;
  readonly message: Bilingual;
  /** Technical detail for logs (never shown as the answer). */
  readonly detail?: string;
  readonly warnings: readonly VerificationWarning[];
  readonly issuer?: string;
  readonly kind?: CardKind;
  readonly subject?: CardSubject;
  readonly result?: CardTestResult;
  readonly immunizations?: readonly CardImmunization[];
  /** NumericDate seconds, as signed (may be fractional). */
  readonly validity?: { readonly nbf: number; readonly exp?: number };
  /** The second answer: does this card admit its holder under the issuer's policy. */
  readonly admission: Admission;
};

export function verdictOf(reason: VerdictReason): Verdict {
  return REASON_VERDICT[reason];
}
