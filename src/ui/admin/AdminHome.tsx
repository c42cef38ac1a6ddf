import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLocale } from '../i18n/useLocale';
import { useAdmin } from './AdminContext';
import { adminPath, adminSections } from './adminSections';

/** The administration area's first screen: whose it is, and a card per section. */
export function AdminHome() {
  const { t } = useTranslation();
  const { staff, scope } = useAdmin();
  const organisation = useLocale().nameOf(staff.clinic);
  return (
    <section className="card" aria-labelledby="admin-title">
      <h1 id="admin-title">{t('admin.home.title')}</h1>
      <p data-testid="admin-scope">
        {scope === 'region'
          ? t('admin.home.region', { organisation })
          : t('admin.home.clinic', { organisation })}
      </p>
      <ul className="admin-sections">
        {adminSections(staff.role).map((section) => (
          <li key={section}>
            <Link to={adminPath(section)} className="button">
              {t(`admin.nav.${section}`)}
            </Link>
            <span className="field-hint">{t(`admin.home.about.${section}`)}</span>
          </li>
        ))}
      </ul>
      {scope === 'clinic' && <p className="field-hint">{t('admin.home.settingsHereAndAtDesk')}</p>}
    </section>
  );
}
