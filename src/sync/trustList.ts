import { z } from 'zod';
import type { AdmissionPolicy } from '../core/admission/policy';
import { parseAdmissionPolicy } from '../core/admission/policy';
import type { Bilingual } from '../core/bilingual';
import type { Fail, Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { Jwks } from '../core/shc/jwk';
import { checkCrl, checkJwks } from '../core/shc/trustDocuments';
import type { Crl } from '../core/shc/trustList';
import type { CrlDetails } from '../storage/crlDetails';
import { readCrlDetails } from '../storage/crlDetails';
import type { SeroDeskDatabase } from '../storage/database';
import type { CachedTrust, IssuerTrustDownload } from '../storage/trustStore';
import { loadTrustList, saveTrustList } from '../storage/trustStore';
import type { Transport, TransportFailure, TransportResponse } from './transport';
import { unreadableDetail } from './unreadable';

// Downloads the register's trust documents for the verifier, which then checks cards
// offline against the cached copy:
//
//   GET /api/health                     200 {"status":"ok",…,"issuer":"https://register.serodesk.test"}
//   GET /.well-known/jwks.json          200 {"keys":[{"kty":"EC",…,"kid":"3Kfd…","crlVersion":2}]}
//   GET /.well-known/admission-policy.json  200 {"version":2,"admittedClasses":["IgG"],…}
//   GET /.well-known/crl/3Kfd….json     200 {"kid":"3Kfd…","method":"rid","ctr":2,"rids":[…],…}
//
// Cheap enough to poll every few seconds: each document is asked with `If-None-Match` and the
// tag of the cached copy, and an unchanged one costs a 304 with no body. A key's CRL is asked
// only when the key set announces one (`crlVersion`) that the cached copy does not already
// hold: the key set carries every CRL's counter, so an unchanged key set means unchanged CRLs
// and a poll is three small requests.
//
// Which `iss` the keys belong to: the register states it (`issuer` in /api/health, its
// ISSUER_URL). A register that does not say is taken to be its own issuer (the page's origin),
// which is what production looks like: verifiers fetch `<iss>/.well-known/jwks.json` and the
// register serves this app from that same address.
//
// Nothing is saved unless every document arrived and passed core's strict checks
// (trustDocuments.ts): a half-downloaded or refused list is never written over a good cached
// one, and the time of the last update moves only when the register answered for everything.

export type TrustDownloadFailure =
  | TransportFailure
  | 'register-refused'
  | 'jwks-refused'
  | 'crl-refused'
  | 'crl-missing'
  | 'policy-invalid'
  | 'issuer-invalid';

/** A failure, and for a refused document which one and which rule it broke, in words. */
export type TrustDownloadFail = Fail<TrustDownloadFailure> & { readonly refusal?: Bilingual };

export type TrustDownloadDeps = {
  readonly transport: Transport;
  readonly subtle: SubtleCrypto;
  readonly now: () => number;
  /** The issuer to assume when the register does not name one: the origin it is reached at. */
  readonly defaultIssuer: string;
};

/** The cached copy of one issuer, whose tags make the download conditional. */
export type PreviousTrust = {
  readonly iss: string;
  readonly jwks: Jwks;
  readonly crls: ReadonlyMap<string, Crl>;
  readonly crlDetails: ReadonlyMap<string, CrlDetails>;
  readonly policy?: AdmissionPolicy;
  readonly validators: IssuerTrustDownload['validators'];
};

const healthSchema = z.looseObject({ issuer: z.string().optional() });
const ctrSchema = z.looseObject({ ctr: z.number() });
const POLICY_PATH = '/.well-known/admission-policy.json';
const JWKS_PATH = '/.well-known/jwks.json';
const crlPath = (kid: string) => `/.well-known/crl/${encodeURIComponent(kid)}.json`;

type Downloaded = Result<IssuerTrustDownload, TrustDownloadFailure> | TrustDownloadFail;

/**
 * A revocation between reading the key set and reading a CRL makes the CRL's `ctr` newer
 * than the set's `crlVersion`; a second pass reads both again.
 */
const ATTEMPTS = 2;

export async function downloadTrustList(
  deps: TrustDownloadDeps,
  previous?: PreviousTrust,
): Promise<Downloaded> {
  const iss = await readIssuer(deps);
  if (!iss.ok) return iss;
  // Another issuer's cached documents say nothing about this one's.
  const cached = previous?.iss === iss.value ? previous : undefined;
  let outcome: Downloaded = fail('register-refused');
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    outcome = await downloadDocuments(deps, iss.value, cached);
    const raced = !outcome.ok && outcome.detail === 'ctr-ahead';
    if (!raced) return outcome;
  }
  return outcome;
}

