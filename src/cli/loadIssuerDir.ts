// Builds a trust-list entry from a local copy of an issuer's well-known layout (Node only):
//   <dir>/.well-known/jwks.json
//   <dir>/.well-known/crl/<kid>.json     (optional, one per key)
// The trust list's date is the JWKS file's modification time, as if it had been fetched then.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseJwks } from '../core/shc/jwk';
import { parseCrl, type Crl, type IssuerTrust } from '../core/shc/trustList';

export type IssuerDirResult =
  | { readonly ok: true; readonly trust: IssuerTrust }
  | { readonly ok: false; readonly problem: string };

export function loadIssuerDir(dir: string): IssuerDirResult {
  const wellKnown = join(dir, '.well-known');
  const jwksPath = join(wellKnown, 'jwks.json');
  let jwksJson: unknown;
  try {
    jwksJson = JSON.parse(readFileSync(jwksPath, 'utf8'));
  } catch (error) {
    return { ok: false, problem: `cannot read ${jwksPath}: ${String(error)}` };
  }
  const jwks = parseJwks(jwksJson);
  if (!jwks.ok) return { ok: false, problem: `${jwksPath}: ${jwks.detail ?? jwks.reason}` };
  const crls = new Map<string, Crl>();
  const crlDir = join(wellKnown, 'crl');
  const files = existsSync(crlDir) ? readdirSync(crlDir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files) {
    let crlJson: unknown;
    try {
      crlJson = JSON.parse(readFileSync(join(crlDir, file), 'utf8'));
    } catch (error) {
      return { ok: false, problem: `cannot read ${join(crlDir, file)}: ${String(error)}` };
    }
    const crl = parseCrl(crlJson);
    if (!crl.ok || `${crl.value.kid}.json` !== file) {
      return {
        ok: false,
        problem: `${join(crlDir, file)}: not the CRL of kid ${file.slice(0, -5)}`,
      };
    }
    crls.set(crl.value.kid, crl.value);
  }
  return { ok: true, trust: { jwks: jwks.value, crls, fetchedAt: statSync(jwksPath).mtimeMs } };
}
