import { z } from 'zod';
import type { StaffInfo } from '../../core/protocol/session';
import { staffRoleSchema } from '../../core/protocol/session';
import type { RegisterDb } from '../db/connect';

// Staff sessions in SQL: a row per signed-in bearer token (hashed), joined to the member of
// staff and their clinic on every authenticated request.

/** A signed-in member of staff as routes see them: what to show, and what to authorise on. */
export type SessionStaff = StaffInfo & {
  readonly staffId: StaffInfo['id'];
  readonly clinicId: StaffInfo['clinic']['id'];
};

/** A desk shift plus margin: a clerk signs in once per working day. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const staffRowSchema = z.object({
  staff_id: z.string(),
  clinic_id: z.string(),
  login: z.string(),
  display_name: z.string(),
  role: staffRoleSchema,
  clinic_code: z.string(),
  clinic_name_ru: z.string(),
  clinic_name_en: z.string(),
});

function toSessionStaff(row: unknown): SessionStaff {
  const r = staffRowSchema.parse(row);
  const staffId = r.staff_id as SessionStaff['staffId'];
  const clinicId = r.clinic_id as SessionStaff['clinicId'];
  return {
    id: staffId,
    staffId,
    clinicId,
    login: r.login,
    displayName: r.display_name,
    role: r.role,
    clinic: {
      id: clinicId,
      code: r.clinic_code,
      nameRu: r.clinic_name_ru,
      nameEn: r.clinic_name_en,
    },
  };
}

function staffWithClinic(db: RegisterDb) {
  return db.kysely
    .selectFrom('staff')
    .innerJoin('clinic', 'clinic.id', 'staff.clinic_id')
    .select([
      'staff.id as staff_id',
      'staff.clinic_id',
      'staff.login',
      'staff.display_name',
      'staff.role',
      'clinic.code as clinic_code',
      'clinic.name_ru as clinic_name_ru',
      'clinic.name_en as clinic_name_en',
    ]);
}

export async function findStaffByLogin(
  db: RegisterDb,
  login: string,
): Promise<{ staff: SessionStaff; passwordHash: string } | null> {
  const row = await staffWithClinic(db)
    .select('staff.password_hash')
    .where('staff.login', '=', login)
    // A disabled account is refused as if it did not exist (same answer, same work).
    .where('staff.disabled_at', 'is', null)
    .executeTakeFirst();
  if (row === undefined) return null;
  return { staff: toSessionStaff(row), passwordHash: z.string().parse(row.password_hash) };
}

export async function createSession(
  db: RegisterDb,
  session: { tokenHash: string; staffId: string; now: Date },
): Promise<void> {
  const expiresAt = new Date(session.now.getTime() + SESSION_TTL_MS);
  await db.kysely.transaction().execute(async (trx) => {
    // Expired rows are swept on sign-in, which is rare enough to be cheap and frequent
    // enough to keep the table small.
    await trx.deleteFrom('session').where('expires_at', '<=', session.now.toISOString()).execute();
    await trx
      .insertInto('session')
      .values({
        token_hash: session.tokenHash,
        staff_id: session.staffId,
        created_at: session.now.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
      .execute();
  });
}

/** The member of staff behind a live session, or null if unknown or expired. */
export async function findSessionStaff(
  db: RegisterDb,
  tokenHash: string,
  now: Date,
): Promise<SessionStaff | null> {
  const row = await staffWithClinic(db)
    .innerJoin('session', 'session.staff_id', 'staff.id')
    .where('session.token_hash', '=', tokenHash)
    .where('session.expires_at', '>', now.toISOString())
    .where('staff.disabled_at', 'is', null)
    .executeTakeFirst();
  return row === undefined ? null : toSessionStaff(row);
}

export async function deleteSession(db: RegisterDb, tokenHash: string): Promise<void> {
  await db.kysely.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
}
