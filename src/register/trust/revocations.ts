import type { Transaction } from 'kysely';
import type { RegisterDb } from '../db/connect';
import type { RegisterTables } from '../db/tables';

// The register's side of SMART Health Card revocation: one CRL per signing key (kid), its
// `ctr` incremented on every change, served at /.well-known/crl/<kid>.json:
//
//   {"kid":"3Kfd…","method":"rid","ctr":2,"rids":["Qw8x…","Zt1c….1700000000"]}
//
// Revoking is idempotent: the same rid twice changes nothing and keeps `ctr`. A kid's list
// holds rids of its own clinic's certificates only (recordClinicRevocation).

export type Revocation = {
  readonly kid: string;
  readonly rid: string;
  /** Revoke only cards of this rid with an `nbf` before this moment (seconds). */
  readonly notBefore?: number;
  readonly reason: string;
  readonly at: Date;
};

export type Crl = {
  readonly kid: string;
  readonly method: 'rid';
  readonly ctr: number;
  readonly rids: readonly string[];
};

/** Adds the rid to its key's CRL; answers whether the list changed. */
export async function recordRevocation(db: RegisterDb, revocation: Revocation): Promise<boolean> {
  return db.kysely.transaction().execute((tx) => addToCrl(tx, revocation));
}

export type ClinicRevocationOutcome = 'recorded' | 'unchanged' | 'key-foreign';

/**
 * Adds the rid to its key's CRL only when the key is a tablet key of `clinicId`, the clinic
 * whose certificate is revoked: the CRL of a kid lists rids of its own clinic's cards only,
 * whatever a stored certificate claims. Every revocation a tablet or a staff member causes
 * goes through here; `recordRevocation` is for the register's own tools and tests.
 */
export async function recordClinicRevocation(
  db: RegisterDb,
  revocation: Revocation & { readonly clinicId: string },
): Promise<ClinicRevocationOutcome> {
  return db.kysely.transaction().execute(async (tx) => {
    const key = await tx
      .selectFrom('tablet')
      .select('id')
      .where('clinic_id', '=', revocation.clinicId)
      .where('kid', '=', revocation.kid)
      .executeTakeFirst();
    if (key === undefined) return 'key-foreign';
    return (await addToCrl(tx, revocation)) ? 'recorded' : 'unchanged';
  });
}

async function addToCrl(tx: Transaction<RegisterTables>, revocation: Revocation): Promise<boolean> {
  const at = revocation.at.toISOString();
  const existing = await tx
    .selectFrom('crl_entry')
    .select('rid')
    .where('kid', '=', revocation.kid)
    .where('rid', '=', revocation.rid)
    .executeTakeFirst();
  if (existing !== undefined) return false;
  const crl = await tx
    .selectFrom('crl')
    .select('ctr')
    .where('kid', '=', revocation.kid)
    .executeTakeFirst();
  if (crl === undefined) {
    await tx.insertInto('crl').values({ kid: revocation.kid, ctr: 1, updated_at: at }).execute();
  } else {
    await tx
      .updateTable('crl')
      .set({ ctr: crl.ctr + 1, updated_at: at })
      .where('kid', '=', revocation.kid)
      .execute();
  }
  await tx
    .insertInto('crl_entry')
    .values({
      kid: revocation.kid,
      rid: revocation.rid,
      not_before: revocation.notBefore === undefined ? null : String(revocation.notBefore),
      reason: revocation.reason,
      revoked_at: at,
    })
    .execute();
  return true;
}

export async function readCrl(db: RegisterDb, kid: string): Promise<Crl | null> {
  const crl = await db.kysely
    .selectFrom('crl')
    .selectAll()
    .where('kid', '=', kid)
    .executeTakeFirst();
  if (crl === undefined) return null;
  const entries = await db.kysely
    .selectFrom('crl_entry')
    .select(['rid', 'not_before'])
    .where('kid', '=', kid)
    .orderBy('revoked_at')
    .orderBy('rid')
    .execute();
  return {
    kid,
    method: 'rid',
    ctr: crl.ctr,
    rids: entries.map((e) => (e.not_before === null ? e.rid : `${e.rid}.${e.not_before}`)),
  };
}
