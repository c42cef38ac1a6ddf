import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SignInResponse } from '../../core/protocol/session';
import { countSyncWork } from '../../storage/syncCounts';
import type { SyncCounts } from '../../storage/syncCounts';
import { useSession } from '../session/SessionContext';
import { useDatabase } from '../storage/DatabaseContext';
import { EnrolmentCard } from './EnrolmentCard';

export function HomeScreen({ session }: { readonly session: SignInResponse }) {
  const { t, i18n } = useTranslation();
  const { signOut } = useSession();
  const db = useDatabase();
  const [unsynced, setUnsynced] = useState<SyncCounts | null>(null);
  const { staff } = session;
  // DESIGN, "Storage safety": nobody signs out of a tablet that holds work the register has
  // not received; the records stay on the tablet either way, but a signed-out tablet cannot
  // sync until someone signs in online again.
  const trySignOut = async () => {
    const counts = await countSyncWork(db);
    if (counts.waiting + counts.rejected + counts.conflicts > 0) setUnsynced(counts);
    else signOut();
  };
  const clinicName = i18n.language === 'en' ? staff.clinic.nameEn : staff.clinic.nameRu;
  const deskRoles = new Set(['registrar', 'lab', 'commission', 'admin']);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p data-testid="signed-in-as">{t('home.signedInAs', { name: staff.displayName })}</p>
        <dl className="facts">
          <dt>{t('home.clinic')}</dt>
          <dd>{clinicName}</dd>
          <dt>{t('home.role')}</dt>
          <dd>{t(`role.${staff.role}`)}</dd>
        </dl>
        <nav className="actions" aria-label={t('home.title')}>
          {deskRoles.has(staff.role) && (
            <Link to="/desk" className="button primary">
              {t('nav.desk')}
            </Link>
          )}
          <Link to="/verify" className="button">
            {t('nav.verify')}
          </Link>
          <button type="button" onClick={() => void trySignOut()}>
            {t('home.signOut')}
          </button>
        </nav>
        {unsynced !== null && (
          <p className="form-error" role="alert" data-testid="sign-out-refused">
            {t('home.signOutRefused', {
              waiting: unsynced.waiting,
              rejected: unsynced.rejected + unsynced.conflicts,
            })}
          </p>
        )}
      </section>
      {staff.role !== 'verifier' && <EnrolmentCard session={session} />}
    </div>
  );
}
