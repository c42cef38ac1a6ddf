import { z } from 'zod';
import type { AdmissionPolicy } from '../core/admission/policy';
import { parseAdmissionPolicy } from '../core/admission/policy';
import type { Jwks } from '../core/shc/jwk';
import { parseJwks } from '../core/shc/jwk';
import type { Crl, IssuerTrust, TrustList } from '../core/shc/trustList';
import { parseCrl } from '../core/shc/trustList';
import type { CrlDetails } from './crlDetails';
import { readCrlDetails } from './crlDetails';
import type { SeroDeskDatabase, TrustRow } from './database';

const rowSchema = z.object({
  iss: z.string().startsWith('https://'),
  jwks: z.unknown(),
  crls: z.record(z.string(), z.unknown()),
  fetchedAt: z.iso.datetime(),
  policy: z.unknown().optional(),
  etags: z
    .object({
      jwks: z.string().optional(),
      policy: z.string().optional(),
      crls: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});

// The verifier's cached trust list, one row per issuer in the `trust` table:
//
//   {iss: "https://register.serodesk.test",
//    jwks: {"keys":[{"kty":"EC","crv":"P-256","x":"…","y":"…","kid":"3Kfd…","use":"sig","alg":"ES256","crlVersion":2}]},
//    crls: {"3Kfd…": {"kid":"3Kfd…","method":"rid","ctr":2,"rids":["Xk3s9_aQ-2M"],
//                     "updatedAt":"2026-11-26T10:14:02.000Z",
//                     "revocations":{"Xk3s9_aQ-2M":{"at":"2026-11-26T10:14:02.000Z","reason":"error"}}}},
//    policy: {"version":2,"admittedClasses":["IgG"],"presenceMonths":6,…},
//    etags: {jwks: "\"Lq3v…\"", policy: "\"9fQ1…\"", crls: {"3Kfd…": "\"a8Xe…\""}},
//    fetchedAt: "2026-11-26T10:15:00.000Z"}
//
// `policy` and `etags` came with issue #9; a row written before has neither, and reads as
// the default policy with nothing to revalidate (so the next download fetches in full). CRLs
// are stored as published, with the register's extra members (crlDetails.ts).
//
// Rows are read back through core's parsers. A row that does not parse is dropped whole, not
// patched: keeping its keys without a readable CRL would let a revoked card show green, while
// dropping it makes that issuer's cards "unknown issuer" until the next download.

/** The entity tags of the documents a cached issuer came from, to revalidate with. */
export type TrustValidators = {
  readonly jwks?: string;
  readonly policy?: string;
  readonly crls: ReadonlyMap<string, string>;
};

/** One issuer's trust as downloaded from the register. */
export type IssuerTrustDownload = {
  readonly iss: string;
  readonly jwks: Jwks;
  readonly crls: ReadonlyMap<string, Crl>;
  /** When the register last answered for every document, epoch milliseconds. */
  readonly fetchedAt: number;
  /** The register's admission policy; absent when it publishes none (an older register). */
  readonly policy?: AdmissionPolicy;
  readonly crlDetails?: ReadonlyMap<string, CrlDetails>;
  readonly validators?: TrustValidators;
};

/** What the verifier shows about a cached issuer beside core's TrustList. */
export type CachedIssuer = {
  readonly crlDetails: ReadonlyMap<string, CrlDetails>;
  readonly policy?: AdmissionPolicy;
  readonly validators: TrustValidators;
};

export type CachedTrust = {
  readonly trust: TrustList;
  readonly issuers: ReadonlyMap<string, CachedIssuer>;
  /** The oldest `fetchedAt` among the issuers, epoch ms; null when nothing is cached. */
  readonly fetchedAt: number | null;
  /** Issuers whose cached row was unreadable and is ignored. */
  readonly dropped: readonly string[];
};

function rowOf(issuer: IssuerTrustDownload): TrustRow {
  const crls: Record<string, unknown> = {};
  for (const [kid, crl] of issuer.crls) {
    const details = issuer.crlDetails?.get(kid);
    crls[kid] = {
      ...crl,
      ...(details?.updatedAt === undefined ? {} : { updatedAt: details.updatedAt }),
      ...(details === undefined || details.revocations.size === 0
        ? {}
        : { revocations: Object.fromEntries(details.revocations) }),
    };
  }
  const validators = issuer.validators;
  return {
    iss: issuer.iss,
    jwks: issuer.jwks,
    crls,
    fetchedAt: new Date(issuer.fetchedAt).toISOString(),
    ...(issuer.policy === undefined ? {} : { policy: issuer.policy }),
    ...(validators === undefined
      ? {}
      : {
          etags: {
            ...(validators.jwks === undefined ? {} : { jwks: validators.jwks }),
            ...(validators.policy === undefined ? {} : { policy: validators.policy }),
            crls: Object.fromEntries(validators.crls),
          },
        }),
  };
}

/**
 * Replaces the whole cache with what the register answered: an issuer the register no longer
 * reports is no longer trusted. One transaction, so a reader never sees half a list.
 */
export async function saveTrustList(
  db: SeroDeskDatabase,
  issuers: readonly IssuerTrustDownload[],
): Promise<void> {
  const rows = issuers.map(rowOf);
  await db.transaction('rw', db.trust, async () => {
    await db.trust.clear();
    await db.trust.bulkPut(rows);
  });
}

export async function loadTrustList(db: SeroDeskDatabase): Promise<CachedTrust> {
  // Read as unknown: the row may have been written by an older version or by hand.
  const rows: unknown[] = await db.trust.toArray();
  const trust = new Map<string, IssuerTrust>();
  const issuers = new Map<string, CachedIssuer>();
  const dropped: string[] = [];
  for (const row of rows) {
    const issuer = readRow(row);
    if (issuer === null) {
      const iss = z.object({ iss: z.string() }).safeParse(row);
      console.warn('Dropped an unreadable cached trust list', iss.success ? iss.data.iss : row);
      dropped.push(iss.success ? iss.data.iss : '?');
      continue;
    }
    trust.set(issuer.iss, issuer.trust);
    issuers.set(issuer.iss, issuer.cached);
  }
  const times = [...trust.values()].map((issuer) => issuer.fetchedAt);
  return { trust, issuers, fetchedAt: times.length === 0 ? null : Math.min(...times), dropped };
}

function readRow(value: unknown): { iss: string; trust: IssuerTrust; cached: CachedIssuer } | null {
  const row = rowSchema.safeParse(value);
  if (!row.success) return null;
  const jwks = parseJwks(row.data.jwks);
  if (!jwks.ok) return null;
  const crls = new Map<string, Crl>();
  const crlDetails = new Map<string, CrlDetails>();
  for (const [kid, entry] of Object.entries(row.data.crls)) {
    const crl = parseCrl(entry);
    // A CRL filed under another key's kid would revoke (or clear) the wrong cards.
    if (!crl.ok || crl.value.kid !== kid) return null;
    crls.set(kid, crl.value);
    crlDetails.set(kid, readCrlDetails(entry));
  }
  let policy: AdmissionPolicy | undefined;
  if (row.data.policy !== undefined) {
    // A policy that does not read would silently become the default: drop the row instead.
    const parsed = parseAdmissionPolicy(row.data.policy);
    if (!parsed.ok) return null;
    policy = parsed.value;
  }
  const etags = row.data.etags;
  const validators: TrustValidators = {
    ...(etags?.jwks === undefined ? {} : { jwks: etags.jwks }),
    ...(etags?.policy === undefined ? {} : { policy: etags.policy }),
    crls: new Map(Object.entries(etags?.crls ?? {})),
  };
  const withPolicy = policy === undefined ? {} : { policy };
  const trust: IssuerTrust = {
    jwks: jwks.value,
    crls,
    fetchedAt: Date.parse(row.data.fetchedAt),
    ...withPolicy,
  };
  return { iss: row.data.iss, trust, cached: { crlDetails, validators, ...withPolicy } };
}
