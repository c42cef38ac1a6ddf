import type { RegisterDb } from '../../register/db/connect';
import { RefusedError } from './command';

/** The id of the clinic with this code; refused (exit 1) when there is none. */
export async function clinicIdByCode(db: RegisterDb, code: string): Promise<string> {
  const row = await db.kysely
    .selectFrom('clinic')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  if (row === undefined) {
    throw new RefusedError({
      en: `no clinic with code ${code}`,
      ru: `нет клиники с кодом ${code}`,
    });
  }
  return row.id;
}
