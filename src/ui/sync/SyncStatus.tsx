import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SyncCounts } from '../../desk/tablet';
import { countSyncWork } from '../../desk/tablet';
import type { SyncStatus as SyncState } from '../../sync/status';
import { useDatabase } from '../database/DatabaseContext';
import { useSync } from './SyncProvider';
import './sync.css';
import { useLocale } from '../i18n/useLocale';

// The header's account of sync, which only ever tells the truth: when the last fully
// successful run finished, how many records wait (live, as the desk writes them), the last
// error in words, and a button to try now. A failure is never shown as "synced". While a
// pull runs it shows a real progress bar (received of what the register said there is), and
// a tablet pulling from cursor 0 says it is the first download of the clinic's records.

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

/** While a run lasts: "12 400 of 31 000 records" once the register has told the total. */
function runningLine(status: SyncState, t: TFunction, locale: string): string {
  if (status.phase !== 'pull') return t('sync.running');
  const number = new Intl.NumberFormat(locale);
  if (status.pullTotal !== null && status.pullTotal > 0) {
    return t('sync.pullProgress', {
      done: number.format(status.pulled),
      total: number.format(status.pullTotal),
    });
  }
  return status.pulled > 0 ? t('sync.pulled', { count: status.pulled }) : t('sync.running');
}

export function SyncStatus() {
  const { t } = useTranslation();
  const { status, syncNow } = useSync();
  const counts = useLiveCounts();
  const { language, bcp47: locale } = useLocale();
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
      : new Date(status.lastSuccessAt).toLocaleString(locale);
  const state = status.running ? 'running' : status.lastError !== null ? 'error' : 'ok';
  return (
    <section
      className="sync-status"
      aria-label={t('sync.label')}
      data-testid="sync-status"
      data-state={state}
    >
      {status.running && status.firstPull && (
        <p className="sync-first" data-testid="sync-first-pull">
          {t('sync.firstPull')}
        </p>
      )}
      <p role="status">
        {status.running ? runningLine(status, t, locale) : t('sync.lastSuccess', { time })}
      </p>
      {status.running && status.phase === 'pull' && status.pullTotal !== null && (
        <progress
          data-testid="sync-progress"
          value={status.pulled}
          max={Math.max(status.pullTotal, 1)}
          aria-label={t('sync.progressLabel')}
        />
      )}
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
