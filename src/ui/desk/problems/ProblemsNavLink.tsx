import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { watchSyncCounts } from '../../../desk/tablet';
import { useDesk } from '../frame/DeskEnvironment';
import { NavLink } from '../../routing/NavLink';

/** The desk's link to "Расхождения", with how many records wait for a person's decision. */
export function ProblemsNavLink() {
  const { t } = useTranslation();
  const env = useDesk();
  // The header's counts, shared with it (one count per burst of writes, syncCountsWatch.ts).
  const [count, setCount] = useState(0);
  useEffect(
    () =>
      watchSyncCounts(env.db, {
        next: (counts) => {
          setCount(counts.rejected + counts.conflicts);
        },
        error: (error: unknown) => {
          console.error('problem count unavailable', error);
        },
      }),
    [env.db],
  );
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
