import { z } from 'zod';
import type { Jwks } from '../core/shc/jwk';
import { parseJwks } from '../core/shc/jwk';
import type { Crl, IssuerTrust, TrustList } from '../core/shc/trustList';
import { parseCrl } from '../core/shc/trustList';
import type { SeroDeskDatabase, TrustRow } from './database';

const rowSchema = z.object({
  iss: z.string().startsWith('https://'),
  jwks: z.unknown(),
  crls: z.record(z.string(), z.unknown()),
  fetchedAt: z.iso.datetime(),
});

// The verifier's cached trust list, one row per issuer in the `trust` table:
//
//   {iss: "https://register.serodesk.test",
//    jwks: {"keys":[{"kty":"EC","crv":"P-256","x":"…","y":"…","kid":"3Kfd…","use":"sig","alg":"ES256"}]},
//    crls: {"3Kfd…": {"kid":"3Kfd…","method":"rid","ctr":2,"rids":["Xk3s9_aQ-2M"]}},
//    fetchedAt: "2026-11-26T10:15:00.000Z"}
//
// Rows are read back through core's parsers. A row that does not parse is dropped whole, not
// patched: keeping its keys without a readable CRL would let a revoked card show green, while
// dropping it makes that issuer's cards "unknown issuer" until the next download.

/** One issuer's trust as downloaded from the register. */
export type IssuerTrustDownload = {
  readonly iss: string;
  readonly jwks: Jwks;
  readonly crls: ReadonlyMap<string, Crl>;
  /** When the download finished, epoch milliseconds. */
  readonly fetchedAt: number;
};

export type CachedTrust = {
  readonly trust: TrustList;
  /** The oldest `fetchedAt` among the issuers, epoch ms; null when nothing is cached. */
  readonly fetchedAt: number | null;
  /** Issuers whose cached row was unreadable and is ignored. */
  readonly dropped: readonly string[];
};

/**
 * Replaces the whole cache with what the register answered: an issuer the register no longer
 * reports is no longer trusted. One transaction, so a reader never sees half a list.
 */
export async function saveTrustList(
  db: SeroDeskDatabase,
  issuers: readonly IssuerTrustDownload[],
): Promise<void> {
  const rows: TrustRow[] = issuers.map((issuer) => ({
    iss: issuer.iss,
    jwks: issuer.jwks,
    crls: Object.fromEntries(issuer.crls),
    fetchedAt: new Date(issuer.fetchedAt).toISOString(),
  }));
  await db.transaction('rw', db.trust, async () => {
    await db.trust.clear();
    await db.trust.bulkPut(rows);
  });
}

export async function loadTrustList(db: SeroDeskDatabase): Promise<CachedTrust> {
  // Read as unknown: the row may have been written by an older version or by hand.
  const rows: unknown[] = await db.trust.toArray();
  const trust = new Map<string, IssuerTrust>();
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
  }
  const times = [...trust.values()].map((issuer) => issuer.fetchedAt);
  return { trust, fetchedAt: times.length === 0 ? null : Math.min(...times), dropped };
}

function readRow(value: unknown): { iss: string; trust: IssuerTrust } | null {
  const row = rowSchema.safeParse(value);
  if (!row.success) return null;
  const jwks = parseJwks(row.data.jwks);
  if (!jwks.ok) return null;
  const crls = new Map<string, Crl>();
  for (const [kid, entry] of Object.entries(row.data.crls)) {
    const crl = parseCrl(entry);
    // A CRL filed under another key's kid would revoke (or clear) the wrong cards.
    if (!crl.ok || crl.value.kid !== kid) return null;
    crls.set(kid, crl.value);
  }
  const trust = { jwks: jwks.value, crls, fetchedAt: Date.parse(row.data.fetchedAt) };
  return { iss: row.data.iss, trust };
}
