import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useFootSpace } from './footSpace';

// registerType 'prompt': a new version waits until the person chooses to reload, so an
// update never interrupts a clerk in the middle of a form.
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
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
        <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
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
