import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { countSyncWork } from '../../../desk/tablet';
import { useDesk } from '../frame/DeskEnvironment';
import { useLiveQuery } from '../frame/useLiveQuery';

/** The desk's link to "Расхождения", with how many records wait for a person's decision. */
export function ProblemsNavLink() {
  const { t } = useTranslation();
  const env = useDesk();
  const counts = useLiveQuery(() => countSyncWork(env.db), [env.db]);
  const count = counts.loaded ? counts.value.rejected + counts.value.conflicts : 0;
  return (
    <NavLink
      to="/desk/problems"
      aria-label={count > 0 ? t('desk.problems.navCount', { count }) : t('desk.problems.nav')}
    >
      {t('desk.problems.nav')}
      {count > 0 && (
        <span className="problem-count" aria-hidden="true" data-testid="problem-count">
          {count}
        </span>
      )}
    </NavLink>
  );
}
