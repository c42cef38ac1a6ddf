import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncCounts } from '../../storage/syncCounts';
import { countSyncWork } from '../../storage/syncCounts';
import { useDatabase } from '../storage/DatabaseContext';
import { useSync } from './SyncProvider';
import './sync.css';

// The header's account of sync, which only ever tells the truth: when the last fully
// successful run finished, how many records wait (live, as the desk writes them), the last
// error in words, and a button to try now. A failure is never shown as "synced".

function useLiveCounts(): SyncCounts | null {
  const db = useDatabase();
  const [counts, setCounts] = useState<SyncCounts | null>(null);
  useEffect(() => {
    const subscription = liveQuery(() => countSyncWork(db)).subscribe({
      next: setCounts,
      error: (error: unknown) => {
        console.error('sync counts unavailable', error);
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db]);
  return counts;
}

export function SyncStatus() {
  const { t, i18n } = useTranslation();
  const { status, syncNow } = useSync();
  const counts = useLiveCounts();
  const language = i18n.language === 'en' ? 'en' : 'ru';
  if (status === null) {
    return (
      <p className="sync-status" role="status" data-testid="sync-status" data-state="off">
        {t('sync.notEnrolled')}
      </p>
    );
  }
  const waiting = counts?.waiting ?? status.waiting;
  const rejected = counts?.rejected ?? status.rejected;
  const conflicts = counts?.conflicts ?? status.conflicts;
  const time =
    status.lastSuccessAt === null
      ? t('sync.never')
      : new Date(status.lastSuccessAt).toLocaleString(language === 'en' ? 'en-GB' : 'ru-RU');
  const state = status.running ? 'running' : status.lastError !== null ? 'error' : 'ok';
  return (
    <section
      className="sync-status"
      aria-label={t('sync.label')}
      data-testid="sync-status"
      data-state={state}
    >
      <p role="status">
        {status.running
          ? status.phase === 'pull' && status.pulled > 0
            ? t('sync.pulled', { count: status.pulled })
            : t('sync.running')
          : t('sync.lastSuccess', { time })}
      </p>
      <p data-testid="sync-waiting">
        {waiting > 0 ? t('sync.waiting', { count: waiting }) : t('sync.allSent')}
      </p>
      {rejected > 0 && <p>{t('sync.rejected', { count: rejected })}</p>}
      {conflicts > 0 && <p>{t('sync.conflicts', { count: conflicts })}</p>}
      {status.lastError !== null && !status.running && (
        <p role="alert" data-testid="sync-error">
          {t('sync.error', { message: status.lastError.message[language] })}
        </p>
      )}
      <button type="button" onClick={syncNow} disabled={status.running}>
        {t('sync.syncNow')}
      </button>
    </section>
  );
}
