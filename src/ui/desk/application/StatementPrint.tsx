import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { declinedName } from '../../../core/person/declension';
import { formatDocument } from '../../../core/person/document';
import { loadStatement } from '../../../desk/queries';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { formatDate } from '../frame/format';
import { PrintBar } from '../frame/PrintBar';
import { useLiveQuery } from '../frame/useLiveQuery';
import { useLocale } from '../../i18n/useLocale';
import { LiveWait } from '../frame/LiveWait';
import { personalDataConsent } from '../consent/personalDataConsent';
import '../consent/consent.css';
import { minorStanding } from '../../../core/person/minorRules';
import { representativePassages } from './representativePassages';
import './representative.css';

/** One passage of the statement: the Russian text signed, and its English translation. */
type Passage = {
  readonly ru: string;
  readonly en: string;
  readonly box?: boolean;
  /** A passage of the personal-data consent, in its smaller type (consent.css). */
  readonly consent?: boolean;
};

/**
 * The statement on one A4 page, filled in, for the citizen's handwritten signature. It is
 * always the Russian text — a Russian citizen signs it at a Russian clinic — whatever the
 * screen's language; on an English desk each passage is followed by its English translation,
 * marked as such, so the clerk and the citizen can read what is signed (docs/DESK.md).
 */
export function StatementPrint() {
  const { t, i18n } = useTranslation();
  const { language } = useLocale();
  const ru = i18n.getFixedT('ru');
  const en = i18n.getFixedT('en');
  const env = useDesk();
  const { applicationId = '' } = useParams();
  const loaded = useLiveQuery(() => loadStatement(env, applicationId), [env.db, applicationId]);
  if (!loaded.loaded) return <LiveWait live={loaded} />;
  const statement = loaded.value;
  const person = statement?.person?.record;
  if (statement === undefined || person === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.statementScreen.missing')} />;
  }
  const translated = language === 'en';
  const application = statement.application.record;
  const { nameRu, nameEn } = env.clinic;
  const fullName = `${person.surname} ${person.givenName} ${person.patronymic ?? ''}`.trim();
  // «от» takes the genitive (от Ивановой Марии Петровны); the translation keeps the nominative.
  const fromName = declinedName(person, 'genitive').text;
  const born = formatDate(person.birthDate);
  const document = formatDocument(person.document);
  // A minor's statement is «от <представителя> в интересах <ребёнка>» under 14, and carries
  // the representative's consent from 14 (representativePassages.ts).
  const party = representativePassages(
    person,
    application.representative,
    minorStanding(person.birthDate, application.date),
    ru,
    en,
  );
  const addressee: Passage[] = [
    {
      ru: ru('desk.statementPrint.to', { clinic: nameRu }),
      en: en('desk.statementPrint.to', { clinic: nameEn }),
    },
    ...(application.representative === undefined
      ? [
          {
            ru: ru('desk.statementPrint.from', { name: fromName }),
            en: en('desk.statementPrint.from', { name: fullName }),
          },
        ]
      : party.from),
    {
      ru: ru('desk.statementPrint.born', { date: born }),
      en: en('desk.statementPrint.born', { date: born }),
    },
    {
      ru: `${ru(`desk.documentType.${person.document.type}`)}: ${document}`,
      en: `${en(`desk.documentType.${person.document.type}`)}: ${document}`,
    },
  ];
  const body: Passage[] = [
    party.request ?? {
      ru: ru('desk.statementPrint.request'),
      en: en('desk.statementPrint.request'),
    },
    // The personal-data consent: every element of 152-ФЗ ст. 9 ч. 4 (personalDataConsent.ts).
    ...personalDataConsent({
      person,
      representative: application.representative,
      representativeGives:
        minorStanding(person.birthDate, application.date).contractParty === 'representative',
      clinic: env.clinic,
    }).map((passage, index) => ({ ...passage, box: index === 0 })),
    {
      ru: ru('desk.statementPrint.paidService'),
      en: en('desk.statementPrint.paidService'),
      box: true,
    },
    { ru: ru('desk.statementPrint.informed'), en: en('desk.statementPrint.informed') },
  ];
  const translation = (text: string) =>
    translated && (
      <span lang="en" className="statement-translation">
        {text}
      </span>
    );
  return (
    <>
      <PrintBar back={`/desk/statement/${application.id}`} />
      <article
        className={`a4 statement${translated ? ' statement-translated' : ''}`}
        lang="ru"
        aria-labelledby="statement-title"
        data-testid="statement-document"
      >
        <p className="statement-to">
          {addressee.map((line) => (
            <span key={line.ru} className="statement-line">
              {line.ru}
              {translation(line.en)}
            </span>
          ))}
        </p>
        <h1 id="statement-title" className="doc-title">
          {ru('desk.statementPrint.title')}
        </h1>
        {translated && (
          <p className="statement-translation-note">
            <span lang="en" className="statement-translation-title">
              {en('desk.statementPrint.title')}
            </span>
            {ru('desk.statementPrint.translationNote')}{' '}
            <span lang="en">{en('desk.statementPrint.translationNote')}</span>
          </p>
        )}
        {body.map((passage) => (
          <p
            key={passage.ru}
            className={passage.consent === true ? 'statement-consent' : undefined}
          >
            {passage.box === true && <span aria-hidden="true">☐ </span>}
            {passage.ru}
            {translation(passage.en)}
          </p>
        ))}
        {party.consent !== undefined && (
          <p className="representative-consent" data-testid="representative-consent">
            {party.consent.text.ru}
            {translation(party.consent.text.en)}
          </p>
        )}
        <div className="signature-row">
          <span>
            {ru('desk.statementPrint.date', { date: formatDate(application.date) })}
            {translation(en('desk.statementPrint.date', { date: formatDate(application.date) }))}
          </span>
          <span className="signature-line">
            {party.signature?.ru ?? ru('desk.statementPrint.signature')}
            {translation(party.signature?.en ?? en('desk.statementPrint.signature'))}
          </span>
          {party.consent !== undefined && (
            <span className="signature-line">
              {party.consent.signature.ru}
              {translation(party.consent.signature.en)}
            </span>
          )}
        </div>
        <p className="doc-footnote">
          {ru('desk.statementPrint.accepted', { name: env.staff.displayName })}
          {translation(en('desk.statementPrint.accepted', { name: env.staff.displayName }))}
        </p>
      </article>
    </>
  );
}
