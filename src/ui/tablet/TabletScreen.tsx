import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useTablet } from '../database/useTablet';
import { DeviceFacts } from './DeviceFacts';
import { EraseCard } from './EraseCard';
import { PinAuthorisationsCard } from './PinAuthorisationsCard';
import { StorageCard } from './StorageCard';
import { SyncWorkCard } from './SyncWorkCard';
import { useEraseReadiness } from './useEraseReadiness';
import './tablet.css';

/**
 * The tablet's own settings (`/tablet`): which tablet this is, what the browser promises
 * about its storage, how much work waits, who was admitted here with no network (first
 * PINs vouched for by a colleague), and the guarded way out — save the unsynced work
 * to a file, and erase the tablet only once nothing unsynced would be lost. Reads only
 * IndexedDB and the browser, so it works offline.
 */
export function TabletScreen() {
  const { t } = useTranslation();
  const { tablet } = useTablet();
  const readiness = useEraseReadiness();
  return (
    <div className="stack tablet-settings">
      <section className="card" aria-labelledby="tablet-settings-title">
        <h1 id="tablet-settings-title">{t('tabletSettings.title')}</h1>
        <DeviceFacts tablet={tablet} />
        <Link to="/" className="button">
          {t('tabletSettings.back')}
        </Link>
      </section>
      <StorageCard />
      <SyncWorkCard counts={readiness?.counts ?? null} />
      <PinAuthorisationsCard />
      {tablet.status === 'enrolled' && readiness !== null && (
        <EraseCard identity={tablet.identity} readiness={readiness} />
      )}
    </div>
  );
}
