import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SignInResponse } from '../../core/protocol/session';
import { useSession } from '../session/SessionContext';
import { EnrolmentCard } from './EnrolmentCard';

export function HomeScreen({ session }: { readonly session: SignInResponse }) {
  const { t, i18n } = useTranslation();
  const { signOut } = useSession();
  const { staff } = session;
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
          <button type="button" onClick={signOut}>
            {t('home.signOut')}
          </button>
        </nav>
      </section>
      {staff.role !== 'verifier' && <EnrolmentCard session={session} />}
    </div>
  );
}
