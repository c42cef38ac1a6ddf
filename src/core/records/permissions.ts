// Who may write which record. The UI offers only what a role may do, and the same table is
// checked where the record is written (the tablet's storage and the register), so a screen
// that forgot a check cannot write around it.
//
//   registrar  — person, application (statement), contract (payment), certificate duplicate
//                (a true copy of an existing certificate of the clinic: duplicate.ts)
//   lab        — sample, result
//   commission — certificate, revocation
//   admin      — everything (the clinic's senior staff fill in for anyone)
//   verifier   — nothing: scans only
import type { MessageTable } from '../bilingual';
import type { StaffRole } from '../protocol/session';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { ClinicRecord, RecordKind } from './record';

const WRITES: { readonly [R in StaffRole]: readonly RecordKind[] } = {
  registrar: ['person', 'application', 'contract'],
  lab: ['sample', 'result'],
  commission: ['certificate', 'revocation'],
  admin: ['person', 'application', 'contract', 'sample', 'result', 'certificate', 'revocation'],
  verifier: [],
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

/**
 * A registrar may write a certificate only as a duplicate (reprint) of an issued one. This
 * is the role half of the rule: where the original can be looked up (the register does it
 * for every pushed certificate) `checkDuplicate` (duplicate.ts) must pass too, or any
 * `duplicateOf` would let a registrar issue a certificate.
 */
export function checkWrite(role: StaffRole, record: ClinicRecord): Result<void, PermissionReason> {
  if (mayWrite(role, record.kind)) return ok(undefined);
  if (role === 'registrar' && record.kind === 'certificate' && record.duplicateOf !== undefined) {
    return ok(undefined);
  }
  return fail('role-may-not-write', `${role} → ${record.kind}`);
}
