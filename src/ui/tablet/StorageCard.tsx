import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorageFacts } from './storageInfo';
import { askPersistence, formatBytes, readStorageFacts } from './storageInfo';
import { useLocale } from '../i18n/useLocale';

function browserStorage(): StorageManager | undefined {
  // Absent outside a secure context, whatever the type declarations say.
  return (navigator as Partial<Navigator>).storage;
}

/** Whether the browser may evict this tablet's data, and how much of the quota it uses. */
export function StorageCard() {
  const { t } = useTranslation();
  const [facts, setFacts] = useState<StorageFacts | null>(null);
  const [refused, setRefused] = useState(false);
  const [asking, setAsking] = useState(false);
  const locale = useLocale().bcp47;

  useEffect(() => {
    let live = true;
    readStorageFacts(browserStorage()).then(
      (read) => {
        if (live) setFacts(read);
      },
      (error: unknown) => {
        console.error('storage facts unavailable', error);
        if (live) setFacts({ persistence: 'unsupported', estimate: null });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const ask = async () => {
    setAsking(true);
    const answer = await askPersistence(browserStorage());
    setAsking(false);
    setRefused(answer === 'not-granted');
    setFacts((before) => (before === null ? before : { ...before, persistence: answer }));
  };

  if (facts === null) return null;
  const { persistence, estimate } = facts;
  return (
    <section className="card" aria-labelledby="tablet-storage-title">
      <h2 id="tablet-storage-title">{t('tabletSettings.storage.title')}</h2>
      <dl className="facts">
        <dt>{t('tabletSettings.storage.persistence')}</dt>
        <dd data-testid="storage-persistence" data-state={persistence}>
          {t(
            persistence === 'granted'
              ? 'tabletSettings.storage.granted'
              : persistence === 'not-granted'
                ? 'tabletSettings.storage.notGranted'
                : 'tabletSettings.storage.unsupported',
          )}
        </dd>
        <dt>{t('tabletSettings.storage.usage')}</dt>
        <dd data-testid="storage-estimate">
          {estimate === null
            ? t('tabletSettings.storage.estimateUnsupported')
            : t('tabletSettings.storage.usageOf', {
                used: formatBytes(estimate.usage, locale),
                quota: formatBytes(estimate.quota, locale),
              })}
        </dd>
      </dl>
      {persistence === 'not-granted' && (
        <button type="button" disabled={asking} onClick={() => void ask()}>
          {t('tabletSettings.storage.ask')}
        </button>
      )}
      {refused && (
        <p className="notice" role="status">
          {t('tabletSettings.storage.refused')}
        </p>
      )}
    </section>
  );
}
