import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { TextField } from '../../components/TextField';
import { useLocale } from '../../i18n/useLocale';
import { useDesk } from '../frame/DeskEnvironment';
import { PersonSummary } from './PersonSummary';
import { SearchStatus } from './SearchStatus';
import { usePersonSearch } from './usePersonSearch';

/** The desk's first screen: find the citizen by anything they have in hand, or register them. */
export function PersonSearch() {
  const { t } = useTranslation();
  const locale = useLocale();
  const env = useDesk();
  const [query, setQuery] = useState('');
  const view = usePersonSearch(env, query);
  // While a query runs, the previous results stay (dimmed, aria-busy) instead of vanishing.
  const answer =
    view.state === 'found' ? view.answer : view.state === 'searching' ? view.stale : undefined;
  return (
    <section className="card" aria-labelledby="search-title">
      <h1 id="search-title">{t('desk.search.title')}</h1>
      <TextField
        id="person-search"
        type="search"
        label={t('desk.search.label')}
        hint={t('desk.search.hint')}
        value={query}
        autoComplete="off"
        onChange={setQuery}
      />
      <SearchStatus view={view} locale={locale.bcp47} />
      <ul
        className="result-list"
        aria-label={t('desk.search.results')}
        aria-busy={view.state === 'searching'}
      >
        {(answer?.shown ?? []).map(({ record }) => (
          <li key={record.id}>
            <Link to={`/desk/person/${record.id}`} className="result-link">
              <PersonSummary person={record} />
            </Link>
          </li>
        ))}
      </ul>
      {env.may('person') && (
        <Link className="button primary" to="/desk/person/new">
          {t('desk.search.newPerson')}
        </Link>
      )}
    </section>
  );
}
