import type { Clinic } from '../core/clinic/settings';
import { clinicSchema } from '../core/clinic/settings';
import { readClinicSettings } from './clinicSettings';
import type { RegisterDb } from './db/connect';

// Clinic rows as the domain knows them: the settings JSON parsed, and the issuer filled in
// from the register's ISSUER_URL when the clinic has none of its own.

export async function findClinicByCode(
  db: RegisterDb,
  code: string,
  registerIssuerUrl: string,
): Promise<Clinic | null> {
  return findClinic(db, 'code', code, registerIssuerUrl);
}

export async function findClinicById(
  db: RegisterDb,
  id: string,
  registerIssuerUrl: string,
): Promise<Clinic | null> {
  return findClinic(db, 'id', id, registerIssuerUrl);
}

async function findClinic(
  db: RegisterDb,
  column: 'id' | 'code',
  value: string,
  registerIssuerUrl: string,
): Promise<Clinic | null> {
  const row = await db.kysely
    .selectFrom('clinic')
    .selectAll()
    .where(column, '=', value)
    .executeTakeFirst();
  if (row === undefined) return null;
  return clinicSchema.parse({
    id: row.id,
    code: row.code,
    nameRu: row.name_ru,
    nameEn: row.name_en,
    address: row.address,
    issuerUrl: row.issuer_url ?? registerIssuerUrl,
    settings: readClinicSettings(row.settings),
  });
}
