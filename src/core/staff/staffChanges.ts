import type { MessageTable } from '../bilingual';
import type { ClinicCommission } from '../clinic/commission';
import type { StaffRole } from '../protocol/session';
import type { Result } from '../result';
import { fail, ok } from '../result';
import type { OrganisationKind, RoleOrganisationReason } from './organisation';
import { checkRoleInOrganisation, ROLE_ORGANISATION_MESSAGES } from './organisation';

// What an administrator may do to a clinic's staff (issue #12), the same rule for the clinic's
// own admin and the regional one, kept here so the register and the screen say the same words:
//
// - a login is 2–32 characters: lowercase Latin letters, digits, ".", "_", "-", starting with
//   a letter (it is typed on a tablet keyboard and appears in logs); it is unique register-wide;
// - the full name (ФИО) is required: certificates print it;
// - the role must fit the organisation (no `regional` in a clinic, organisation.ts);
// - an administrator may not disable or demote themselves, and a clinic may not be left
//   without an enabled administrator (nobody could then manage it but the region);
// - a member named in the clinic's commission order (settings.commission) stays an enabled
//   commission member until the order is changed: certificates would name an absent member.

export const LOGIN_PATTERN = /^[a-z][a-z0-9._-]{1,31}$/;
export const MAX_DISPLAY_NAME_LENGTH = 200;

export type NewMemberReason =
  'login-format' | 'login-taken' | 'name-missing' | 'name-too-long' | RoleOrganisationReason;

export type StaffChangeReason =
  | 'self-disable'
  | 'self-demote'
  | 'last-admin'
  | 'commission-member-named'
  | RoleOrganisationReason;

export type StaffRuleReason = NewMemberReason | StaffChangeReason;

export const STAFF_RULE_MESSAGES: MessageTable<StaffRuleReason> = {
  'login-format': {
    ru: 'Логин: от 2 до 32 символов — строчные латинские буквы, цифры, «.», «_», «-», начиная с буквы',
    en: 'Login: 2 to 32 characters — lowercase Latin letters, digits, ".", "_", "-", starting with a letter',
  },
  'login-taken': {
    ru: 'Этот логин уже занят',
    en: 'This login is already taken',
  },
  'name-missing': {
    ru: 'ФИО: заполните поле',
    en: 'Full name: fill in this field',
  },
  'name-too-long': {
    ru: `ФИО — не более ${MAX_DISPLAY_NAME_LENGTH} символов`,
    en: `The full name is at most ${MAX_DISPLAY_NAME_LENGTH} characters`,
  },
  'self-disable': {
    ru: 'Нельзя отключить собственную учётную запись',
    en: 'You cannot disable your own account',
  },
  'self-demote': {
    ru: 'Нельзя снять с себя роль администратора',
    en: 'You cannot take the administrator role from yourself',
  },
  'last-admin': {
    ru: 'В клинике должен остаться хотя бы один действующий администратор',
    en: 'The clinic must keep at least one enabled administrator',
  },
  'commission-member-named': {
    ru: 'Сотрудник назначен в комиссию приказом клиники. Сначала измените состав комиссии в настройках клиники.',
    en: 'This member is named in the clinic’s commission order. Change the commission in the clinic settings first.',
  },
  ...ROLE_ORGANISATION_MESSAGES,
};

export type NewMember = {
  readonly login: string;
  readonly displayName: string;
  readonly role: StaffRole;
};

export type StaffField = 'login' | 'displayName' | 'role' | 'disabled';
export type StaffIssue<R extends StaffRuleReason = StaffRuleReason> = {
  readonly field: StaffField;
  readonly reason: R;
};

/** Every problem of a new member's form at once, so each shows next to its field. */
export function checkNewMember(
  member: NewMember,
  organisation: OrganisationKind,
): StaffIssue<NewMemberReason>[] {
  const issues: StaffIssue<NewMemberReason>[] = [];
  if (!LOGIN_PATTERN.test(member.login)) issues.push({ field: 'login', reason: 'login-format' });
  const name = member.displayName.trim();
  if (name === '') issues.push({ field: 'displayName', reason: 'name-missing' });
  else if (name.length > MAX_DISPLAY_NAME_LENGTH) {
    issues.push({ field: 'displayName', reason: 'name-too-long' });
  }
  const fits = checkRoleInOrganisation(member.role, organisation);
  if (!fits.ok) issues.push({ field: 'role', reason: fits.reason });
  return issues;
}

/** A member as the rule needs them: who, in what role, and whether they may sign in. */
export type MemberState = {
  readonly id: string;
  readonly role: StaffRole;
  readonly disabled: boolean;
};

export type StaffChange =
  | { readonly kind: 'role'; readonly role: StaffRole }
  | { readonly kind: 'disabled'; readonly disabled: boolean };

/** The staff ids the commission order names: its chair and members. */
export function commissionIdsOf(commission: ClinicCommission | undefined): ReadonlySet<string> {
  if (commission === undefined) return new Set();
  return new Set<string>([commission.chairId, ...commission.memberIds]);
}

function after(member: MemberState, change: StaffChange): MemberState {
  return change.kind === 'role'
    ? { ...member, role: change.role }
    : { ...member, disabled: change.disabled };
}

function isEnabledAdmin(member: MemberState): boolean {
  return member.role === 'admin' && !member.disabled;
}

/**
 * Whether `actorId` may make `change` to `target`, one of `staff` (the whole clinic, target
 * included). The actor of a regional administrator is not in `staff`, so the self rules never
 * stop them; the others do.
 */
export function checkStaffChange(input: {
  readonly actorId: string;
  readonly target: MemberState;
  readonly change: StaffChange;
  readonly staff: readonly MemberState[];
  readonly commissionIds: ReadonlySet<string>;
  readonly organisation: OrganisationKind;
}): Result<void, StaffChangeReason> {
  const { target, change } = input;
  const changed = after(target, change);
  if (change.kind === 'role') {
    const fits = checkRoleInOrganisation(change.role, input.organisation);
    if (!fits.ok) return fits;
  }
  if (target.id === input.actorId) {
    if (changed.disabled && !target.disabled) return fail('self-disable');
    if (target.role === 'admin' && changed.role !== 'admin') return fail('self-demote');
  }
  const leavesCommission =
    change.kind === 'disabled' ? change.disabled : change.role !== 'commission';
  if (input.commissionIds.has(target.id) && leavesCommission) {
    return fail('commission-member-named');
  }
  if (isEnabledAdmin(target) && !isEnabledAdmin(changed)) {
    const others = input.staff.filter(
      (member) => member.id !== target.id && isEnabledAdmin(member),
    );
    if (others.length === 0) return fail('last-admin');
  }
  return ok(undefined);
}

/** The form field a refused change belongs beside. */
export function fieldOfChange(change: StaffChange): StaffField {
  return change.kind === 'role' ? 'role' : 'disabled';
}
