import type { StaffRole } from '../core/protocol/session';
import type { RoleOrganisationReason } from '../core/staff/organisation';
import { checkRoleInOrganisation } from '../core/staff/organisation';
import type { StaffChange, StaffChangeReason } from '../core/staff/staffChanges';
import { checkStaffChange, commissionIdsOf } from '../core/staff/staffChanges';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { hashPassword } from './auth/password';
import { readClinicSettings } from './clinicSettings';
import type { RegisterDb } from './db/connect';
import { newId } from './ids';

// Staff accounts as the register admin manages them from the command line and the clinic and
// regional administrators from the admin screens (issue #12): create, disable or enable,
// change the role, set a new password, reset the PIN. Disabling keeps the row (records name
// their author) and ends the member's sessions; so does a new password, so a lost laptop's
// session dies. The screens' changes keep the staff rules of src/core/staff/staffChanges.ts.

export type StaffAccountFailure =
  'clinic-not-found' | 'login-taken' | 'staff-not-found' | RoleOrganisationReason;

export type Deps = { readonly now: () => Date; readonly random: (bytes: number) => Uint8Array };

export async function createStaff(
  db: RegisterDb,
  account: {
    readonly clinicCode: string;
    readonly login: string;
    readonly role: StaffRole;
    readonly displayName: string;
    readonly password: string;
  },
  deps: Deps,
): Promise<
  Result<{ readonly id: string }, 'clinic-not-found' | 'login-taken' | RoleOrganisationReason>
> {
  const clinic = await db.kysely
    .selectFrom('clinic')
    .select(['id', 'kind'])
    .where('code', '=', account.clinicCode)
    .executeTakeFirst();
  if (clinic === undefined) return fail('clinic-not-found', account.clinicCode);
  const fits = checkRoleInOrganisation(account.role, clinic.kind);
  if (!fits.ok) return fits;
  return insertStaff(db, { ...account, clinicId: clinic.id }, deps);
}

/** The row itself; the login is unique register-wide, so a taken one inserts nothing. */
async function insertStaff(
  db: RegisterDb,
  account: {
    readonly clinicId: string;
    readonly login: string;
    readonly role: StaffRole;
    readonly displayName: string;
    readonly password: string;
  },
  deps: Deps,
): Promise<Result<{ readonly id: string }, 'login-taken'>> {
  const passwordHash = await hashPassword(account.password, deps.random);
  const id = newId(deps.now, deps.random);
  const inserted = await db.kysely
    .insertInto('staff')
    .values({
      id,
      clinic_id: account.clinicId,
      login: account.login,
      display_name: account.displayName,
      role: account.role,
      password_hash: passwordHash,
      created_at: deps.now().toISOString(),
    })
    .onConflict((conflict) => conflict.column('login').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted === undefined ? fail('login-taken', account.login) : ok({ id });
}

/** Disables the account and ends its sessions; disabling twice keeps the first time. */
export async function disableStaff(
  db: RegisterDb,
  login: string,
  now: Date,
): Promise<Result<{ readonly disabledAt: string }, 'staff-not-found'>> {
  return db.kysely.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('staff')
      .select(['id', 'disabled_at'])
      .where('login', '=', login)
      .executeTakeFirst();
    if (row === undefined) return fail('staff-not-found', login);
    const disabledAt = row.disabled_at ?? now.toISOString();
    await tx
      .updateTable('staff')
      .set({ disabled_at: disabledAt })
      .where('id', '=', row.id)
      .execute();
    await tx.deleteFrom('session').where('staff_id', '=', row.id).execute();
    return ok({ disabledAt });
  });
}

/** Sets a new password and ends the member's sessions. */
export async function resetPassword(
  db: RegisterDb,
  login: string,
  password: string,
  deps: Pick<Deps, 'random'>,
): Promise<Result<{ readonly disabled: boolean }, 'staff-not-found'>> {
  const passwordHash = await hashPassword(password, deps.random);
  return db.kysely.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('staff')
      .select(['id', 'disabled_at'])
      .where('login', '=', login)
      .executeTakeFirst();
    if (row === undefined) return fail('staff-not-found', login);
    await tx
      .updateTable('staff')
      .set({ password_hash: passwordHash })
      .where('id', '=', row.id)
      .execute();
    await tx.deleteFrom('session').where('staff_id', '=', row.id).execute();
    return ok({ disabled: row.disabled_at !== null });
  });
}

