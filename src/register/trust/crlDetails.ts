import { z } from 'zod';
import { REVOCATION_REASONS } from '../../core/records/revocation';
import type { RegisterDb } from '../db/connect';

// What the register adds to a key's SMART Health Card CRL for its own verifiers: when the
// list last changed and, per rid, when it was revoked and the reason code. Members other SHC
// verifiers ignore (the spec defines only kid, method, ctr, rids):
//
//   {"kid":"3Kfd…","method":"rid","ctr":2,"rids":["Qw8x…","Zt1c…"],
//    "updatedAt":"2026-12-01T02:10:00.000Z",
//    "revocations":{"Qw8x…":{"at":"2026-11-30T10:00:00.000Z","reason":"error"},
//                   "Zt1c…":{"at":"2026-12-01T02:10:00.000Z"}}}
//
// The reason is published only when it is one of the record's closed codes: the staff's
// free-text note never leaves the register. Read beside readCrl (trust/revocations.ts), not
// inside it, so the SHC list itself stays exactly what the spec describes.

export type CrlDetails = {
  readonly updatedAt: string;
  readonly revocations: Readonly<Record<string, { readonly at: string; readonly reason?: string }>>;
};

const reasonSchema = z.enum(REVOCATION_REASONS);

export async function readCrlDetails(db: RegisterDb, kid: string): Promise<CrlDetails | null> {
  const crl = await db.kysely
    .selectFrom('crl')
    .select('updated_at')
    .where('kid', '=', kid)
    .executeTakeFirst();
  if (crl === undefined) return null;
  const entries = await db.kysely
    .selectFrom('crl_entry')
    .select(['rid', 'reason', 'revoked_at'])
    .where('kid', '=', kid)
    .execute();
  const revocations: Record<string, { at: string; reason?: string }> = {};
  for (const entry of entries) {
    const reason = reasonSchema.safeParse(entry.reason);
    revocations[entry.rid] = reason.success
      ? { at: entry.revoked_at, reason: reason.data }
      : { at: entry.revoked_at };
  }
  return { updatedAt: crl.updated_at, revocations };
}
