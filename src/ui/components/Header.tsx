import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { BrandMark } from './BrandMark';
import { LanguageSwitch } from './LanguageSwitch';
import { LockButton } from './LockButton';
import { SyncStatus } from '../sync/SyncStatus';
import { NetworkBadge } from './NetworkBadge';
import { useSession } from '../session/SessionContext';

export function Header() {
  const { t } = useTranslation();
  const { session } = useSession();
  // A verifier's phone and the ministry's office computer sync no desk records, so they say
  // nothing about tablet sync («Планшет не зарегистрирован…» there would only alarm); on a
  // tablet the sync widget shows the network state above its own lines.
  const role = session?.staff.role;
  const syncsNoDesk = role === 'verifier' || role === 'regional';
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <BrandMark />
        <span>
          <strong>{t('app.name')}</strong>
          <small>{t('app.tagline')}</small>
        </span>
      </Link>
      {syncsNoDesk ? <NetworkBadge /> : <SyncStatus />}
      <LanguageSwitch />
      <LockButton />
    </header>
  );
}
