import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { whenIdle } from '../whenIdle';
import type { UpdateServiceWorker } from '../serviceWorkerRegistration';
import { useFootSpace } from './footSpace';

// registerType 'prompt': a new version waits until the person chooses to reload, so an
// update never interrupts a clerk in the middle of a form.
//
// The service worker is registered once the page is idle, with vite-plugin-pwa's register
// module (and through it workbox-window) fetched then (serviceWorkerRegistration.ts): the
// first screen needs neither, and registering at start-up took ≈ 20 ms of a cold start's
// main thread at 4× slowdown, with a request of its own, and 0.3 KB gzip of the first chunk
// (issue #14). A module that cannot be fetched (never on a tablet the service worker serves)
// leaves the page without the prompt this time, not without the page. The register module
// imports workbox-window only as it runs, a round trip later; asked for together, both come
// in one (600 ms on a satellite link, before sw.js can even be asked for:
// docs/PERFORMANCE.md, "A new tablet's first load").
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  const update = useRef<UpdateServiceWorker | undefined>(undefined);
  useEffect(
    () =>
      whenIdle(() => {
        import('workbox-window').catch(() => undefined);
        import('../serviceWorkerRegistration').then(
          ({ registerServiceWorker }) => {
            update.current = registerServiceWorker({
              onNeedRefresh: () => {
                setNeedRefresh(true);
              },
              onOfflineReady: () => {
                setOfflineReady(true);
              },
            });
          },
          () => undefined,
        );
      }),
    [],
  );
  const toast = useRef<HTMLDivElement>(null);
  useFootSpace(
    toast,
    '--toast-space',
    needRefresh ? 'update' : offlineReady ? 'offline-ready' : undefined,
  );

  if (needRefresh) {
    return (
      <div ref={toast} className="toast" role="alert">
        <p>{t('update.ready')}</p>
        <button type="button" className="primary" onClick={() => void update.current?.(true)}>
          {t('update.reload')}
        </button>
        <button
          type="button"
          onClick={() => {
            setNeedRefresh(false);
          }}
        >
          {t('update.later')}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div ref={toast} className="toast" role="status" data-testid="offline-ready">
        <p>{t('update.offlineReady')}</p>
        <button
          type="button"
          onClick={() => {
            setOfflineReady(false);
          }}
        >
          {t('update.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
