import { z } from 'zod/mini';
import type { Clock } from '../core/ids';
import type { StaffId } from '../core/ids';
import type { StaffInfo } from '../core/protocol/session';
import { staffInfoSchema } from '../core/protocol/session';
import type { Fail, Ok } from '../core/result';
import { fail, ok } from '../core/result';
import type { Pin, PinCrypto } from '../core/staff/pin';
import { hashPin, isPinHash, verifyPin } from '../core/staff/pin';
import type { SeroDeskDatabase, StaffPinRow } from './database';
import { databaseExists } from './database';

// The staff who may unlock this shared tablet offline, one row each, set after they signed in
// online with their password:
//
//   staffPins {"staffId":"0193…","staff":{"id":"0193…","login":"registrar",
//              "displayName":"Иванова Мария Петровна","role":"registrar","clinic":{…}},
//              "pinHash":"pbkdf2-sha256$300000$q83v…$9sIg…","failedAttempts":2,
//              "lockedUntil":"2026-11-27T09:05:00.000Z","setAt":"2026-11-27T08:00:00.000Z"}
//
// or, offline, after an administrator or commission member with a PIN here vouched for them
// (pinAuthorisation.ts); such a row names who did and when, and its `login` is "" because the
// clinic directory the role and name come from carries no login:
//
//   staffPins {"staffId":"0193…","staff":{"id":"0193…","login":"","role":"lab",…},
//              "pinHash":"…","failedAttempts":0,"setAt":"2026-12-01T05:00:09.000Z",
//              "authorisedBy":"0193…","authorisedAt":"2026-12-01T05:00:00.000Z"}
//
// The rule the code keeps: wrong PINs in a row are counted; the 5th locks the PIN for
// 5 minutes; the 10th erases it, and that person signs in online with the password again.
// A right PIN clears the count. The erase does not depend on the clock, so a clock moved
// forward only skips the wait: no one gets more than ten guesses.
export const PIN_LOCK_AFTER = 5;
export const PIN_LOCK_MINUTES = 5;
export const PIN_ERASE_AFTER = 10;

const rowSchema = z.object({
  staffId: z.string(),
  staff: staffInfoSchema,
  pinHash: z.string().check(z.refine(isPinHash, 'not-a-pin-hash')),
  failedAttempts: z.number().check(z.int(), z.gte(0)),
  lockedUntil: z.optional(z.iso.datetime()),
  setAt: z.string(),
  authorisedBy: z.optional(z.string()),
  authorisedAt: z.optional(z.iso.datetime()),
});
type PinRow = z.infer<typeof rowSchema>;

/** One member of staff who can unlock this tablet, as the unlock screen lists them. */
export type PinHolder = {
  readonly staff: StaffInfo;
  readonly failedAttempts: number;
  /** Set while a lock-out lasts (or lasted: compare with the clock). */
  readonly lockedUntil?: Date;
};

function readRow(row: StaffPinRow | undefined): PinRow | undefined {
  if (row === undefined) return undefined;
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success || parsed.data.staff.id !== parsed.data.staffId) {
    console.warn('Ignored an unreadable staff PIN row', parsed.error?.message);
    return undefined;
  }
  return parsed.data;
}

function holder(row: PinRow): PinHolder {
  return row.lockedUntil === undefined
    ? { staff: row.staff, failedAttempts: row.failedAttempts }
    : {
        staff: row.staff,
        failedAttempts: row.failedAttempts,
        lockedUntil: new Date(row.lockedUntil),
      };
}

/** Everyone with a PIN on this tablet, by name. Rows that do not read back are left out. */
export async function listPinHolders(db: SeroDeskDatabase): Promise<PinHolder[]> {
  // A first visit has no database yet, so no PINs: said without creating the database, which
  // the signed-out screen's sign-in form would otherwise wait for (issue #14).
  if ((await databaseExists(db)) === false) return [];
  const rows = await db.staffPins.toArray();
  return rows
    .map(readRow)
    .filter((row): row is PinRow => row !== undefined)
    .map(holder)
    .sort((a, b) => a.staff.displayName.localeCompare(b.staff.displayName, 'ru'));
}

export async function hasStaffPin(db: SeroDeskDatabase, staffId: StaffId): Promise<boolean> {
  return readRow(await db.staffPins.get(staffId)) !== undefined;
}