async function downloadDocuments(
  deps: TrustDownloadDeps,
  iss: string,
  cached: PreviousTrust | undefined,
): Promise<Downloaded> {
  const [jwksAnswer, policy] = await Promise.all([
    conditionalGet(deps.transport, JWKS_PATH, cached?.validators?.jwks),
    fetchPolicy(deps.transport, cached),
  ]);
  if (!jwksAnswer.ok) return jwksAnswer;
  if (!policy.ok) return policy;
  const jwksJson = jwksAnswer.value.status === 304 ? cached?.jwks : jwksAnswer.value.body;
  if (jwksAnswer.value.status !== 200 && jwksAnswer.value.status !== 304) {
    return fail('register-refused', `jwks ${jwksAnswer.value.status}`);
  }
  const jwks = await checkJwks(deps.subtle, jwksJson);
  if (!jwks.ok) return refused('jwks-refused', jwks.refusal.message);

  const crls = new Map<string, Crl>();
  const crlDetails = new Map<string, CrlDetails>();
  const crlTags = new Map<string, string>();
  const answers = await Promise.all(
    jwks.value.keys.map(async (key) => {
      const crlVersion = typeof key['crlVersion'] === 'number' ? key['crlVersion'] : undefined;
      return [key.kid, await fetchCrl(deps.transport, key.kid, crlVersion, cached)] as const;
    }),
  );
  for (const [kid, answer] of answers) {
    if (!answer.ok) return answer;
    if (answer.value === null) continue;
    crls.set(kid, answer.value.crl);
    crlDetails.set(kid, answer.value.details);
    if (answer.value.etag !== undefined) crlTags.set(kid, answer.value.etag);
  }
  const jwksTag =
    jwksAnswer.value.status === 304 ? cached?.validators?.jwks : jwksAnswer.value.etag;
  return ok({
    iss,
    jwks: jwks.value,
    crls,
    crlDetails,
    fetchedAt: deps.now(),
    ...(policy.value.policy === undefined ? {} : { policy: policy.value.policy }),
    validators: {
      ...(jwksTag === undefined ? {} : { jwks: jwksTag }),
      ...(policy.value.etag === undefined ? {} : { policy: policy.value.etag }),
      crls: crlTags,
    },
  });
}

/** Downloads and, only when all of it arrived and passed, replaces the cached trust list. */
export async function refreshTrustList(
  db: SeroDeskDatabase,
  deps: TrustDownloadDeps,
): Promise<Downloaded> {
  const downloaded = await downloadTrustList(deps, previousOf(await loadTrustList(db)));
  if (downloaded.ok) await saveTrustList(db, [downloaded.value]);
  return downloaded;
}

/** The cached issuer to revalidate: one register is one issuer (docs/VERIFIER.md). */
export function previousOf(cached: CachedTrust): PreviousTrust | undefined {
  for (const [iss, trust] of cached.trust) {
    const issuer = cached.issuers.get(iss);
    if (issuer === undefined) continue;
    return {
      iss,
      jwks: trust.jwks,
      crls: trust.crls,
      crlDetails: issuer.crlDetails,
      ...(issuer.policy === undefined ? {} : { policy: issuer.policy }),
      validators: issuer.validators,
    };
  }
  return undefined;
}

function refused(reason: TrustDownloadFailure, message: Bilingual, detail?: string) {
  const failed: TrustDownloadFail = { ...fail(reason, detail ?? message.en), refusal: message };
  return failed;
}

