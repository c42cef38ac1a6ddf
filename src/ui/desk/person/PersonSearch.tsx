import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { searchPersons } from '../../../desk/queries';
import { TextField } from '../../components/TextField';
import { useDesk } from '../frame/DeskEnvironment';
import { useLiveQuery } from '../frame/useLiveQuery';
import { PersonSummary } from './PersonSummary';

/** The desk's first screen: find the citizen by anything they have in hand, or register them. */
export function PersonSearch() {
  const { t } = useTranslation();
  const env = useDesk();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = useLiveQuery(() => searchPersons(env, deferred), [env.db, deferred]);
  const results = found.loaded ? found.value : [];
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
      <p role="status" className="field-hint">
        {deferred.trim() === ''
          ? ''
          : results.length === 0
            ? t('desk.search.none')
            : t('desk.search.count', { count: results.length })}
      </p>
      <ul className="result-list" aria-label={t('desk.search.results')}>
        {results.map(({ record }) => (
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
