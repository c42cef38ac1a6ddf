import { useTranslation } from 'react-i18next';
import { useAdmin } from './AdminContext';
import { adminPath, adminSections } from './adminSections';
import { NavLink } from '../routing/NavLink';

/** The administration area's sections the member's role has; hidden in print. */
export function AdminNav() {
  const { t } = useTranslation();
  const { staff } = useAdmin();
  return (
    <nav className="desk-nav admin-nav no-print" aria-label={t('admin.nav.label')}>
      <NavLink to="/admin" end>
        {t('admin.nav.home')}
      </NavLink>
      {adminSections(staff.role).map((section) => (
        <NavLink key={section} to={adminPath(section)}>
          {t(`admin.nav.${section}`)}
        </NavLink>
      ))}
    </nav>
  );
}
