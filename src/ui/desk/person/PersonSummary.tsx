import { useTranslation } from 'react-i18next';
import { formatDocument } from '../../../core/person/document';
import type { PersonRecord } from '../../../core/records/person';
import { formatDate } from '../frame/format';

/** One line a clerk compares with the document in hand: name, birth date, document. */
export function PersonSummary({ person }: { readonly person: PersonRecord }) {
  const { t } = useTranslation();
  return (
    <span className="person-summary">
      <strong>
        {person.surname} {person.givenName} {person.patronymic ?? ''}
      </strong>
      <span>
        {t('desk.person.bornShort', { date: formatDate(person.birthDate) })} ·{' '}
        {t(`desk.documentType.${person.document.type}`)} {formatDocument(person.document)}
      </span>
    </span>
  );
}
