import { useTranslation } from 'react-i18next';
import { formatDocument } from '../../../core/person/document';
import { formatOms } from '../../../core/person/oms';
import type { OmsNumber } from '../../../core/person/oms';
import type { Phone } from '../../../core/person/phone';
import { formatPhone } from '../../../core/person/phone';
import type { Snils } from '../../../core/person/snils';
import { formatSnils } from '../../../core/person/snils';
import type { PersonRecord } from '../../../core/records/person';
import { formatDate } from '../frame/format';

/** Everything recorded about a person, as a definition list. */
export function PersonDetails({ person }: { readonly person: PersonRecord }) {
  const { t } = useTranslation();
  const { issuedOn, issuedBy } = person.document;
  const rows: [string, string | undefined][] = [
    [t('desk.person.latinName'), `${person.surnameLatin} ${person.givenNameLatin}`],
    [t('desk.person.sex'), t(person.sex === 'male' ? 'desk.person.male' : 'desk.person.female')],
    [t('desk.person.birthDate'), formatDate(person.birthDate)],
    [
      t('desk.person.document'),
      [
        `${t(`desk.documentType.${person.document.type}`)} ${formatDocument(person.document)}`,
        ...(issuedOn === undefined || issuedBy === undefined
          ? []
          : [t('desk.person.documentIssued', { date: formatDate(issuedOn), issuer: issuedBy })]),
      ].join(', '),
    ],
    [
      t('desk.person.recorded.snils'),
      person.snils === undefined ? undefined : formatSnils(person.snils as Snils),
    ],
    [
      t('desk.person.recorded.oms'),
      person.oms === undefined ? undefined : formatOms(person.oms as OmsNumber),
    ],
    [
      t('desk.person.recorded.phone'),
      person.phone === undefined ? undefined : formatPhone(person.phone as Phone),
    ],
    [t('desk.person.recorded.address'), person.address],
  ];
  return (
    <dl className="facts">
      {rows
        .filter((row): row is [string, string] => row[1] !== undefined)
        .map(([label, value]) => (
          <div key={label} className="facts-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
