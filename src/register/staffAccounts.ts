import type { StaffRole } from '../core/protocol/session';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { hashPassword } from './auth/password';
import type { RegisterDb } from './db/connect';
import { newId } from './ids';

// Staff accounts as the register admin manages them from the command line (issue #12):
// create, disable, set a new password. Disabling keeps the row (records name their author)
// and ends the member's sessions; so does a new password, so a lost laptop's session dies.

export type StaffAccountFailure = 'clinic-not-found' | 'login-taken' | 'staff-not-found';

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
): Promise<Result<{ readonly id: string }, 'clinic-not-found' | 'login-taken'>> {
  const clinic = await db.kysely
    .selectFrom('clinic')
    .select('id')
    .where('code', '=', account.clinicCode)
    .executeTakeFirst();
  if (clinic === undefined) return fail('clinic-not-found', account.clinicCode);
  const passwordHash = await hashPassword(account.password, deps.random);
  const id = newId(deps.now, deps.random);
  const inserted = await db.kysely
    .insertInto('staff')
    .values({
      id,
      clinic_id: clinic.id,
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
