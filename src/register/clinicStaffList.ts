import type { StaffClinic, StaffMember } from '../core/protocol/adminStaff';
import { commissionIdsOf } from '../core/staff/staffChanges';
import { readClinicSettings } from './clinicSettings';
import type { RegisterDb } from './db/connect';

// A clinic's staff as the administration screens see them (wire shape in
// src/core/protocol/adminStaff.ts): never the password hash. Only organisations of kind
// "clinic" are found here; the ministry's own accounts are the CLI's business.

type Reader = Pick<RegisterDb['kysely'], 'selectFrom'>;

export type StaffClinicRow = StaffClinic & {
  /** Staff ids the commission order names (chair and members). */
  readonly commissionIds: ReadonlySet<string>;
};

/** The clinic with `id`, or undefined when there is none (or it is the ministry). */
export async function findStaffClinic(db: Reader, id: string): Promise<StaffClinicRow | undefined> {
  const row = await db
    .selectFrom('clinic')
    .select(['id', 'code', 'name_ru', 'name_en', 'settings'])
    .where('id', '=', id)
    .where('kind', '=', 'clinic')
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    id: row.id as StaffClinic['id'],
    code: row.code,
    nameRu: row.name_ru,
    nameEn: row.name_en,
    commissionIds: commissionIdsOf(readClinicSettings(row.settings).commission),
  };
}

/** The clinic's staff by name, or the one member `staffId` when given. */
export async function listClinicStaff(
  db: Reader,
  clinic: StaffClinicRow,
  staffId?: string,
): Promise<StaffMember[]> {
  let query = db
    .selectFrom('staff')
    .select(['id', 'login', 'display_name', 'role', 'disabled_at', 'created_at', 'pin_reset_at'])
    .where('clinic_id', '=', clinic.id)
    .orderBy('display_name')
    .orderBy('id');
  if (staffId !== undefined) query = query.where('id', '=', staffId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id as StaffMember['id'],
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled_at !== null,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    onCommission: clinic.commissionIds.has(row.id),
    pinResetAt: row.pin_reset_at,
  }));
}
