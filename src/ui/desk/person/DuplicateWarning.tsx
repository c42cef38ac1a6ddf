import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DuplicateMatch } from '../../../core/person/duplicates';
import { DUPLICATE_MESSAGES } from '../../../core/person/duplicates';
import { readPerson } from '../../../desk/queries';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDate } from '../frame/format';
import { useLiveQuery } from '../frame/useLiveQuery';

type DuplicateWarningProps = {
  readonly matches: readonly DuplicateMatch[];
  readonly onRegisterAnyway: () => void;
};

/** Offers the existing person instead of a second record for the same citizen. */
export function DuplicateWarning({ matches, onRegisterAnyway }: DuplicateWarningProps) {
  const { t } = useTranslation();
  const env = useDesk();
  const people = useLiveQuery(
    () => Promise.all(matches.map((match) => readPerson(env, match.personId))),
    [env.db, matches],
  );
  return (
    <div className="notice duplicate-warning" role="alert">
      <h2>{t('desk.person.duplicateTitle')}</h2>
      <ul className="plain-list">
        {matches.map((match, index) => {
          const person = people.loaded ? people.value[index]?.record : undefined;
          return (
            <li key={match.personId}>
              <Link className="button" to={`/desk/person/${match.personId}`}>
                {person === undefined
                  ? t('desk.person.openExisting')
                  : t('desk.person.openNamed', {
                      name: `${person.surname} ${person.givenName} ${person.patronymic ?? ''}`.trim(),
                      date: formatDate(person.birthDate),
                    })}
              </Link>{' '}
              <span>
                {match.reasons.map((reason) => env.say(DUPLICATE_MESSAGES, reason)).join('; ')}
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onRegisterAnyway}>
        {t('desk.person.registerAnyway')}
      </button>
    </div>
  );
}
