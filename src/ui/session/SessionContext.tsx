import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { SignInResponse } from '../../core/protocol/session';
import { clearSession, loadSession, saveSession } from './sessionStore';

type SessionValue = {
  readonly session: SignInResponse | null;
  readonly signedIn: (session: SignInResponse) => void;
  readonly signOut: () => void;
};

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [session, setSession] = useState(() => loadSession(localStorage));
  const signedIn = useCallback((next: SignInResponse) => {
    saveSession(localStorage, next);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    clearSession(localStorage);
    setSession(null);
  }, []);
  const value = useMemo(() => ({ session, signedIn, signOut }), [session, signedIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
