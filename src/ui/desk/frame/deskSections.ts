// Which desk sections a role is offered, read from the one table of who may write what
// (`mayWrite`, src/core/records/permissions.ts), never from a second list of roles: the menu
// cannot offer a form that storage and the register would refuse (issue #10).
import type { StaffRole } from '../../../core/protocol/session';
import { STAFF_ROLES } from '../../../core/protocol/session';
import { mayWrite } from '../../../core/records/permissions';
import type { RecordKind } from '../../../core/records/recordKinds';
import { RECORD_KINDS } from '../../../core/records/recordKinds';

export type DeskSection =
  'search' | 'new-person' | 'journal' | 'reconciliation' | 'problems' | 'settings' | 'tablets';

/** Whether the desk has anything for the role: it may write at least one kind of record. */
export function mayUseDesk(role: StaffRole): boolean {
  return RECORD_KINDS.some((kind) => mayWrite(role, kind));
}

/** The roles that may write a kind of record, for saying who does what a role may not. */
export function rolesThatMayWrite(kind: RecordKind): readonly StaffRole[] {
  return STAFF_ROLES.filter((role) => mayWrite(role, kind));
}

/**
 * The desk menu of a role, in order. Reading (search, journal, settings, sync problems) is
 * every desk member's; "new patient" needs the right to write a person, the day's reconciliation
 * with the cash register the right to write a contract (the cashier's). The tablets screen is
 * the register's admin screen (the register checks the role), not a record write.
 */
export function deskSections(role: StaffRole): readonly DeskSection[] {
  if (!mayUseDesk(role)) return [];
  return [
    'search',
    ...(mayWrite(role, 'person') ? (['new-person'] as const) : []),
    'journal',
    ...(mayWrite(role, 'contract') ? (['reconciliation'] as const) : []),
    'problems',
    'settings',
    ...(role === 'admin' ? (['tablets'] as const) : []),
  ];
}
