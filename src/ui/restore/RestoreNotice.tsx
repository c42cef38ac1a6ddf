import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { liveQuery } from 'dexie';
import type { RestoreNotice as Notice } from '../../desk/tablet';
import { dismissRestoreNotice, loadRestoreNotice } from '../../desk/tablet';
import { useDatabase } from '../database/DatabaseContext';
import { formatDeviceDateTime } from '../components/deviceTime';

/**
 * What the register gave back to a tablet that came back empty, and what it could not: shown
 * on the home screen from enrolment until the person closes it. Watched live, so the count
 * appears when the first full pull ends.
 */
export function RestoreNotice() {
  const { t } = useTranslation();
  const db = useDatabase();
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(() => loadRestoreNotice(db)).subscribe({
      next: setNotice,
      error: (error: unknown) => {
        console.error('restore notice unreadable', error);
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db]);
  if (notice === undefined) return null;

  let text: string;
  if (notice.kind === 'self') {
    text = t('restore.notice.self', { count: notice.restored });
  } else {
    const { code, lastPushAt, recordsPushed } = notice.predecessor;
    if (notice.restored === null) {
      text = t('restore.notice.waiting', { code, count: recordsPushed });
    } else if (lastPushAt === null) {
      text = t('restore.notice.predecessorNeverSynced', { code, count: notice.restored });
    } else {
      text = t('restore.notice.predecessor', {
        code,
        count: notice.restored,
        time: formatDeviceDateTime(lastPushAt),
      });
    }
  }
  const settled = notice.kind === 'self' || notice.restored !== null;
  return (
    <div className="notice" role="status" data-testid="restore-notice">
      <p>
        <strong>{t('restore.notice.title')}</strong>
      </p>
      <p data-testid="restore-notice-text">{text}</p>
      {settled && (
        <button type="button" onClick={() => void dismissRestoreNotice(db)}>
          {t('restore.notice.dismiss')}
        </button>
      )}
    </div>
  );
}
