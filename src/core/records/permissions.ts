// Who may write which record. The UI offers only what a role may do, and the same table is
// checked where the record is written (the tablet's storage and the register), so a screen
// that forgot a check cannot write around it.
//
//   registrar  — person, application (statement), contract (payment), certificate duplicate
//                (a true copy of an existing certificate of the clinic: duplicate.ts)
//   lab        — sample, result
//   commission — certificate, revocation
//   admin      — everything but a certificate (the clinic's senior staff fill in for anyone);
//                a certificate is the medical commission's decision (order 502н), so since
//                issue #11 an admin who is not on the commission neither issues nor corrects
//                one. An admin may still reprint a duplicate (as a registrar may: a true copy,
//                no new decision) and revoke, because annulling a certificate issued in error
//                or on false information is the head of the clinic's act, not a new conclusion
//   verifier   — nothing: scans only
//   regional   — nothing on a tablet: the regional administrator works at the register, and
//                revokes there with a reason (register/routes/regionalRevocation.ts)
import type { MessageTable } from '../bilingual';
import type { StaffRole } from '../protocol/session';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { ClinicRecord, RecordKind } from './record';

const WRITES: { readonly [R in StaffRole]: readonly RecordKind[] } = {
  registrar: ['person', 'application', 'contract'],
  lab: ['sample', 'result'],
  commission: ['certificate', 'revocation'],
  admin: ['person', 'application', 'contract', 'sample', 'result', 'revocation'],
  verifier: [],
  regional: [],
};

export type PermissionReason = 'role-may-not-write';

export const PERMISSION_MESSAGES: MessageTable<PermissionReason> = {
  'role-may-not-write': {
    ru: 'Ваша роль не позволяет создавать или изменять эту запись',
    en: 'Your role may not create or change this record',
  },
};

export function mayWrite(role: StaffRole, kind: RecordKind): boolean {
  return WRITES[role].includes(kind);
}

/** Roles that may reprint a certificate as a duplicate without writing certificates. */
const DUPLICATING_ROLES: ReadonlySet<StaffRole> = new Set(['registrar', 'admin']);

/**
 * A registrar or an admin may write a certificate only as a duplicate (reprint) of an issued
 * one. This is the role half of the rule: where the original can be looked up (the register
 * does it for every pushed certificate) `checkDuplicate` (duplicate.ts) must pass too, or any
 * `duplicateOf` would let them issue a certificate.
 */
export function checkWrite(role: StaffRole, record: ClinicRecord): Result<void, PermissionReason> {
  if (mayWrite(role, record.kind)) return ok(undefined);
  if (
    DUPLICATING_ROLES.has(role) &&
    record.kind === 'certificate' &&
    record.duplicateOf !== undefined
  ) {
    return ok(undefined);
  }
  return fail('role-may-not-write', `${role} → ${record.kind}`);
}
