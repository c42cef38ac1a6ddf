import type { RegisterDb } from '../../src/register/db/connect';

// How many versions the register has written of these records: each record's current version
// (its clinic_record row) and the versions it left behind (clinic_record_version, migration
// 0015). An op applied twice shows as one version too many.
export async function versionsWritten(db: RegisterDb, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const current = await db.kysely
    .selectFrom('clinic_record')
    .select('id')
    .where('id', 'in', ids)
    .execute();
  const history = await db.kysely
    .selectFrom('clinic_record_version')
    .select('record_id')
    .where('record_id', 'in', ids)
    .execute();
  return current.length + history.length;
}
