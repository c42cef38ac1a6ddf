import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ApplicationId } from '../../../core/ids';
import { newId } from '../../../core/ids';
import type { ApplicationRecord } from '../../../core/records/application';
import { applicationsOfPerson, loadCase } from '../../../storage/deskQueries';
import { readRecord, WRITE_MESSAGES, writeRecord } from '../../../storage/records';
import { caseFacts } from '../application/caseStage';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { clinicToday, formatDate } from '../frame/format';
import { SyncBadge } from '../frame/SyncBadge';
import { useLiveQuery } from '../frame/useLiveQuery';
import { PersonDetails } from './PersonDetails';

/** A registered citizen and their applications; a new application starts here. */
export function PersonCard() {
  const { t } = useTranslation();
  const env = useDesk();
  const navigate = useNavigate();
  const { personId = '' } = useParams();
  const [error, setError] = useState<string>();
  const loaded = useLiveQuery(async () => {
    const person = await readRecord(env.db, 'person', personId);
    const applications = await applicationsOfPerson(env.db, personId);
    const cases = await Promise.all(applications.map((a) => loadCase(env.db, a.record.id)));
    return { person, cases };
  }, [env.db, personId]);

  if (!loaded.loaded) return <p role="status">{t('desk.loading')}</p>;
  const { person, cases } = loaded.value;
  if (person === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.person.missing')} />;
  }

  const owner = person.record.id;
  async function startApplication() {
    const record: ApplicationRecord = {
      ...env.recordBase(),
      kind: 'application',
      id: newId<ApplicationId>(env.now, env.random),
      personId: owner,
      date: clinicToday(env.now(), env.utcOffsetMinutes),
      consents: { personalData: false, paidService: false },
      identityDocumentChecked: false,
      status: 'draft',
    };
    const written = await writeRecord(env.db, record, env.write);
    if (written.ok) void navigate(`/desk/case/${record.id}`);
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
      {cases.length === 0 && <p>{t('desk.person.noApplications')}</p>}
      <ul className="result-list">
        {cases.map((deskCase) => {
          if (deskCase === undefined) return null;
          const facts = caseFacts(deskCase);
          const application = deskCase.application.record;
          return (
            <li key={application.id}>
              <Link className="result-link" to={`/desk/case/${application.id}`}>
                <span>
                  {t('desk.person.applicationOf', { date: formatDate(application.date) })} —{' '}
                  {t(`desk.stage.${facts.stage}`)}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {env.may('application') && (
        <button type="button" className="primary" onClick={() => void startApplication()}>
          {t('desk.person.newApplication')}
        </button>
      )}
    </section>
  );
}
