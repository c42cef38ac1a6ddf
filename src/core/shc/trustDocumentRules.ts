// The rules a trust document can break, and the words for each refusal, ru and en: the
// message names the document, the rule and the offending value, e.g.
//   "Список отзыва для ключа 3Kfd… отклонён: rid Qw8x… повторяется".
// The checks themselves are in trustDocuments.ts.
import type { Bilingual } from '../bilingual';
import type { Fail, Ok } from '../result';

export type JwksRule =
  | 'jwks-invalid'
  | 'jwks-kid-not-thumbprint'
  | 'jwks-kid-repeated'
  | 'jwks-key-type-unknown'
  | 'jwks-private-key'
  | 'jwks-crl-version-invalid';

export type CrlRule =
  | 'crl-invalid'
  | 'crl-kid-mismatch'
  | 'crl-method-unknown'
  | 'crl-ctr-mismatch'
  | 'crl-rid-not-base64url'
  | 'crl-rid-too-long'
  | 'crl-rid-timestamp-invalid'
  | 'crl-rid-repeated'
  | 'crl-key-unknown';

export type TrustDocumentRule = JwksRule | CrlRule;

/** Why a trust document was refused: which one, which rule, what it said, in words. */
export type TrustDocumentRefusal = {
  readonly document: 'jwks' | 'crl';
  readonly rule: TrustDocumentRule;
  /** For a CRL: the key it was published for (its file or URL name); for a JWKS: the key at fault. */
  readonly kid?: string;
  /** The offending value as found (shortened), e.g. the repeated rid or the unknown method. */
  readonly value?: string;
  readonly message: Bilingual;
};

/** A Result whose failure also carries the refusal, so callers can show or store it. */
export type TrustDocumentCheck<T, R extends TrustDocumentRule> =
  Ok<T> | (Fail<R> & { readonly refusal: TrustDocumentRefusal });

/** Characters of an untrusted value quoted in a message; enough to recognise a kid or rid. */
const QUOTE_LIMIT = 48;

export function quote(value: unknown): string {
  // Values come from parsed JSON: only a missing one has no JSON text.
  const text =
    typeof value === 'string' ? value : value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

export type Facts = { readonly kid?: string; readonly value?: string; readonly expected?: string };

const ruleText: { readonly [R in TrustDocumentRule]: (f: Facts) => Bilingual } = {
  'jwks-invalid': (f) => ({
    ru: `это не набор ключей JWKS (${f.value ?? ''})`,
    en: `it is not a JWKS key set (${f.value ?? ''})`,
  }),
  'jwks-kid-not-thumbprint': (f) => ({
    ru: `kid ${f.kid ?? ''} не равен отпечатку ключа по RFC 7638 (${f.expected ?? ''})`,
    en: `kid ${f.kid ?? ''} is not the key's RFC 7638 thumbprint (${f.expected ?? ''})`,
  }),
  'jwks-kid-repeated': (f) => ({
    ru: `kid ${f.kid ?? ''} повторяется`,
    en: `kid ${f.kid ?? ''} appears more than once`,
  }),
  'jwks-key-type-unknown': (f) => ({
    ru: `у ключа ${f.kid ?? ''} неизвестный тип kty «${f.value ?? ''}» — отпечаток не проверить`,
    en: `key ${f.kid ?? ''} has an unknown kty "${f.value ?? ''}" — its thumbprint cannot be checked`,
  }),
  'jwks-private-key': (f) => ({
    ru: `ключ ${f.kid ?? ''} содержит закрытую часть (d)`,
    en: `key ${f.kid ?? ''} carries its private part (d)`,
  }),
  'jwks-crl-version-invalid': (f) => ({
    ru: `crlVersion ключа ${f.kid ?? ''} (${f.value ?? ''}) не целое число ≥ 1`,
    en: `crlVersion of key ${f.kid ?? ''} (${f.value ?? ''}) is not an integer ≥ 1`,
  }),
  'crl-invalid': (f) => ({
    ru: `это не список отзыва SHC (${f.value ?? ''})`,
    en: `it is not an SHC revocation list (${f.value ?? ''})`,
  }),
  'crl-kid-mismatch': (f) => ({
    ru: `в нём kid ${f.value ?? ''}, а не kid ключа`,
    en: `it names kid ${f.value ?? ''}, not the key's kid`,
  }),
  'crl-method-unknown': (f) => ({
    ru: `неизвестный метод «${f.value ?? ''}» (допустим только "rid")`,
    en: `unknown method "${f.value ?? ''}" (only "rid" is defined)`,
  }),
  'crl-ctr-mismatch': (f) => ({
    ru: `ctr ${f.value ?? ''} не совпадает с crlVersion ключа в наборе ключей (${f.expected ?? 'нет'})`,
    en: `ctr ${f.value ?? ''} does not match the key's crlVersion in the key set (${f.expected ?? 'none'})`,
  }),
  'crl-rid-not-base64url': (f) => ({
    ru: `rid ${f.value ?? ''} не в алфавите base64url`,
    en: `rid ${f.value ?? ''} is not in the base64url alphabet`,
  }),
  'crl-rid-too-long': (f) => ({
    ru: `rid ${f.value ?? ''} длиннее 24 символов`,
    en: `rid ${f.value ?? ''} is longer than 24 characters`,
  }),
  'crl-rid-timestamp-invalid': (f) => ({
    ru: `у записи ${f.value ?? ''} после точки не время в секундах`,
    en: `entry ${f.value ?? ''} has no time in seconds after its dot`,
  }),
  'crl-rid-repeated': (f) => ({
    ru: `rid ${f.value ?? ''} повторяется`,
    en: `rid ${f.value ?? ''} appears more than once`,
  }),
  'crl-key-unknown': () => ({
    ru: 'такого ключа нет в наборе ключей',
    en: 'the key set has no such key',
  }),
};

/** "Набор ключей … отклонён: <rule>" / "Revocation list of key … refused: <rule>". */
export function refusalMessage(
  document: 'jwks' | 'crl',
  rule: TrustDocumentRule,
  facts: Facts,
): Bilingual {
  const text = ruleText[rule](facts);
  return document === 'jwks'
    ? { ru: `Набор ключей издателя отклонён: ${text.ru}`, en: `Issuer key set refused: ${text.en}` }
    : {
        ru: `Список отзыва для ключа ${facts.kid ?? ''} отклонён: ${text.ru}`,
        en: `Revocation list of key ${facts.kid ?? ''} refused: ${text.en}`,
      };
}
