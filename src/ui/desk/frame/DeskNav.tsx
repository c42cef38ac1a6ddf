import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { ProblemsNavLink } from '../problems/ProblemsNavLink';
import { useDesk } from './DeskEnvironment';

/** The desk's own sections; hidden in print. */
export function DeskNav() {
  const { t } = useTranslation();
  const { tablet, staff } = useDesk();
  return (
    <nav className="desk-nav no-print" aria-label={t('desk.nav.label')}>
      <NavLink to="/desk" end>
        {t('desk.nav.search')}
      </NavLink>
      <NavLink to="/desk/person/new">{t('desk.nav.newPerson')}</NavLink>
      <NavLink to="/desk/journal">{t('desk.nav.journal')}</NavLink>
      <ProblemsNavLink />
      <NavLink to="/desk/settings">{t('desk.nav.settings')}</NavLink>
      {staff.role === 'admin' && <NavLink to="/desk/tablets">{t('desk.tablets.nav')}</NavLink>}
      <span className="desk-nav-who">
        {t('desk.nav.who', {
          name: staff.displayName,
          role: t(`role.${staff.role}`),
          tablet: tablet.name,
        })}
      </span>
    </nav>
  );
}
