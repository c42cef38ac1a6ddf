import { useTranslation } from 'react-i18next';
import type { SearchView } from './personSearchState';

/**
 * The line under the search box: "searching…" while the query on screen runs, "nobody found"
 * only once its own answer is empty, and how many match in all (not how many are shown).
 */
export function SearchStatus({
  view,
  locale,
}: {
  readonly view: SearchView;
  readonly locale: 'ru-RU' | 'en-GB';
}) {
  const { t } = useTranslation();
  const number = new Intl.NumberFormat(locale);
  let text = '';
  switch (view.state) {
    case 'idle':
      break;
    case 'searching':
      text = t('desk.search.searching');
      break;
    case 'nobody':
      text = t('desk.search.none');
      break;
    case 'failed':
      text = t('desk.loadFailed');
      break;
    case 'found': {
      const { total, shown } = view.answer;
      text =
        total > shown.length
          ? t('desk.search.countMore', {
              total: number.format(total),
              shown: number.format(shown.length),
            })
          : t('desk.search.count', { count: total });
      break;
    }
  }
  return (
    <p role="status" className="field-hint" data-testid="search-status" data-state={view.state}>
      {text}
    </p>
  );
}
