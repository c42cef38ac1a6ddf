import type { ClinicCommission } from '../core/clinic/commission';
import type { ClinicSettings } from '../core/clinic/settings';
import { removedKits } from '../core/protocol/clinic';
import { readClinicSettings } from './clinicSettings';
import type { RegisterDb } from './db/connect';

// Saving a clinic's settings, checked against the clinic as it is inside the transaction.
// On PostgreSQL the clinic's row is locked first, as staffAccounts.changeStaff locks it
// before disabling someone: so an admin disabling a commission member and another saving an
// order that names that member cannot both pass their checks at once. (SQLite runs one
// writer at a time, so the same holds there without a lock.)
//
//   refused: {ok:false, issues:[{path:"settings.commission.memberIds.1",
//             message:"commission-member-disabled"}], detail:"settings.commission.memberIds.1: …"}

export type SettingsIssue = { readonly path: string; readonly message: string };

export type SettingsSaved =
  | { readonly ok: true }
  | { readonly ok: false; readonly issues: SettingsIssue[]; readonly detail: string };

/**
 * Paths of the chair and members who are not the clinic's staff of role `commission`
 * (`commission-member-unknown`) or whose account is disabled (`commission-member-disabled`):
 * a certificate signed by a disabled account would name someone who can no longer sign in.
 */
function commissionIssues(
  commission: ClinicCommission | undefined,
  members: ReadonlyMap<string, { readonly disabled: boolean }>,
): SettingsIssue[] {
  if (commission === undefined) return [];
  const check = (id: string, path: string): SettingsIssue[] => {
    const member = members.get(id);
    if (member === undefined) return [{ path, message: 'commission-member-unknown' }];
    return member.disabled ? [{ path, message: 'commission-member-disabled' }] : [];
  };
  return [
    ...check(commission.chairId, 'settings.commission.chairId'),
    ...commission.memberIds.flatMap((id, index) =>
      check(id, `settings.commission.memberIds.${String(index)}`),
    ),
  ];
}

export async function saveClinicSettings(
  db: RegisterDb,
  clinicId: string,
  settings: ClinicSettings,
): Promise<SettingsSaved> {
  return db.kysely.transaction().execute(async (tx) => {
    const query = tx.selectFrom('clinic').select('settings').where('id', '=', clinicId);
    const row = await (
      db.kind === 'postgres' ? query.forUpdate() : query
    ).executeTakeFirstOrThrow();
    const staff = await tx
      .selectFrom('staff')
      .select(['id', 'disabled_at'])
      .where('clinic_id', '=', clinicId)
      .where('role', '=', 'commission')
      .execute();
    const members = new Map(
      staff.map((member) => [member.id, { disabled: member.disabled_at !== null }]),
    );
    const issues = commissionIssues(settings.commission, members);
    if (issues.length > 0) {
      const detail = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      return { ok: false, issues, detail };
    }
    const gone = removedKits(readClinicSettings(row.settings), settings);
    if (gone.length > 0) {
      const issue = { path: 'settings.kits', message: 'kit-removed' };
      return { ok: false, issues: [issue], detail: `kit-removed: ${gone.join(', ')}` };
    }
    await tx
      .updateTable('clinic')
      .set({ settings: JSON.stringify(settings) })
      .where('id', '=', clinicId)
      .execute();
    return { ok: true };
  });
}
