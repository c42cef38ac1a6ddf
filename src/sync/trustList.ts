import { z } from 'zod';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { Jwks } from '../core/shc/jwk';
import { parseJwks } from '../core/shc/jwk';
import type { Crl } from '../core/shc/trustList';
import { parseCrl } from '../core/shc/trustList';
import type { SeroDeskDatabase } from '../storage/database';
import type { IssuerTrustDownload } from '../storage/trustStore';
import { saveTrustList } from '../storage/trustStore';
import type { Transport, TransportFailure } from './transport';

// Downloads the register's trust documents for the verifier, which then checks cards
// offline against the cached copy:
//
//   GET /api/health              200 {"status":"ok",…,"issuer":"https://register.serodesk.test"}
//   GET /.well-known/jwks.json   200 {"keys":[{"kty":"EC","crv":"P-256","x":…,"kid":"3Kfd…",…}]}
//   GET /.well-known/crl/3Kfd….json   200 {"kid":"3Kfd…","method":"rid","ctr":1,"rids":[…]}
//                                     404 no revocation list for that key yet
//
// Which `iss` the keys belong to: the register states it (`issuer` in /api/health, its
// ISSUER_URL). A register that does not say is taken to be its own issuer (the page's origin),
// which is what production looks like: verifiers fetch `<iss>/.well-known/jwks.json` and the
// register serves this app from that same address. Nothing is saved unless every document
// arrived and parsed: a half-downloaded list (keys without their CRLs) would show revoked
// cards as valid.

export type TrustDownloadFailure =
  TransportFailure | 'register-refused' | 'jwks-invalid' | 'crl-invalid' | 'issuer-invalid';

export type TrustDownloadDeps = {
  readonly transport: Transport;
  readonly now: () => number;
  /** The issuer to assume when the register does not name one: the origin it is reached at. */
  readonly defaultIssuer: string;
};

const healthSchema = z.looseObject({ issuer: z.string().optional() });

export async function downloadTrustList(
  deps: TrustDownloadDeps,
): Promise<Result<IssuerTrustDownload, TrustDownloadFailure>> {
  const iss = await readIssuer(deps);
  if (!iss.ok) return iss;
  const jwks = await fetchJwks(deps.transport);
  if (!jwks.ok) return jwks;
  const crls = new Map<string, Crl>();
  const answers = await Promise.all(
    jwks.value.keys.map(async (key) => [key.kid, await fetchCrl(deps.transport, key.kid)] as const),
  );
  for (const [kid, crl] of answers) {
    if (!crl.ok) return crl;
    if (crl.value !== null) crls.set(kid, crl.value);
  }
  return ok({ iss: iss.value, jwks: jwks.value, crls, fetchedAt: deps.now() });
}

/** Downloads and, only when all of it arrived, replaces the cached trust list. */
export async function refreshTrustList(
  db: SeroDeskDatabase,
  deps: TrustDownloadDeps,
): Promise<Result<IssuerTrustDownload, TrustDownloadFailure>> {
  const downloaded = await downloadTrustList(deps);
  if (downloaded.ok) await saveTrustList(db, [downloaded.value]);
  return downloaded;
}

async function readIssuer(deps: TrustDownloadDeps): Promise<Result<string, TrustDownloadFailure>> {
  const sent = await deps.transport({ method: 'GET', path: '/api/health' });
  if (!sent.ok) return sent;
  if (sent.value.status !== 200) return fail('register-refused', `health ${sent.value.status}`);
  const health = healthSchema.safeParse(sent.value.body);
  if (!health.success) return fail('unreadable-response', health.error.message);
  const iss = health.data.issuer ?? deps.defaultIssuer;
  // Core only ever trusts exactly this string, so refuse one no card could carry.
  if (!/^https:\/\/[^/?#\s]+(\/[^?#\s]*[^/?#\s])?$/.test(iss)) return fail('issuer-invalid', iss);
  return ok(iss);
}

async function fetchJwks(transport: Transport): Promise<Result<Jwks, TrustDownloadFailure>> {
  const sent = await transport({ method: 'GET', path: '/.well-known/jwks.json' });
  if (!sent.ok) return sent;
  if (sent.value.status !== 200) return fail('register-refused', `jwks ${sent.value.status}`);
  const jwks = parseJwks(sent.value.body);
  return jwks.ok ? jwks : fail('jwks-invalid', jwks.detail);
}

async function fetchCrl(
  transport: Transport,
  kid: string,
): Promise<Result<Crl | null, TrustDownloadFailure>> {
  const path = `/.well-known/crl/${encodeURIComponent(kid)}.json`;
  const sent = await transport({ method: 'GET', path });
  if (!sent.ok) return sent;
  if (sent.value.status === 404) return ok(null);
  if (sent.value.status !== 200) return fail('register-refused', `crl ${sent.value.status}`);
  const crl = parseCrl(sent.value.body);
  if (!crl.ok) return fail('crl-invalid', crl.detail);
  // A list published for another key would revoke the wrong cards.
  return crl.value.kid === kid ? ok(crl.value) : fail('crl-invalid', `kid ${crl.value.kid}`);
}
