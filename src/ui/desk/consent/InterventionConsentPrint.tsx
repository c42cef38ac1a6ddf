import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { calendarDateAt } from '../../../core/records/calendarDate';
import { loadStatement } from '../../../desk/queries';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { formatDate } from '../frame/format';
import { LiveWait } from '../frame/LiveWait';
import { PrintBar } from '../frame/PrintBar';
import { useLiveQuery } from '../frame/useLiveQuery';
import { useLocale } from '../../i18n/useLocale';
import { interventionConsentDocument } from './interventionConsent';
import { interventionConsentSigner } from '../../../desk/interventionConsent';
import { interventionTextEn } from './interventionText.en';
import { interventionTextRu } from './interventionText.ru';
import { fill } from './fill';
import './consent.css';

/**
 * The ИДС to the blood draw on one A4 page, filled in, for the handwritten signatures of the
 * signer and the medical worker. Always the Russian text; on an English desk each passage is
 * followed by its translation, like the statement (StatementPrint.tsx). Dated the day it is
 * signed, or today while unsigned.
 */
export function InterventionConsentPrint() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const env = useDesk();
  const { applicationId = '' } = useParams();
  const loaded = useLiveQuery(() => loadStatement(env, applicationId), [env.db, applicationId]);
  if (!loaded.loaded) return <LiveWait live={loaded} />;
  const statement = loaded.value;
  const person = statement?.person?.record;
  if (statement === undefined || person === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.statementScreen.missing')} />;
  }
  const application = statement.application.record;
  const signedAt = application.interventionConsent?.signedAt;
  const day = calendarDateAt(
    signedAt === undefined ? env.now() : new Date(signedAt),
    env.utcOffsetMinutes,
  );
  const bySigner =
    application.interventionConsent?.signer ?? interventionConsentSigner(person, day);
  const doc = interventionConsentDocument({
    person,
    representative: bySigner === 'representative' ? application.representative : undefined,
    clinic: env.clinic,
  });
  const translated = language === 'en';
  const translation = (text: string) =>
    translated && (
      <span lang="en" className="statement-translation">
        {text}
      </span>
    );
  const date = formatDate(day);
  return (
    <>
      <PrintBar back={`/desk/statement/${application.id}`} />
      <article
        className={`a4 statement consent-doc${translated ? ' statement-translated' : ''}`}
        lang="ru"
        aria-labelledby="consent-title"
        data-testid="consent-document"
      >
        <h1 id="consent-title" className="doc-title">
          {interventionTextRu.title}
        </h1>
        <p className="consent-subtitle">
          {interventionTextRu.subtitle}
          {translation(`${interventionTextEn.title} ${interventionTextEn.subtitle}`)}
        </p>
        {[doc.opening, ...doc.body].map((passage) => (
          <p key={passage.ru}>
            {passage.ru}
            {translation(passage.en)}
          </p>
        ))}
        <div className="signature-row">
          <span className="signature-line">
            {fill(interventionTextRu.signatureOf, { name: doc.signerName })}
            {translation(fill(interventionTextEn.signatureOf, { name: doc.signerName }))}
          </span>
        </div>
        <div className="signature-row">
          <span className="signature-line">
            {interventionTextRu.worker}
            {translation(interventionTextEn.worker)}
          </span>
        </div>
        <p>
          {fill(interventionTextRu.date, { date })}
          {translation(fill(interventionTextEn.date, { date }))}
        </p>
      </article>
    </>
  );
}
