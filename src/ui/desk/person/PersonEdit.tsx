import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { readPerson } from '../../../desk/queries';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { useLiveQuery } from '../frame/useLiveQuery';
import { PersonForm } from './PersonForm';
import { LiveWait } from '../frame/LiveWait';

/** Corrects a registered person's details (before a corrected certificate is issued). */
export function PersonEdit() {
  const { t } = useTranslation();
  const env = useDesk();
  const { personId = '' } = useParams();
  const person = useLiveQuery(() => readPerson(env, personId), [env.db, personId]);
  if (!person.loaded) return <LiveWait live={person} />;
  if (person.value === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.person.missing')} />;
  }
  // Keyed by id: the form reads its draft once per person.
  return <PersonForm key={person.value.record.id} existing={person.value.record} />;
}
