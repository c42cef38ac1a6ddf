// Starting a colleague's first PIN on a tablet with no network (issue #10, docs/DECISIONS.md
// "Offline first PIN, authorised by a colleague"). A member of staff who has never signed in
// on this tablet cannot sign in with the password offline, so a colleague who already holds a
// PIN here vouches for them with that PIN. The rule the code keeps:
//
// - only an administrator or a commission member may vouch, by the role the clinic directory
//   gives them (the register's word, synced to the tablet), never a role chosen on the tablet;
// - the colleague must be in the clinic directory, not disabled (when the directory says so),
//   and must not already have a PIN here (a vouch never replaces someone's own PIN);
// - the colleague gets the role the directory gives them;
// - the vouch lasts a few minutes: long enough to hand the tablet over, not long enough for a
//   half-finished vouch left on the screen to be picked up later.
import type { MessageTable } from '../bilingual';
import type { StaffId } from '../ids';
import type { StaffRole } from '../protocol/session';
import type { Result } from '../result';
import { fail, ok } from '../result';

export const AUTHORISER_ROLES: readonly StaffRole[] = ['admin', 'commission'];

/** How long the colleague has to set their PIN after the authoriser's PIN was accepted. */
export const AUTHORISATION_MINUTES = 5;

/** A member of staff as the clinic directory synced to the tablet names them. */
export type DirectoryMember = {
  readonly id: StaffId;
  readonly displayName: string;
  readonly role: StaffRole;
  /** Only for a disabled account (the register sends it since issue #12). */
  readonly disabled?: boolean;
  /** The register's last PIN reset of this member (issue #12, pinReset.ts). */
  readonly pinResetAt?: string;
};

export type AuthoriseReason =
  | 'directory-missing'
  | 'authoriser-not-allowed'
  | 'colleague-unknown'
  | 'colleague-disabled'
  | 'colleague-has-pin'
  | 'colleague-is-authoriser'
  | 'authorisation-expired';

export const AUTHORISE_MESSAGES: MessageTable<AuthoriseReason> = {
  'directory-missing': {
    ru: 'На планшете ещё нет списка сотрудников клиники: он приходит при синхронизации.',
    en: 'This tablet has no clinic staff list yet: it arrives with a sync.',
  },
  'authoriser-not-allowed': {
    ru: 'Допустить коллегу может только администратор или член комиссии с PIN-кодом на этом планшете',
    en: 'Only an administrator or a commission member with a PIN on this tablet may admit a colleague',
  },
  'colleague-unknown': {
    ru: 'Этого сотрудника нет в списке сотрудников клиники на планшете. Нужна синхронизация.',
    en: 'This person is not in the clinic staff list on this tablet. The tablet needs a sync.',
  },
  'colleague-disabled': {
    ru: 'Учётная запись этого сотрудника отключена в регистре',
    en: 'This person’s account is disabled at the register',
  },
  'colleague-has-pin': {
    ru: 'У этого сотрудника уже есть PIN-код на этом планшете',
    en: 'This person already has a PIN on this tablet',
  },
  'colleague-is-authoriser': {
    ru: 'Нельзя допустить самого себя',
    en: 'No one may admit themselves',
  },
  'authorisation-expired': {
    ru: `Допуск действует ${AUTHORISATION_MINUTES} минут и истёк. Попросите коллегу ввести PIN-код ещё раз.`,
    en: `An admission lasts ${AUTHORISATION_MINUTES} minutes and has run out. Ask your colleague to enter their PIN again.`,
  },
};

export function mayAuthorise(role: StaffRole): boolean {
  return AUTHORISER_ROLES.includes(role);
}

/**
 * The role half of the rule, checked before the authoriser's PIN is even tried: `authoriser`
 * as the directory knows them (undefined when the directory does not list them), `colleague`
 * as the directory knows them.
 */
export function checkAuthorisation(input: {
  readonly authoriserId: StaffId;
  readonly authoriser: DirectoryMember | undefined;
  readonly colleague: DirectoryMember | undefined;
  readonly colleagueHasPin: boolean;
}): Result<DirectoryMember, AuthoriseReason> {
  const { authoriser, colleague } = input;
  if (authoriser === undefined || authoriser.disabled === true || !mayAuthorise(authoriser.role)) {
    return fail('authoriser-not-allowed', authoriser?.role);
  }
  if (colleague === undefined) return fail('colleague-unknown');
  if (colleague.id === input.authoriserId) return fail('colleague-is-authoriser');
  if (colleague.disabled === true) return fail('colleague-disabled');
  if (input.colleagueHasPin) return fail('colleague-has-pin');
  return ok(colleague);
}

/** True while a vouch given at `authorisedAt` still lets the colleague set their PIN. */
export function isAuthorisationFresh(authorisedAt: Date, now: Date): boolean {
  const age = now.getTime() - authorisedAt.getTime();
  return age >= 0 && age <= AUTHORISATION_MINUTES * 60_000;
}
