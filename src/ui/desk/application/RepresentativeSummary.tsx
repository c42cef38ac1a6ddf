import { useTranslation } from 'react-i18next';
import { formatDocument } from '../../../core/person/document';
import type { Representative } from '../../../core/person/representative';
import { formatDate } from '../frame/format';

/** The legal representative recorded on a statement, as the statement screen shows them. */
export function RepresentativeSummary({
  representative,
}: {
  readonly representative: Representative;
}) {
  const { t } = useTranslation();
  const { document } = representative;
  const name = [representative.surname, representative.givenName, representative.patronymic]
    .filter((part) => part !== undefined)
    .join(' ');
  const shown = t('desk.representative.document', {
    type: t(`desk.documentType.${document.type}`),
    document: formatDocument(document),
  });
  const issued =
    document.issuedOn === undefined || document.issuedBy === undefined
      ? ''
      : `, ${t('desk.representative.issued', {
          date: formatDate(document.issuedOn),
          issuer: document.issuedBy,
        })}`;
  return (
    <div className="subform" data-testid="representative-summary">
      <p>
        <strong>
          {t('desk.representative.named', {
            name,
            basis: t(`desk.representative.basisOption.${representative.basis}`),
          })}
        </strong>
      </p>
      {representative.birthDate !== undefined && (
        <p>
          {t('desk.person.birthDate')}: {formatDate(representative.birthDate)}
        </p>
      )}
      <p>
        {shown}
        {issued}
      </p>
      <p>{t('desk.representative.basisOf', { document: representative.basisDocument })}</p>
    </div>
  );
}
