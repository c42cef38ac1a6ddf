import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { signOutIfSynced } from '../../desk/signOut';
import type { SyncCounts } from '../../desk/tablet';
import { useSession } from '../session/SessionContext';
import type { DeskSession } from '../session/sessionStore';
import { useDatabase } from '../database/DatabaseContext';
import { useTablet } from '../database/useTablet';
import { EnrolmentCard } from './EnrolmentCard';
import { PinSetupCard } from './PinSetupCard';
import { useLocale } from '../i18n/useLocale';
import { mayUseDesk } from '../desk/frame/deskSections';
import { mayAdminister } from '../admin/adminSections';
import { FormError } from '../components/FormError';

export function HomeScreen({ session }: { readonly session: DeskSession }) {
  const { t } = useTranslation();
  const { signOut, pinHolders } = useSession();
  const { tablet, reload: reloadTablet } = useTablet();
  const db = useDatabase();
  const [unsynced, setUnsynced] = useState<SyncCounts | null>(null);
  const { staff } = session;
  // Refused while the tablet holds unsynced work (src/desk/signOut.ts). Signing out also
  // erases this person's PIN here; to step away and come back, Lock (in the header) keeps it.
  const trySignOut = async () => {
    const outcome = await signOutIfSynced(db, signOut);
    if (!outcome.ok) setUnsynced(outcome.counts);
  };
  const hasPin = pinHolders?.some((holder) => holder.staff.id === staff.id) ?? false;
  const clinicName = useLocale().nameOf(staff.clinic);
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
          {mayUseDesk(staff.role) && (
            <Link to="/desk" className="button primary">
              {t('nav.desk')}
            </Link>
          )}
          {mayAdminister(staff.role) && (
            <Link to="/admin" className="button" data-testid="admin-link">
              {t('nav.admin')}
            </Link>
          )}
          <Link to="/verify" className="button">
            {t('nav.verify')}
          </Link>
          {/* A verifier's phone and the ministry's computer are no clinic tablets: no enrolment. */}
          {mayUseDesk(staff.role) && (
            <Link to="/tablet" className="button">
              {t('home.tabletSettings')}
            </Link>
          )}
          <button type="button" onClick={() => void trySignOut()}>
            {t('home.signOut')}
          </button>
        </nav>
        {hasPin && <p className="field-hint">{t('pin.signOutForgetsPin')}</p>}
        {unsynced !== null && (
          <FormError
            message={t('home.signOutRefused', {
              waiting: unsynced.waiting,
              rejected: unsynced.rejected + unsynced.conflicts,
            })}
            testId="sign-out-refused"
          />
        )}
      </section>
      {session.via === 'password' && tablet.status === 'enrolled' && (
        <PinSetupCard session={session} />
      )}
      {mayUseDesk(staff.role) && <EnrolmentCard session={session} onEnrolled={reloadTablet} />}
    </div>
  );
}