async function readIssuer(deps: TrustDownloadDeps): Promise<Result<string, TrustDownloadFailure>> {
  const sent = await deps.transport({ method: 'GET', path: '/api/health' });
  if (!sent.ok) return sent;
  if (sent.value.status !== 200) return fail('register-refused', `health ${sent.value.status}`);
  const health = healthSchema.safeParse(sent.value.body);
  if (!health.success) return fail('unreadable-response', unreadableDetail(health.error));
  const iss = health.data.issuer ?? deps.defaultIssuer;
  // Core only ever trusts exactly this string, so refuse one no card could carry.
  if (!/^https:\/\/[^/?#\s]+(\/[^?#\s]*[^/?#\s])?$/.test(iss)) return fail('issuer-invalid', iss);
  return ok(iss);
}

/** A GET that sends the cached copy's tag; a 304 is only accepted when a tag was sent. */
async function conditionalGet(
  transport: Transport,
  path: string,
  etag: string | undefined,
): Promise<Result<TransportResponse, TrustDownloadFailure>> {
  const sent = await transport({
    method: 'GET',
    path,
    ...(etag === undefined ? {} : { ifNoneMatch: etag }),
  });
  if (!sent.ok) return sent;
  if (sent.value.status === 304 && etag === undefined) {
    return fail('register-refused', `${path} 304 without a tag`);
  }
  return sent;
}

async function fetchPolicy(
  transport: Transport,
  cached: PreviousTrust | undefined,
): Promise<Result<{ policy?: AdmissionPolicy; etag?: string }, TrustDownloadFailure>> {
  const tag = cached?.policy === undefined ? undefined : cached.validators?.policy;
  const sent = await conditionalGet(transport, POLICY_PATH, tag);
  if (!sent.ok) return sent;
  const { status, body, etag } = sent.value;
  if (status === 304 && cached?.policy !== undefined)
    return ok({ policy: cached.policy, etag: tag });
  // A register from before admission policies: its cards are judged by the built-in default.
  if (status === 404) return ok({});
  if (status !== 200) return fail('register-refused', `policy ${status}`);
  const policy = parseAdmissionPolicy(body);
  if (!policy.ok) return fail('policy-invalid', policy.detail);
  return ok({ policy: policy.value, ...(etag === undefined ? {} : { etag }) });
}

type FetchedCrl = { crl: Crl; details: CrlDetails; etag?: string };

async function fetchCrl(
  transport: Transport,
  kid: string,
  crlVersion: number | undefined,
  cached: PreviousTrust | undefined,
): Promise<Result<FetchedCrl | null, TrustDownloadFailure> | TrustDownloadFail> {
  // SHC: a key with no crlVersion has no revocation list.
  if (crlVersion === undefined) return ok(null);
  const held = cached?.crls.get(kid);
  const heldTag = cached?.validators?.crls.get(kid);
  const heldDetails = cached?.crlDetails.get(kid) ?? { revocations: new Map() };
  const withTag = (etag: string | undefined) => (etag === undefined ? {} : { etag });
  if (held !== undefined && held.ctr === crlVersion) {
    return ok({ crl: held, details: heldDetails, ...withTag(heldTag) });
  }
  const sent = await conditionalGet(
    transport,
    crlPath(kid),
    held === undefined ? undefined : heldTag,
  );
  if (!sent.ok) return sent;
  const { status, body, etag } = sent.value;
  if (status === 404) return fail('crl-missing', kid);
  if (status !== 200 && status !== 304) return fail('register-refused', `crl ${status}`);
  const json = status === 304 ? held : body;
  const checked = checkCrl(json, { kid, crlVersion });
  if (!checked.ok) {
    const counter = ctrSchema.safeParse(json);
    const ahead =
      checked.reason === 'crl-ctr-mismatch' && counter.success && counter.data.ctr > crlVersion;
    return refused('crl-refused', checked.refusal.message, ahead ? 'ctr-ahead' : undefined);
  }
  const details = status === 304 ? heldDetails : readCrlDetails(body);
  return ok({ crl: checked.value, details, ...withTag(status === 304 ? heldTag : etag) });
}
