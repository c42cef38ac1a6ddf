import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { LockButton } from './LockButton';
import { SyncStatus } from '../sync/SyncStatus';
import { NetworkBadge } from './NetworkBadge';
import { useSession } from '../session/SessionContext';

export function Header() {
  const { t } = useTranslation();
  const { session } = useSession();
  // A verifier-only device syncs no desk records, so it says nothing about tablet sync; on a
  // tablet the sync widget shows the network state above its own lines.
  const isVerifier = session?.staff.role === 'verifier';
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <img src="/favicon.svg" alt="" width="36" height="36" />
        <span>
          <strong>{t('app.name')}</strong>
          <small>{t('app.tagline')}</small>
        </span>
      </Link>
      {isVerifier ? <NetworkBadge /> : <SyncStatus />}
      <LanguageSwitch />
      <LockButton />
    </header>
  );
}
