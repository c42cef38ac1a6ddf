import { useTranslation } from 'react-i18next';
import type { RecordSync } from '../../../desk/queries';

/** A record's own sync state, with the register's reason when it refused or clashed. */
export function SyncBadge({ sync }: { readonly sync: Pick<RecordSync, 'state' | 'reason'> }) {
  const { t } = useTranslation();
  return (
    <span className={`sync-badge sync-${sync.state}`}>
      {t(`desk.sync.${sync.state}`)}
      {sync.reason !== undefined && `: ${sync.reason}`}
    </span>
  );
}
