import type { Clinic } from '../core/clinic/settings';
import { clinicSchema } from '../core/clinic/settings';
import { readClinicSettings } from './clinicSettings';
import type { RegisterConfig } from './config';
import type { RegisterDb } from './db/connect';

// Clinic rows as the domain knows them: the settings JSON parsed, the issuer filled in from
// the register's ISSUER_URL when the clinic has none of its own, and whether the register
// transfers to the federal register (FEDERAL_TRANSFER), which the tablets print on the
// statement.

/** What the register adds to every clinic it sends: from its own configuration. */
export type RegisterClinicFacts = Pick<RegisterConfig, 'issuerUrl' | 'federalTransfer'>;

export async function findClinicByCode(
  db: RegisterDb,
  code: string,
  register: RegisterClinicFacts,
): Promise<Clinic | null> {
  return findClinic(db, 'code', code, register);
}

export async function findClinicById(
  db: RegisterDb,
  id: string,
  register: RegisterClinicFacts,
): Promise<Clinic | null> {
  return findClinic(db, 'id', id, register);
}

async function findClinic(
  db: RegisterDb,
  column: 'id' | 'code',
  value: string,
  register: RegisterClinicFacts,
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
    issuerUrl: row.issuer_url ?? register.issuerUrl,
    settings: readClinicSettings(row.settings),
    federalTransfer: register.federalTransfer,
  });
}
