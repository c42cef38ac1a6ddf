import { useTranslation } from 'react-i18next';
import { ProblemsNavLink } from '../problems/ProblemsNavLink';
import { useDesk } from './DeskEnvironment';
import type { DeskSection } from './deskSections';
import { deskSections } from './deskSections';
import { NavLink } from '../../routing/NavLink';

/** The desk's own sections, only those the member's role may use; hidden in print. */
export function DeskNav() {
  const { t } = useTranslation();
  const { tablet, staff } = useDesk();
  const link = (section: DeskSection) => {
    switch (section) {
      case 'search':
        return (
          <NavLink key={section} to="/desk" end>
            {t('desk.nav.search')}
          </NavLink>
        );
      case 'new-person':
        return (
          <NavLink key={section} to="/desk/person/new">
            {t('desk.nav.newPerson')}
          </NavLink>
        );
      case 'journal':
        return (
          <NavLink key={section} to="/desk/journal">
            {t('desk.nav.journal')}
          </NavLink>
        );
      case 'reconciliation':
        return (
          <NavLink key={section} to="/desk/reconciliation">
            {t('desk.reconciliation.nav')}
          </NavLink>
        );
      case 'problems':
        return <ProblemsNavLink key={section} />;
      case 'settings':
        return (
          <NavLink key={section} to="/desk/settings">
            {t('desk.nav.settings')}
          </NavLink>
        );
      case 'tablets':
        return (
          <NavLink key={section} to="/desk/tablets">
            {t('desk.tablets.nav')}
          </NavLink>
        );
    }
  };
  return (
    <nav className="desk-nav no-print" aria-label={t('desk.nav.label')}>
      {deskSections(staff.role).map(link)}
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