/** A password for a new account, printed once: 16 characters of base64url (96 bits). */
export function generatePassword(random: (bytes: number) => Uint8Array): string {
  return Buffer.from(random(12)).toString('base64url');
}

/** A new member of a clinic found by id (the admin screens), its role already checked. */
export async function createClinicStaff(
  db: RegisterDb,
  account: {
    readonly clinicId: string;
    readonly login: string;
    readonly role: StaffRole;
    readonly displayName: string;
    readonly password: string;
  },
  deps: Deps,
): Promise<Result<{ readonly id: string }, 'login-taken'>> {
  return insertStaff(db, account, deps);
}

export type StaffChangeFailure = 'staff-not-found' | StaffChangeReason;

/**
 * A role change or a disable/enable by an administrator, checked against the clinic as it is
 * inside the transaction (on PostgreSQL the clinic's row is locked first, so two admins
 * disabling each other at once cannot both pass the last-admin rule). Disabling ends the
 * member's sessions. A role change also resets the member's PIN: a tablet keeps the role with
 * the PIN, and a demoted admin must not unlock it as an admin.
 */
export async function changeStaff(
  db: RegisterDb,
  input: {
    readonly clinicId: string;
    readonly staffId: string;
    readonly actorId: string;
    readonly change: StaffChange;
  },
  now: Date,
): Promise<Result<void, StaffChangeFailure>> {
  return db.kysely.transaction().execute(async (tx) => {
    const clinic = await (
      db.kind === 'postgres'
        ? tx.selectFrom('clinic').select('settings').where('id', '=', input.clinicId).forUpdate()
        : tx.selectFrom('clinic').select('settings').where('id', '=', input.clinicId)
    ).executeTakeFirst();
    if (clinic === undefined) return fail('staff-not-found', input.staffId);
    const rows = await tx
      .selectFrom('staff')
      .select(['id', 'role', 'disabled_at'])
      .where('clinic_id', '=', input.clinicId)
      .execute();
    const staff = rows.map((row) => ({
      id: row.id,
      role: row.role,
      disabled: row.disabled_at !== null,
    }));
    const target = staff.find((member) => member.id === input.staffId);
    if (target === undefined) return fail('staff-not-found', input.staffId);
    const allowed = checkStaffChange({
      actorId: input.actorId,
      target,
      change: input.change,
      staff,
      commissionIds: commissionIdsOf(readClinicSettings(clinic.settings).commission),
      organisation: 'clinic',
    });
    if (!allowed.ok) return allowed;
    const { change } = input;
    if (change.kind === 'role') {
      if (change.role !== target.role) {
        await tx
          .updateTable('staff')
          .set({ role: change.role, pin_reset_at: now.toISOString() })
          .where('id', '=', target.id)
          .execute();
      }
    } else if (change.disabled) {
      if (!target.disabled) {
        await tx
          .updateTable('staff')
          .set({ disabled_at: now.toISOString() })
          .where('id', '=', target.id)
          .execute();
      }
      await tx.deleteFrom('session').where('staff_id', '=', target.id).execute();
    } else {
      await tx
        .updateTable('staff')
        .set({ disabled_at: null })
        .where('id', '=', target.id)
        .execute();
    }
    return ok(undefined);
  });
}

/**
 * Stamps the member's PIN reset: the clinic directory carries it, and each of the clinic's
 * tablets forgets the member's PIN at its next sync (src/core/staff/pinReset.ts).
 */
export async function resetStaffPin(
  db: RegisterDb,
  member: { readonly clinicId: string; readonly staffId: string },
  now: Date,
): Promise<Result<{ readonly pinResetAt: string }, 'staff-not-found'>> {
  const pinResetAt = now.toISOString();
  const updated = await db.kysely
    .updateTable('staff')
    .set({ pin_reset_at: pinResetAt })
    .where('id', '=', member.staffId)
    .where('clinic_id', '=', member.clinicId)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n ? ok({ pinResetAt }) : fail('staff-not-found', member.staffId);
}
