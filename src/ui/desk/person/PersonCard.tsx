import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { loadPersonFile } from '../../../desk/queries';
import { openStatement } from '../../../desk/statement';
import { WRITE_MESSAGES } from '../../../desk/writeFailure';
import { statementFacts } from '../../../desk/statementStage';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { formatDate } from '../frame/format';
import { SyncBadge } from '../frame/SyncBadge';
import { useLiveQuery } from '../frame/useLiveQuery';
import { PersonDetails } from './PersonDetails';
import { LiveWait } from '../frame/LiveWait';
import { FormError } from '../../components/FormError';
import { useNavigate } from '../../routing/BrowserLocation';

/** A registered citizen and their applications; a new application starts here. */
export function PersonCard() {
  const { t } = useTranslation();
  const env = useDesk();
  const navigate = useNavigate();
  const { personId = '' } = useParams();
  const [error, setError] = useState<string>();
  const loaded = useLiveQuery(() => loadPersonFile(env, personId), [env.db, personId]);

  if (!loaded.loaded) return <LiveWait live={loaded} />;
  const { person, statements } = loaded.value;
  if (person === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.person.missing')} />;
  }

  const owner = person.record.id;
  async function startApplication() {
    const written = await openStatement(env, owner);
    if (written.ok) navigate(`/desk/statement/${written.value.id}`);
    else setError(env.say(WRITE_MESSAGES, written.reason));
  }

  return (
    <section className="card" aria-labelledby="person-title">
      <h1 id="person-title">
        {person.record.surname} {person.record.givenName} {person.record.patronymic ?? ''}
      </h1>
      <SyncBadge sync={person.sync} />
      <PersonDetails person={person.record} />
      {env.may('person') && (
        <Link className="button" to={`/desk/person/${person.record.id}/edit`}>
          {t('desk.person.edit')}
        </Link>
      )}
      <h2>{t('desk.person.applications')}</h2>
      {statements.length === 0 && <p>{t('desk.person.noApplications')}</p>}
      <ul className="result-list">
        {statements.map((statement) => {
          const facts = statementFacts(statement);
          const application = statement.application.record;
          return (
            <li key={application.id}>
              <Link className="result-link" to={`/desk/statement/${application.id}`}>
                <span>
                  {t('desk.person.applicationOf', { date: formatDate(application.date) })} —{' '}
                  {t(`desk.stage.${facts.stage}`)}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <FormError message={error} />
      {env.may('application') && (
        <button type="button" className="primary" onClick={() => void startApplication()}>
          {t('desk.person.newApplication')}
        </button>
      )}
    </section>
  );
}
