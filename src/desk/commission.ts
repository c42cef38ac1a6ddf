// The clinic's medical commission as the desk shows and uses it (issue #11): the order from
// the clinic's settings with each member's name from the clinic's directory, for the issue
// form's "who took part" and for the certificate's copy of them; and the staff of role
// `commission` the admin may appoint. Names come from the directory the register last sent
// (src/storage/clinicStaff.ts), then from the names this tablet remembers (a member who has
// signed in here), so a tablet before its first sync still knows its own member.
import type { ClinicCommission } from '../core/clinic/commission';
import type { StaffId } from '../core/ids';
import type { CommissionParticipant } from '../core/records/certificateCommission';
import type { CertificateCommission } from '../core/records/certificateCommission';
import type { DirectoryMember } from '../core/staff/authorise';
import { loadClinicStaff } from '../storage/clinicStaff';
import { staffName } from '../storage/deskQueries';
import type { DeskEnv } from './env';

export type CommissionMember = Omit<CommissionParticipant, 'name'> & {
  /** Undefined when neither the directory nor this tablet knows the name yet. */
  readonly name: string | undefined;
};

export type DeskCommission = {
  readonly order: Pick<ClinicCommission, 'orderNumber' | 'orderDate'>;
  /** The chair first, then the members in the order's own order. */
  readonly members: readonly CommissionMember[];
};

type Reader = Pick<DeskEnv, 'db' | 'clinic' | 'staff'>;

async function nameOf(
  env: Reader,
  directory: readonly DirectoryMember[],
  id: StaffId,
): Promise<string | undefined> {
  const listed = directory.find((member) => member.id === id)?.displayName;
  if (listed !== undefined) return listed;
  if (id === env.staff.id) return env.staff.displayName;
  return staffName(env.db, id);
}

/** The clinic's commission with names, or undefined while the admin has entered none. */
export async function loadCommission(env: Reader): Promise<DeskCommission | undefined> {
  const commission = env.clinic.settings.commission;
  if (commission === undefined) return undefined;
  const directory = await loadClinicStaff(env.db);
  const ids = [commission.chairId, ...commission.memberIds];
  const members = await Promise.all(
    ids.map(async (id, index): Promise<CommissionMember> => ({
      id,
      name: await nameOf(env, directory, id),
      role: index === 0 ? 'chair' : 'member',
    })),
  );
  return {
    order: { orderNumber: commission.orderNumber, orderDate: commission.orderDate },
    members,
  };
}

/** The clinic's staff of role `commission`, by name: whom the admin may appoint. */
export async function loadCommissionCandidates(
  env: Pick<DeskEnv, 'db'>,
): Promise<DirectoryMember[]> {
  return (await loadClinicStaff(env.db)).filter(
    (member) => member.role === 'commission' && member.disabled !== true,
  );
}

/**
 * What a certificate copies of the commission: the order and the members among `taking` (in
 * the commission's order, chair first). Undefined when a participant's name is unknown, so
 * the paper never prints an empty signature line under a real decision.
 */
export function commissionTaken(
  commission: DeskCommission,
  taking: ReadonlySet<string>,
): CertificateCommission | undefined {
  const members: CommissionParticipant[] = [];
  for (const member of commission.members) {
    if (!taking.has(member.id)) continue;
    if (member.name === undefined) return undefined;
    members.push({ id: member.id, name: member.name, role: member.role });
  }
  return { ...commission.order, members };
}
