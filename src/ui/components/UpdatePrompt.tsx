import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

// registerType 'prompt': a new version waits until the person chooses to reload, so an
// update never interrupts a clerk in the middle of a form.
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  if (needRefresh) {
    return (
      <div className="toast" role="alert">
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
      <div className="toast" role="status" data-testid="offline-ready">
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
