import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countSyncWork } from '../../storage/syncCounts';
import type { SyncCounts } from '../../storage/syncCounts';
import { useSession } from '../session/SessionContext';
import type { DeskSession } from '../session/sessionStore';
import { useDatabase } from '../storage/DatabaseContext';
import { useTablet } from '../storage/useTablet';
import { EnrolmentCard } from './EnrolmentCard';
import { PinSetupCard } from './PinSetupCard';

export function HomeScreen({ session }: { readonly session: DeskSession }) {
  const { t, i18n } = useTranslation();
  const { signOut, pinHolders } = useSession();
  const { tablet, reload: reloadTablet } = useTablet();
  const db = useDatabase();
  const [unsynced, setUnsynced] = useState<SyncCounts | null>(null);
  const { staff } = session;
  // DESIGN, "Storage safety": nobody signs out of a tablet that holds work the register has
  // not received; the records stay on the tablet either way, but a signed-out tablet cannot
  // sync until someone signs in online again. Signing out also erases this person's PIN
  // here; to step away and come back, Lock (in the header) keeps it.
  const trySignOut = async () => {
    const counts = await countSyncWork(db);
    if (counts.waiting + counts.rejected + counts.conflicts > 0) setUnsynced(counts);
    else await signOut();
  };
  const hasPin = pinHolders?.some((holder) => holder.staff.id === staff.id) ?? false;
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
          <Link to="/tablet" className="button">
            {t('tabletSettings.link')}
          </Link>
          <button type="button" onClick={() => void trySignOut()}>
            {t('home.signOut')}
          </button>
        </nav>
        {hasPin && <p className="field-hint">{t('pin.signOutForgetsPin')}</p>}
        {unsynced !== null && (
          <p className="form-error" role="alert" data-testid="sign-out-refused">
            {t('home.signOutRefused', {
              waiting: unsynced.waiting,
              rejected: unsynced.rejected + unsynced.conflicts,
            })}
          </p>
        )}
      </section>
      {session.via === 'password' && tablet.status === 'enrolled' && (
        <PinSetupCard session={session} />
      )}
      {staff.role !== 'verifier' && <EnrolmentCard session={session} onEnrolled={reloadTablet} />}
    </div>
  );
}