export type PinDeps = {
  readonly crypto: PinCrypto;
  readonly now: Clock;
  readonly iterations?: number;
};

/**
 * The row of a new PIN: no wrong tries, no lock-out. Hashing is slow and runs in WebCrypto,
 * so callers do it before any transaction (a transaction would end while it waits).
 */
export async function newPinRow(
  staff: StaffInfo,
  pin: Pin,
  deps: PinDeps,
  authorised?: { readonly by: StaffId; readonly at: Date },
): Promise<StaffPinRow> {
  const pinHash = await hashPin(pin, deps.crypto, deps.iterations);
  const row: PinRow = {
    staffId: staff.id,
    staff: staffInfoSchema.parse(staff),
    pinHash,
    failedAttempts: 0,
    setAt: deps.now().toISOString(),
    ...(authorised && {
      authorisedBy: authorised.by,
      authorisedAt: authorised.at.toISOString(),
    }),
  };
  return row;
}

/** Sets (or replaces) a PIN after a password sign-in; a new PIN starts with no wrong tries. */
export async function setStaffPin(
  db: SeroDeskDatabase,
  staff: StaffInfo,
  pin: Pin,
  deps: PinDeps,
): Promise<void> {
  await db.staffPins.put(await newPinRow(staff, pin, deps));
}

export async function removeStaffPin(db: SeroDeskDatabase, staffId: StaffId): Promise<void> {
  await db.staffPins.delete(staffId);
}

export type PinUnlockFailure =
  | (Fail<'pin-wrong'> & {
      /** Wrong tries left before `then` happens. */
      readonly triesLeft: number;
      readonly then: 'lock' | 'erase';
    })
  | (Fail<'pin-locked'> & { readonly until: Date })
  | Fail<'pin-erased'>
  | Fail<'pin-not-set'>;
export type PinUnlock = Ok<StaffInfo> | PinUnlockFailure;

function wrongPin(failedAttempts: number): PinUnlockFailure {
  if (failedAttempts < PIN_LOCK_AFTER) {
    return { ...fail('pin-wrong'), triesLeft: PIN_LOCK_AFTER - failedAttempts, then: 'lock' };
  }
  return { ...fail('pin-wrong'), triesLeft: PIN_ERASE_AFTER - failedAttempts, then: 'erase' };
}

/**
 * Checks a PIN typed at the unlock screen and counts it. While a lock-out lasts nothing is
 * checked or counted. The slow hash runs outside any transaction (WebCrypto would end it);
 * the count is then written against the row as it is at that moment.
 */
export async function unlockWithPin(
  db: SeroDeskDatabase,
  staffId: StaffId,
  attempt: string,
  deps: { readonly subtle: SubtleCrypto; readonly now: Clock },
): Promise<PinUnlock> {
  const row = readRow(await db.staffPins.get(staffId));
  if (row === undefined) return fail('pin-not-set');
  const now = deps.now();
  if (row.lockedUntil !== undefined && now < new Date(row.lockedUntil)) {
    return { ...fail('pin-locked'), until: new Date(row.lockedUntil) };
  }
  const right = await verifyPin(attempt, row.pinHash, deps.subtle);
  return db.transaction('rw', db.staffPins, async (): Promise<PinUnlock> => {
    const current = readRow(await db.staffPins.get(staffId));
    // The PIN was changed or erased while this one was being checked.
    if (current?.pinHash !== row.pinHash) return fail('pin-not-set');
    if (right) {
      const { lockedUntil, ...rest } = current;
      if (lockedUntil !== undefined || rest.failedAttempts > 0) {
        const cleared: PinRow = { ...rest, failedAttempts: 0 };
        await db.staffPins.put(cleared);
      }
      return ok(current.staff);
    }
    const failedAttempts = current.failedAttempts + 1;
    if (failedAttempts >= PIN_ERASE_AFTER) {
      await db.staffPins.delete(staffId);
      return fail('pin-erased');
    }
    if (failedAttempts === PIN_LOCK_AFTER) {
      const until = new Date(now.getTime() + PIN_LOCK_MINUTES * 60_000);
      await db.staffPins.put({ ...current, failedAttempts, lockedUntil: until.toISOString() });
      return { ...fail('pin-locked'), until };
    }
    await db.staffPins.put({ ...current, failedAttempts });
    return wrongPin(failedAttempts);
  });
}
