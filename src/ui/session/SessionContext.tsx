import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { SignInResponse, StaffInfo } from '../../core/protocol/session';
import type { PinHolder } from '../../desk/pins';
import { listPinHolders, removeStaffPin } from '../../desk/pins';
import { useDatabase } from '../database/DatabaseContext';
import {
  forgetLockedPlace,
  placeAfterUnlock,
  saveLockedPlace,
  takeLockedPlace,
} from './lockedPlace';
import type { DeskSession } from './sessionStore';
import {
  clearSession,
  loadSession,
  passwordSession,
  pinSession,
  saveSession,
} from './sessionStore';
import { useNavigate } from '../routing/BrowserLocation';

// Who is at the tablet, and who else could be: the staff with a PIN on it. Locking forgets
// the person at the screen but keeps their PIN (and sync keeps running on the tablet's own
// token); signing out also erases their PIN, so they are gone from this tablet. Locking also
// remembers the screen that was open, and the next unlock (by PIN, or a password sign-in on
// the locked tablet) returns there when the role of whoever unlocks may open it
// (lockedPlace.ts).
type SessionValue = {
  readonly session: DeskSession | null;
  /** Staff who can unlock this tablet with a PIN; `undefined` until read. */
  readonly pinHolders: readonly PinHolder[] | undefined;
  readonly reloadPins: () => void;
  readonly signedIn: (answer: SignInResponse) => void;
  readonly unlocked: (staff: StaffInfo) => void;
  /** `place` is the open screen's path and query ("/desk/statement/0193…", "?…"). */
  readonly lock: (place?: { readonly path: string; readonly search: string }) => void;
  readonly signOut: () => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const [session, setSession] = useState(() => loadSession(localStorage));
  const [pinHolders, setPinHolders] = useState<readonly PinHolder[] | undefined>(undefined);
  const [pinGeneration, setPinGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    listPinHolders(db).then(
      (holders) => {
        if (live) setPinHolders(holders);
      },
      (error: unknown) => {
        console.error('staff PINs unreadable', error);
        if (live) setPinHolders([]);
      },
    );
    return () => {
      live = false;
    };
  }, [db, pinGeneration]);
  const reloadPins = useCallback(() => {
    setPinGeneration((n) => n + 1);
  }, []);

  const start = useCallback(
    (next: DeskSession) => {
      saveSession(localStorage, next);
      setSession(next);
      const place = takeLockedPlace(localStorage);
      if (place !== undefined) {
        navigate(placeAfterUnlock(place, next.staff.role), { replace: true });
      }
    },
    [navigate],
  );
  const signedIn = useCallback(
    (answer: SignInResponse) => {
      start(passwordSession(answer));
    },
    [start],
  );
  const unlocked = useCallback(
    (staff: StaffInfo) => {
      start(pinSession(staff));
    },
    [start],
  );
  const lock = useCallback(
    (place?: { readonly path: string; readonly search: string }) => {
      if (place === undefined) forgetLockedPlace(localStorage);
      else saveLockedPlace(localStorage, { ...place, lockedAt: new Date().toISOString() });
      clearSession(localStorage);
      setSession(null);
      reloadPins();
    },
    [reloadPins],
  );
  const signOut = useCallback(async () => {
    if (session !== null) {
      const leaving = session.staff.id;
      await removeStaffPin(db, leaving);
      // The unlock screen comes up before the list is read again: without this it showed,
      // for that moment, the person whose PIN was just erased.
      setPinHolders((holders) => holders?.filter((holder) => holder.staff.id !== leaving));
    }
    lock();
  }, [db, session, lock]);

  const value = useMemo(
    () => ({ session, pinHolders, reloadPins, signedIn, unlocked, lock, signOut }),
    [session, pinHolders, reloadPins, signedIn, unlocked, lock, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
