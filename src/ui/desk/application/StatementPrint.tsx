import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDocument } from '../../../core/person/document';
import { loadCase } from '../../../storage/deskQueries';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { formatDate } from '../frame/format';
import { PrintBar } from '../frame/PrintBar';
import { useLiveQuery } from '../frame/useLiveQuery';

/** The statement on one A4 page, filled in, for the citizen's handwritten signature. */
export function StatementPrint() {
  const { t } = useTranslation();
  const env = useDesk();
  const { applicationId = '' } = useParams();
  const loaded = useLiveQuery(() => loadCase(env.db, applicationId), [env.db, applicationId]);
  if (!loaded.loaded) return <p role="status">{t('desk.loading')}</p>;
  const deskCase = loaded.value;
  const person = deskCase?.person?.record;
  if (deskCase === undefined || person === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.case.missing')} />;
  }
  const application = deskCase.application.record;
  const clinicName = env.language === 'en' ? env.clinic.nameEn : env.clinic.nameRu;
  const fullName = `${person.surname} ${person.givenName} ${person.patronymic ?? ''}`.trim();
  return (
    <>
      <PrintBar back={`/desk/case/${application.id}`} />
      <article className="a4 statement" aria-labelledby="statement-title">
        <p className="statement-to">
          {t('desk.statementPrint.to', { clinic: clinicName })}
          <br />
          {t('desk.statementPrint.from', { name: fullName })}
          <br />
          {t('desk.statementPrint.born', { date: formatDate(person.birthDate) })}
          <br />
          {t(`desk.documentType.${person.document.type}`)}: {formatDocument(person.document)}
        </p>
        <h1 id="statement-title" className="doc-title">
          {t('desk.statementPrint.title')}
        </h1>
        <p>{t('desk.statementPrint.request')}</p>
        <p>
          <span aria-hidden="true">☐ </span>
          {t('desk.statementPrint.personalData', {
            clinic: clinicName,
            address: env.clinic.address,
          })}
        </p>
        <p>
          <span aria-hidden="true">☐ </span>
          {t('desk.statementPrint.paidService')}
        </p>
        <p>{t('desk.statementPrint.informed')}</p>
        <div className="signature-row">
          <span>{t('desk.statementPrint.date', { date: formatDate(application.date) })}</span>
          <span className="signature-line">{t('desk.statementPrint.signature')}</span>
        </div>
        <p className="doc-footnote">
          {t('desk.statementPrint.accepted', { name: env.staff.displayName })}
        </p>
      </article>
    </>
  );
}
