import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';

// The address bar, for the app's routes (wouter's <Switch>, <Route>, <Link>). wouter's own
// location hook reads the address through useSyncExternalStore, whose updates React never
// renders as a transition; this one keeps the address in React state and moves it inside
// startTransition, as react-router's BrowserRouter did before it (issue #14: ≈ 10 KB gzip less
// in the first chunk). So a click that opens a screen still in a lazy chunk (a print, the
// statement's screen) keeps the current screen until the new one is ready, instead of
// flashing the "loading" fallback in between.

/** The open address: its path ("/desk/statement/0193…") and query ("?tab=x", or ""). */
export type Place = { readonly path: string; readonly search: string };

export type NavigateOptions = { readonly replace?: boolean };
export type Navigate = (to: string, options?: NavigateOptions) => void;

const readPlace = (): Place => ({ path: location.pathname, search: location.search });

const PlaceContext = createContext<Place>({ path: '/', search: '' });
const NavigateContext = createContext<Navigate>(() => undefined);

// wouter calls these as hooks in every <Route>, <Link> and useLocation(); they must keep their
// identity (module-level), or its router object would change on every render.
const usePlaceLocation = (): [string, Navigate] => [
  useContext(PlaceContext).path,
  useContext(NavigateContext),
];
// wouter's useSearch() drops the "?"; the query as the address has it is in usePlace().
const usePlaceSearch = (): string => useContext(PlaceContext).search;

export function BrowserLocation({ children }: { readonly children: ReactNode }) {
  const [place, setPlace] = useState(readPlace);
  // The screens follow the address bar in a transition, whoever moved it.
  const follow = useCallback(() => {
    startTransition(() => {
      setPlace(readPlace());
    });
  }, []);
  const navigate = useCallback<Navigate>(
    (to, options) => {
      // The same address again replaces it, so Back does not stop on it twice.
      const here = `${location.pathname}${location.search}`;
      if (options?.replace === true || to === here) history.replaceState(null, '', to);
      else history.pushState(null, '', to);
      follow();
    },
    [follow],
  );
  useEffect(() => {
    addEventListener('popstate', follow);
    return () => {
      removeEventListener('popstate', follow);
    };
  }, [follow]);
  return (
    <NavigateContext.Provider value={navigate}>
      <PlaceContext.Provider value={place}>
        <Router hook={usePlaceLocation} searchHook={usePlaceSearch}>
          {children}
        </Router>
      </PlaceContext.Provider>
    </NavigateContext.Provider>
  );
}

/** The open address, path and query. */
export function usePlace(): Place {
  return useContext(PlaceContext);
}

/** Opens another address of the app (pushed on the history, or replacing the open one). */
export function useNavigate(): Navigate {
  return useContext(NavigateContext);
}
