// Strict checks of an issuer's trust documents, before a verifier trusts them. The browser's
// download (src/sync/trustList.ts) and the CLI (src/cli/loadIssuerDir.ts) both call these:
//
//   checkJwks(subtle, json)            → the key set, or why it is refused
//   checkCrl(json, { kid, crlVersion }) → the CRL of that key, or why it is refused
//   checkIssuerTrust(subtle, documents) → an IssuerTrust whose refused CRLs are marked per kid
//
// A refused key set leaves nothing to trust. A refused CRL does not drop the issuer: its key
// is marked in `IssuerTrust.refusedCrls`, and every card that key signed is answered
// `crl-refused` (never valid) — a revocation list that breaks the rules may be hiding a
// revocation. Every refusal names the document, the rule and the offending value, in ru and en:
//   "Список отзыва для ключа 3Kfd… отклонён: rid Qw8x… повторяется".
// Rules (SMART Health Cards §Revocation and §Protocol details; the same ones the SHC dev
// tools report as errors in crl-validator.ts and shcKeyValidator.ts): a JWKS `kid` is the
// RFC 7638 thumbprint of its key and appears once, no private part `d`, `crlVersion` is an
// integer ≥ 1; a CRL names the key it was published for, `method` is "rid", `ctr` equals the
// key's `crlVersion` in the key set, every entry is a base64url rid of at most 24 characters
// with an optional ".<seconds>" suffix, and no rid appears twice.
import { z } from 'zod';
import type { AdmissionPolicy } from '../admission/policy';
import { fail, ok, type Fail } from '../result';
import { encodeBase64Url } from './base64url';
import type { Jwks } from './jwk';
import {
  quote,
  refusalMessage,
  type CrlRule,
  type Facts,
  type JwksRule,
  type TrustDocumentCheck,
  type TrustDocumentRefusal,
  type TrustDocumentRule,
} from './trustDocumentRules';
import type { Crl, IssuerTrust } from './trustList';

export {
  refusalMessage,
  type CrlRule,
  type JwksRule,
  type TrustDocumentCheck,
  type TrustDocumentRefusal,
  type TrustDocumentRule,
} from './trustDocumentRules';

function refuse<R extends TrustDocumentRule>(
  document: 'jwks' | 'crl',
  rule: R,
  facts: Facts,
): Fail<R> & { readonly refusal: TrustDocumentRefusal } {
  const { kid, value } = facts;
  const refusal: TrustDocumentRefusal = {
    document,
    rule,
    ...(kid === undefined ? {} : { kid }),
    ...(value === undefined ? {} : { value }),
    message: refusalMessage(document, rule, facts),
  };
  return { ...fail(rule, value), refusal };
}

// ——— key set ———

const jwkShape = z.looseObject({
  kty: z.string().min(1),
  kid: z.string().regex(/^[A-Za-z0-9_-]+$/, 'kid is not base64url'),
});
const jwksShape = z.object({ keys: z.array(jwkShape) });

/** RFC 7638 §3.2: the members of each key type that enter its thumbprint, in order. */
const THUMBPRINT_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  EC: ['crv', 'kty', 'x', 'y'],
  OKP: ['crv', 'kty', 'x'],
  RSA: ['e', 'kty', 'n'],
  oct: ['k', 'kty'],
};

async function thumbprintOf(
  subtle: SubtleCrypto,
  key: Record<string, unknown>,
  members: readonly string[],
): Promise<string | undefined> {
  const canonical: Record<string, string> = {};
  for (const member of members) {
    const value = key[member];
    if (typeof value !== 'string') return undefined;
    canonical[member] = value;
  }
  const digest = await subtle.digest(
    'SHA-256',
    new TextEncoder().encode(JSON.stringify(canonical)),
  );
  return encodeBase64Url(new Uint8Array(digest));
}

/**
 * The issuer's key set (/.well-known/jwks.json) if it keeps the SHC rules; otherwise the
 * first rule it breaks. Keys of other types stay allowed (a verifier only ever uses the
 * EC P-256 key a card names), but every kid must be its key's thumbprint.
 */
export async function checkJwks(
  subtle: SubtleCrypto,
  json: unknown,
): Promise<TrustDocumentCheck<Jwks, JwksRule>> {
  const parsed = jwksShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('jwks', 'jwks-invalid', {
      value: issue === undefined ? 'schema' : `${issue.path.join('.')}: ${issue.message}`,
    });
  }
  const seen = new Set<string>();
  for (const key of parsed.data.keys) {
    const kid = key.kid;
    if (seen.has(kid)) return refuse('jwks', 'jwks-kid-repeated', { kid: quote(kid) });
    seen.add(kid);
    if (key['d'] !== undefined) return refuse('jwks', 'jwks-private-key', { kid: quote(kid) });
    const crlVersion = key['crlVersion'];
    if (crlVersion !== undefined && !(Number.isInteger(crlVersion) && Number(crlVersion) >= 1)) {
      return refuse('jwks', 'jwks-crl-version-invalid', {
        kid: quote(kid),
        value: quote(crlVersion),
      });
    }
    const members = Object.hasOwn(THUMBPRINT_MEMBERS, key.kty)
      ? THUMBPRINT_MEMBERS[key.kty]
      : undefined;
    if (members === undefined) {
      return refuse('jwks', 'jwks-key-type-unknown', { kid: quote(kid), value: quote(key.kty) });
    }
    const thumbprint = await thumbprintOf(subtle, key, members);
    if (thumbprint === undefined) {
      return refuse('jwks', 'jwks-invalid', {
        kid: quote(kid),
        value: `key ${quote(kid)} lacks one of ${members.join(', ')}`,
      });
    }
    if (thumbprint !== kid) {
      return refuse('jwks', 'jwks-kid-not-thumbprint', { kid: quote(kid), expected: thumbprint });
    }
  }
  return ok(parsed.data);
}

