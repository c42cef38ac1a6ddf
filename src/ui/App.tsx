import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch } from 'wouter';
import { Header } from './components/Header';
import { UpdatePrompt } from './components/UpdatePrompt';
import { HomeScreen } from './screens/HomeScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { SignedOutScreen } from './screens/SignedOutScreen';
import { SessionProvider, useSession } from './session/SessionContext';
import { DatabaseProvider } from './database/DatabaseContext';
import { SyncProvider } from './sync/SyncProvider';
import { withTexts } from './i18n/sections';
import { BrowserLocation } from './routing/BrowserLocation';

// The desk and the verifier load on demand: a guard's phone never downloads the desk, and
// the desk's first paint does not wait for the camera decoder. Both are precached by the
// service worker, so they open offline too. Each comes with its texts (i18n/sections.ts); the
// administration shows some of the desk's (revocation reasons, the settings form).
const loadDesk = () => withTexts(['desk'], import('./desk/DeskRoutes'));
const loadVerifier = () => withTexts(['verifier'], import('./verifier/VerifierScreen'));
const loadAdmin = () => withTexts(['admin', 'desk'], import('./admin/AdminRoutes'));
const DeskRoutes = lazy(loadDesk);
const VerifierScreen = lazy(loadVerifier);
const AdminRoutes = lazy(loadAdmin);
// The tablet's own settings (storage, erase, export, PIN authorisations) are opened rarely.
const loadTablet = () =>
  withTexts(['tabletSettings'], import('./tablet/TabletScreen')).then((m) => ({
    default: m.TabletScreen,
  }));
const TabletScreen = lazy(loadTablet);

/**
 * Starts fetching the screen the address opens (a tablet restarting on /desk) while React
 * draws the frame, instead of when the route renders: the chunks come from the service
 * worker's cache or the network in parallel with that work (issue #14). Failures are left to
 * the lazy route, which tries again and shows them. Says whether the address opens such a
 * screen (main.tsx renders those at once, not as a transition).
 */
export function warmScreenFor(pathname: string): boolean {
  const load = lazyScreenOf(pathname);
  void load?.().catch(() => undefined);
  return load !== undefined;
}

/** The lazy chunk an address's screen is in, if any. */
export function lazyScreenOf(pathname: string): (() => Promise<unknown>) | undefined {
  if (pathname.startsWith('/desk')) return loadDesk;
  if (pathname.startsWith('/admin')) return loadAdmin;
  if (pathname.startsWith('/verify')) return loadVerifier;
  if (pathname === '/tablet') return loadTablet;
  return undefined;
}

function Screens() {
  const { session } = useSession();
  if (session === null) return <SignedOutScreen />;
  return (
    <Suspense fallback={<p role="status">…</p>}>
      <Switch>
        <Route path="/">
          <HomeScreen session={session} />
        </Route>
        <Route path="/desk/*?">
          <DeskRoutes />
        </Route>
        <Route path="/admin/*?">
          <AdminRoutes />
        </Route>
        <Route path="/verify/*?">
          <VerifierScreen />
        </Route>
        <Route path="/tablet">
          <TabletScreen />
        </Route>
        <Route path="*">
          <NotFoundScreen />
        </Route>
      </Switch>
    </Suspense>
  );
}

export function App() {
  const { t } = useTranslation();
  return (
    <BrowserLocation>
      <DatabaseProvider>
        <SyncProvider>
          <SessionProvider>
            <a className="skip-link" href="#main">
              {t('app.skipToContent')}
            </a>
            <Header />
            <main id="main">
              <Screens />
            </main>
            <UpdatePrompt />
          </SessionProvider>
        </SyncProvider>
      </DatabaseProvider>
    </BrowserLocation>
  );
}
