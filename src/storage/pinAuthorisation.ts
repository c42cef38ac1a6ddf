import type { StaffId } from '../core/ids';
import type { StaffInfo } from '../core/protocol/session';
import type { Fail, Ok } from '../core/result';
import { fail, ok } from '../core/result';
import type { AuthoriseReason } from '../core/staff/authorise';
import { checkAuthorisation, isAuthorisationFresh } from '../core/staff/authorise';
import type { Pin } from '../core/staff/pin';
import { loadClinicStaff } from './clinicStaff';
import type { SeroDeskDatabase } from './database';
import type { PinAuthorisationEntry } from './metaKeys';
import { META_FAMILIES, memberOf, readMetaFamily, writeMeta } from './metaKeys';

export type { PinAuthorisationEntry } from './metaKeys';
import type { PinDeps, PinUnlockFailure } from './staffPins';
import { hasStaffPin, newPinRow, unlockWithPin } from './staffPins';
import { loadClinicHeader } from './tablet';

// A colleague's first PIN on this tablet with no network (the rule: core/staff/authorise.ts;
// why: docs/DECISIONS.md). Two steps, as the tablet is handed over: the authoriser types their
// own PIN (counted against their lock-out like any unlock), then the colleague sets theirs.
// The PIN row names the authoriser (staffPins.ts), and an audit entry stays on the tablet even
// after that PIN is erased or its holder signs out; the tablet settings screen lists them:
//
//   meta["pin-authorisation:2026-12-01T05:00:00.000Z:0193…"]
//     {"staffId":"0193…","displayName":"Ким Ольга Сергеевна","role":"lab",
//      "authorisedBy":"0193…","authorisedByName":"Соколова Елена Игоревна",
//      "authorisedByRole":"admin","authorisedAt":"2026-12-01T05:00:00.000Z",
//      "pinSetAt":"2026-12-01T05:00:09.000Z"}
//
// The register does not hear of these yet (#10): the sync protocol has no record for them.

/** A vouch that the authoriser's PIN was right; only `authoriseColleague` makes one. */
export type PinAuthorisation = {
  readonly authoriser: StaffInfo;
  readonly colleague: StaffInfo;
  readonly authorisedAt: Date;
  readonly __brand: 'PinAuthorisation';
};

export type AuthoriseFailure = Fail<AuthoriseReason> | PinUnlockFailure;

/**
 * Step one: `authoriserId` vouches for `colleagueId` with their own PIN. The roles are checked
 * against the synced clinic directory before the PIN is tried, so a registrar's PIN is never
 * tested (or counted) here.
 */
export async function authoriseColleague(
  db: SeroDeskDatabase,
  request: {
    readonly authoriserId: StaffId;
    readonly authoriserPin: string;
    readonly colleagueId: StaffId;
  },
  deps: { readonly subtle: SubtleCrypto; readonly now: () => Date },
): Promise<Ok<PinAuthorisation> | AuthoriseFailure> {
  const [directory, clinic] = await Promise.all([loadClinicStaff(db), loadClinicHeader(db)]);
  if (directory.length === 0 || clinic === undefined) return fail('directory-missing');
  const checked = checkAuthorisation({
    authoriserId: request.authoriserId,
    authoriser: directory.find((member) => member.id === request.authoriserId),
    colleague: directory.find((member) => member.id === request.colleagueId),
    colleagueHasPin: await hasStaffPin(db, request.colleagueId),
  });
  if (!checked.ok) return checked;
  const unlocked = await unlockWithPin(db, request.authoriserId, request.authoriserPin, deps);
  if (!unlocked.ok) return unlocked;
  // A PIN row left from another clinic's enrolment vouches for no one here.
  if (unlocked.value.clinic.id !== clinic.id) return fail('authoriser-not-allowed', 'clinic');
  const { id, displayName, role } = checked.value;
  const authorisation = {
    authoriser: unlocked.value,
    colleague: {
      id,
      login: '',
      displayName,
      role,
      clinic: { id: clinic.id, code: clinic.code, nameRu: clinic.nameRu, nameEn: clinic.nameEn },
    },
    authorisedAt: deps.now(),
  } as PinAuthorisation;
  return ok(authorisation);
}

export type SetAuthorisedPinFailure = Fail<'authorisation-expired' | 'colleague-has-pin'>;

/**
 * Step two: the colleague's own PIN, stored with who vouched and when, and the audit entry,
 * in one transaction. Refused once the vouch is older than AUTHORISATION_MINUTES.
 */
export async function setAuthorisedPin(
  db: SeroDeskDatabase,
  authorisation: PinAuthorisation,
  pin: Pin,
  deps: PinDeps,
): Promise<Ok<StaffInfo> | SetAuthorisedPinFailure> {
  const { authoriser, colleague, authorisedAt } = authorisation;
  if (!isAuthorisationFresh(authorisedAt, deps.now())) return fail('authorisation-expired');
  const row = await newPinRow(colleague, pin, deps, { by: authoriser.id, at: authorisedAt });
  const entry: PinAuthorisationEntry = {
    staffId: colleague.id,
    displayName: colleague.displayName,
    role: colleague.role,
    authorisedBy: authoriser.id,
    authorisedByName: authoriser.displayName,
    authorisedByRole: authoriser.role,
    authorisedAt: authorisedAt.toISOString(),
    pinSetAt: row.setAt,
  };
  return db.transaction('rw', db.staffPins, db.meta, async () => {
    // Someone set a PIN for this colleague while the vouch waited (another tab, a sign-in).
    if (await hasStaffPin(db, colleague.id)) return fail('colleague-has-pin');
    await db.staffPins.put(row);
    await writeMeta(
      db,
      memberOf(META_FAMILIES.pinAuthorisation, `${entry.authorisedAt}:${colleague.id}`),
      entry,
    );
    return ok(colleague);
  });
}

/** Every first PIN vouched for on this tablet, newest first. */
export async function listPinAuthorisations(
  db: SeroDeskDatabase,
): Promise<PinAuthorisationEntry[]> {
  const entries = await readMetaFamily(db, META_FAMILIES.pinAuthorisation);
  return entries
    .map(([, entry]) => entry)
    .sort((a, b) => b.authorisedAt.localeCompare(a.authorisedAt));
}