// ——— revocation list ———

const crlShape = z.object({
  kid: z.string(),
  method: z.string(),
  ctr: z.number().int().nonnegative(),
  rids: z.array(z.string()),
});

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const MAX_RID_LENGTH = 24;

/**
 * The CRL of key `kid` (/.well-known/crl/<kid>.json) if it keeps the SHC rules; `crlVersion`
 * is that key's counter in the key set (undefined when the key set announces no CRL).
 */
export function checkCrl(
  json: unknown,
  key: { readonly kid: string; readonly crlVersion: number | undefined },
): TrustDocumentCheck<Crl, CrlRule> {
  const kid = quote(key.kid);
  const parsed = crlShape.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('crl', 'crl-invalid', {
      kid,
      value: issue === undefined ? 'schema' : `${issue.path.join('.')}: ${issue.message}`,
    });
  }
  const crl = parsed.data;
  if (crl.kid !== key.kid) return refuse('crl', 'crl-kid-mismatch', { kid, value: quote(crl.kid) });
  if (crl.method !== 'rid') {
    return refuse('crl', 'crl-method-unknown', { kid, value: quote(crl.method) });
  }
  if (crl.ctr !== key.crlVersion) {
    return refuse('crl', 'crl-ctr-mismatch', {
      kid,
      value: String(crl.ctr),
      ...(key.crlVersion === undefined ? {} : { expected: String(key.crlVersion) }),
    });
  }
  const seen = new Set<string>();
  for (const entry of crl.rids) {
    const [rid = '', timestamp, ...extra] = entry.split('.');
    if (!BASE64URL.test(rid)) {
      return refuse('crl', 'crl-rid-not-base64url', { kid, value: quote(rid) });
    }
    if (rid.length > MAX_RID_LENGTH) {
      return refuse('crl', 'crl-rid-too-long', { kid, value: quote(rid) });
    }
    if (extra.length > 0 || (timestamp !== undefined && !/^[0-9]{1,12}$/.test(timestamp))) {
      return refuse('crl', 'crl-rid-timestamp-invalid', { kid, value: quote(entry) });
    }
    // "abc" and "abc.1700000000" are the same rid twice: which one holds is unclear.
    if (seen.has(rid)) return refuse('crl', 'crl-rid-repeated', { kid, value: rid });
    seen.add(rid);
  }
  return ok({ kid: crl.kid, method: 'rid', ctr: crl.ctr, rids: crl.rids });
}

// ——— an issuer's documents together ———

export type IssuerTrustDocuments = {
  /** The JSON of /.well-known/jwks.json. */
  readonly jwks: unknown;
  /** The JSON of each /.well-known/crl/<kid>.json, by the kid it was fetched for. */
  readonly crls: ReadonlyMap<string, unknown>;
  readonly fetchedAt: number;
  readonly policy?: AdmissionPolicy;
};

export type IssuerTrustChecked = {
  readonly trust: IssuerTrust;
  /** The CRLs that were refused (also marked in `trust.refusedCrls`), to show and log. */
  readonly refusals: readonly TrustDocumentRefusal[];
};

/**
 * An issuer's trust-list entry from its raw documents. Fails only when the key set is
 * refused; each refused CRL is left out and its key marked, so that key's cards are never
 * shown valid while the issuer's other keys keep working.
 */
export async function checkIssuerTrust(
  subtle: SubtleCrypto,
  documents: IssuerTrustDocuments,
): Promise<TrustDocumentCheck<IssuerTrustChecked, JwksRule>> {
  const jwks = await checkJwks(subtle, documents.jwks);
  if (!jwks.ok) return jwks;
  const versions = new Map(
    jwks.value.keys.map((k) => [
      k.kid,
      typeof k['crlVersion'] === 'number' ? k['crlVersion'] : undefined,
    ]),
  );
  const crls = new Map<string, Crl>();
  const refused = new Map<string, TrustDocumentRefusal>();
  for (const [kid, json] of documents.crls) {
    const checked = versions.has(kid)
      ? checkCrl(json, { kid, crlVersion: versions.get(kid) })
      : refuse('crl', 'crl-key-unknown', { kid: quote(kid) });
    if (checked.ok) crls.set(kid, checked.value);
    else refused.set(kid, checked.refusal);
  }
  const trust: IssuerTrust = {
    jwks: jwks.value,
    crls,
    fetchedAt: documents.fetchedAt,
    ...(documents.policy === undefined ? {} : { policy: documents.policy }),
    ...(refused.size === 0 ? {} : { refusedCrls: refused }),
  };
  return ok({ trust, refusals: [...refused.values()] });
}
