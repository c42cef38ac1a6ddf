import { signInResponseSchema } from '../../core/protocol/session';
import type { SignInResponse } from '../../core/protocol/session';

// The signed-in member of staff, kept on the device so that a reload with no network keeps
// the desk open. Read back through the schema: a value left by an older version or edited
// by hand is dropped, not trusted.
//
//   localStorage["serodesk.session"] =
//     {"token":"m1Zr…","staff":{"login":"registrar","displayName":"…","role":"registrar",…}}
const SESSION_KEY = 'serodesk.session';

export function loadSession(storage: Pick<Storage, 'getItem'>): SignInResponse | null {
  const raw = storage.getItem(SESSION_KEY);
  if (raw === null) return null;
  try {
    const parsed = signInResponseSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    console.warn('Dropped an unreadable saved session', error);
    return null;
  }
}

export function saveSession(storage: Pick<Storage, 'setItem'>, session: SignInResponse): void {
  storage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(SESSION_KEY);
}
