import { useTranslation } from 'react-i18next';
import type { SearchView } from './personSearchState';

// One formatter per locale, made when a count is first shown: constructing an
// Intl.NumberFormat loads the locale's data (~25 ms, 100 ms at 4× CPU slowdown), which the
// desk's first frame, an empty search, does not need (issue #14).
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

/**
 * The line under the search box: "searching…" while the query on screen runs, "nobody found"
 * only once its own answer is empty, and how many match in all (not how many are shown), once
 * counted.
 */
export function SearchStatus({
  view,
  locale,
}: {
  readonly view: SearchView;
  readonly locale: 'ru-RU' | 'en-GB';
}) {
  const { t } = useTranslation();
  let text = '';
  switch (view.state) {
    case 'idle':
      break;
    case 'searching':
      text = t('desk.search.searching');
      break;
    case 'nobody':
      text =
        view.impossibleDate !== undefined
          ? t('desk.search.impossibleDate', { date: view.impossibleDate })
          : view.latinAlone === true
            ? t('desk.search.latinAlone')
            : t('desk.search.none');
      break;
    case 'failed':
      text = t('desk.loadFailed');
      break;
    case 'found': {
      const { total, shown } = view.answer;
      const number = numberFormat(locale);
      // More match than are shown, not yet counted (the number follows the rows).
      if (total === undefined) {
        text = t('desk.search.shownFirst', { shown: number.format(shown.length) });
      } else if (total > shown.length) {
        text = t('desk.search.countMore', {
          total: number.format(total),
          shown: number.format(shown.length),
        });
      } else {
        text = t('desk.search.count', { count: total });
      }
      break;
    }
  }
  return (
    <p role="status" className="field-hint" data-testid="search-status" data-state={view.state}>
      {text}
    </p>
  );
}
