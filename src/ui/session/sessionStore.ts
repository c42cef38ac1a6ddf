import type { SignInResponse, StaffInfo } from '../../core/protocol/session';
import { LOCAL, readLocal, removeLocal, writeLocal } from '../persistedKeys';

// The member of staff at the tablet, kept on the device so that a reload with no network keeps
// the desk open. A session comes from a password sign-in at the register (with the register's
// staff token) or from a PIN unlock on this tablet (offline, so no token: nothing a PIN
// session does needs the register; sync runs on the tablet's own token). Read back through
// its schema (src/ui/persistedKeys.ts): a value edited by hand is dropped, not trusted.
//
//   localStorage["serodesk.session"] =
//     {"via":"password","token":"m1Zr…","staff":{"id":"0193…","login":"registrar",…}}
//     {"via":"pin","staff":{"id":"0193…","login":"lab","displayName":"…","role":"lab",…}}

export type DeskSession = {
  readonly staff: StaffInfo;
  /** The register's staff token; only a password sign-in has one. */
  readonly token?: string;
  readonly via: 'password' | 'pin';
};

export function passwordSession(answer: SignInResponse): DeskSession {
  return { via: 'password', token: answer.token, staff: answer.staff };
}

export function pinSession(staff: StaffInfo): DeskSession {
  return { via: 'pin', staff };
}

export function loadSession(storage: Pick<Storage, 'getItem'>): DeskSession | null {
  return readLocal(storage, LOCAL.session) ?? null;
}

export function saveSession(storage: Pick<Storage, 'setItem'>, session: DeskSession): void {
  // Only a password sign-in carries a token; a session without one unlocks as a PIN does.
  const stored =
    session.via === 'password' && session.token !== undefined
      ? { via: 'password' as const, token: session.token, staff: session.staff }
      : { via: 'pin' as const, staff: session.staff };
  writeLocal(storage, LOCAL.session, stored);
}

export function clearSession(storage: Pick<Storage, 'removeItem'>): void {
  removeLocal(storage, LOCAL.session);
}
