import { z } from 'zod';
import { signInResponseSchema, staffInfoSchema } from '../../core/protocol/session';
import type { SignInResponse, StaffInfo } from '../../core/protocol/session';

// The member of staff at the tablet, kept on the device so that a reload with no network keeps
// the desk open. A session comes from a password sign-in at the register (with the register's
// staff token) or from a PIN unlock on this tablet (offline, so no token: nothing a PIN
// session does needs the register; sync runs on the tablet's own token). Read back through
// the schema: a value edited by hand is dropped, not trusted; one saved by the release before
// PINs (`{token, staff}`) is read as a password session.
//
//   localStorage["serodesk.session"] =
//     {"via":"password","token":"m1Zr…","staff":{"id":"0193…","login":"registrar",…}}
//     {"via":"pin","staff":{"id":"0193…","login":"lab","displayName":"…","role":"lab",…}}
const SESSION_KEY = 'serodesk.session';

export type DeskSession = {
  readonly staff: StaffInfo;
  /** The register's staff token; only a password sign-in has one. */
  readonly token?: string;
  readonly via: 'password' | 'pin';
};

const deskSessionSchema = z.union([
  z.object({ via: z.literal('password'), token: z.string().min(16), staff: staffInfoSchema }),
  z.object({ via: z.literal('pin'), staff: staffInfoSchema }),
  signInResponseSchema.transform((saved) => ({ ...saved, via: 'password' as const })),
]);

export function passwordSession(answer: SignInResponse): DeskSession {
  return { via: 'password', token: answer.token, staff: answer.staff };
}

export function pinSession(staff: StaffInfo): DeskSession {
  return { via: 'pin', staff };
}

export function loadSession(storage: Pick<Storage, 'getItem'>): DeskSession | null {
  const raw = storage.getItem(SESSION_KEY);
  if (raw === null) return null;
  try {
    const parsed = deskSessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    console.warn('Dropped an unreadable saved session', error);
    return null;
  }
}

export function saveSession(storage: Pick<Storage, 'setItem'>, session: DeskSession): void {
  storage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(SESSION_KEY);
}
