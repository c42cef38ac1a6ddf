// Builds a trust-list entry from a local copy of an issuer's well-known layout (Node only):
//   <dir>/.well-known/jwks.json
//   <dir>/.well-known/crl/<kid>.json              (optional, one per key)
//   <dir>/.well-known/admission-policy.json       (optional; absent: DEFAULT_ADMISSION_POLICY)
// The documents go through the same strict checks as the verifier's download
// (core/shc/trustDocuments.ts). A refused key set or policy is a problem (the CLI stops); a
// refused CRL is reported and its key marked, so that key's cards are answered `crl-refused`.
// The trust list's date is the JWKS file's modification time, as if it had been fetched then.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAdmissionPolicy, type AdmissionPolicy } from '../core/admission/policy';
import type { Bilingual } from '../core/bilingual';
import { checkIssuerTrust, type TrustDocumentRefusal } from '../core/shc/trustDocuments';
import type { IssuerTrust } from '../core/shc/trustList';

export type IssuerDirResult =
  | {
      readonly ok: true;
      readonly trust: IssuerTrust;
      /** CRLs that were refused (their keys are marked in `trust.refusedCrls`). */
      readonly refusals: readonly TrustDocumentRefusal[];
    }
  | { readonly ok: false; readonly problem: Bilingual };

type Read =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly problem: Bilingual };

function readJson(path: string): Read {
  try {
    return { ok: true, json: JSON.parse(readFileSync(path, 'utf8')) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: { ru: `не удалось прочитать ${path}: ${why}`, en: `cannot read ${path}: ${why}` },
    };
  }
}

function readPolicy(
  path: string,
): { ok: true; policy?: AdmissionPolicy } | { ok: false; problem: Bilingual } {
  if (!existsSync(path)) return { ok: true };
  const read = readJson(path);
  if (!read.ok) return read;
  const policy = parseAdmissionPolicy(read.json);
  if (policy.ok) return { ok: true, policy: policy.value };
  const why = policy.detail ?? policy.reason;
  return {
    ok: false,
    problem: {
      ru: `Правила допуска ${path} отклонены: не соответствуют схеме (${why})`,
      en: `Admission policy ${path} refused: it does not match the schema (${why})`,
    },
  };
}

export async function loadIssuerDir(dir: string): Promise<IssuerDirResult> {
  const wellKnown = join(dir, '.well-known');
  const jwksPath = join(wellKnown, 'jwks.json');
  const jwks = readJson(jwksPath);
  if (!jwks.ok) return jwks;
  const crls = new Map<string, unknown>();
  const crlDir = join(wellKnown, 'crl');
  const files = existsSync(crlDir) ? readdirSync(crlDir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files.sort()) {
    const crl = readJson(join(crlDir, file));
    if (!crl.ok) return crl;
    // The file's name is the kid it is published for, as in /.well-known/crl/<kid>.json.
    crls.set(file.slice(0, -'.json'.length), crl.json);
  }
  const policy = readPolicy(join(wellKnown, 'admission-policy.json'));
  if (!policy.ok) return policy;
  const checked = await checkIssuerTrust(globalThis.crypto.subtle, {
    jwks: jwks.json,
    crls,
    fetchedAt: statSync(jwksPath).mtimeMs,
    ...(policy.policy === undefined ? {} : { policy: policy.policy }),
  });
  if (!checked.ok) {
    const { ru, en } = checked.refusal.message;
    return { ok: false, problem: { ru: `${jwksPath}: ${ru}`, en: `${jwksPath}: ${en}` } };
  }
  return { ok: true, trust: checked.value.trust, refusals: checked.value.refusals };
}
