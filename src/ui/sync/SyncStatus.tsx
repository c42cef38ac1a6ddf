import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SyncCounts } from '../../desk/tablet';
import { watchSyncCounts } from '../../desk/tablet';
import type { SyncStatus as SyncState } from '../../sync/status';
import { formatDeviceDateTime } from '../components/deviceTime';
import { NetworkBadge } from '../components/NetworkBadge';
import { useDatabase } from '../database/DatabaseContext';
import { useOnline } from '../useOnline';
import { useSync } from './SyncProvider';
import { syncView } from './syncState';
import './sync.css';
import { useLocale } from '../i18n/useLocale';

// The header's account of sync, which only ever tells the truth: the network, when the last
// fully successful run finished, how many records wait (live, as the desk writes them), a
// real failure in words, and a button to try now. A failure is never shown as "synced"; no
// network is a state, not a failure (syncState.ts). While a pull runs it shows a real
// progress bar (received of what the register said there is), and a tablet pulling from
// cursor 0 says it is the first download of the clinic's records. Two short lines beside the
// buttons keep the header one band on a tablet (at most 90 px at 1280×800, issue #10).

function useLiveCounts(): SyncCounts | null {
  const db = useDatabase();
  const [counts, setCounts] = useState<SyncCounts | null>(null);
  useEffect(
    () =>
      watchSyncCounts(db, {
        next: setCounts,
        error: (error: unknown) => {
          console.error('sync counts unavailable', error);
        },
      }),
    [db],
  );
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
  const online = useOnline();
  const { language, bcp47: locale } = useLocale();
  if (status === null) {
    return (
      <div className="sync-status">
        <div className="sync-lines">
          <NetworkBadge />
          <p role="status" data-testid="sync-status" data-state="off">
            {t('sync.notEnrolled')}
          </p>
        </div>
      </div>
    );
  }
  const view = syncView(status, online);
  // Until the live count arrives the header says it is counting: "all sent" is a claim about
  // the register, never a default.
  const waiting = counts?.waiting ?? null;
  const rejected = counts?.rejected ?? status.rejected;
  const conflicts = counts?.conflicts ?? status.conflicts;
  const time =
    status.lastSuccessAt === null ? t('sync.never') : formatDeviceDateTime(status.lastSuccessAt);
  return (
    <section
      className="sync-status"
      aria-label={t('sync.label')}
      data-testid="sync-status"
      data-state={view.state}
    >
      <div className="sync-lines">
        <NetworkBadge />
        {status.running && status.firstPull && (
          <p className="sync-first" data-testid="sync-first-pull">
            {t('sync.firstPull')}
          </p>
        )}
        <p className="sync-facts">
          <span role="status">
            {status.running ? runningLine(status, t, locale) : t('sync.lastSuccess', { time })}
          </span>
          {status.running && status.phase === 'pull' && status.pullTotal !== null && (
            <progress
              data-testid="sync-progress"
              value={status.pulled}
              max={Math.max(status.pullTotal, 1)}
              aria-label={t('sync.progressLabel')}
            />
          )}
          <span data-testid="sync-waiting">
            {waiting === null
              ? t('sync.counting')
              : waiting > 0
                ? t('sync.waiting', { count: waiting })
                : t('sync.allSent')}
          </span>
          {rejected > 0 && <span>{t('sync.rejected', { count: rejected })}</span>}
          {conflicts > 0 && <span>{t('sync.conflicts', { count: conflicts })}</span>}
        </p>
        {view.error !== null && (
          <p role="alert" className="sync-error" data-testid="sync-error">
            {t('sync.error', { message: view.error.message[language] })}
          </p>
        )}
      </div>
      {/* With no network a run could only fail again; it starts by itself when the link returns. */}
      {online && (
        <button type="button" onClick={syncNow} disabled={!view.maySyncNow}>
          {t('sync.syncNow')}
        </button>
      )}
    </section>
  );
}
