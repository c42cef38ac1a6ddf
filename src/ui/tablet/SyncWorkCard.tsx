import { useTranslation } from 'react-i18next';
import type { SyncCounts } from '../../desk/tablet';
import { useSync } from '../sync/SyncProvider';
import { formatDeviceDateTime } from '../components/deviceTime';

/** The tablet's sync work, live from IndexedDB, and the last run that fully succeeded. */
export function SyncWorkCard({ counts }: { readonly counts: SyncCounts | null }) {
  const { t } = useTranslation();
  const { status } = useSync();
  return (
    <section className="card" aria-labelledby="tablet-sync-title">
      <h2 id="tablet-sync-title">{t('tabletSettings.sync.title')}</h2>
      {status === null && <p>{t('tabletSettings.sync.off')}</p>}
      {counts !== null && (
        <dl className="facts">
          <dt>{t('tabletSettings.sync.waiting')}</dt>
          <dd data-testid="tablet-waiting">{counts.waiting}</dd>
          <dt>{t('tabletSettings.sync.rejected')}</dt>
          <dd data-testid="tablet-rejected">{counts.rejected}</dd>
          <dt>{t('tabletSettings.sync.conflicts')}</dt>
          <dd data-testid="tablet-conflicts">{counts.conflicts}</dd>
          {status !== null && (
            <>
              <dt>{t('tabletSettings.sync.lastSuccess')}</dt>
              <dd>
                {status.lastSuccessAt === null
                  ? t('tabletSettings.sync.never')
                  : formatDeviceDateTime(status.lastSuccessAt)}
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
