import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/bilingual';
import { DEFAULT_CERTIFICATE_TERRITORY } from '../../../core/clinic/commission';
import type { Clinic } from '../../../core/clinic/settings';
import { INTERPRETATION_LABELS } from '../../../core/lab/interpret';
import { formatDocument } from '../../../core/person/document';
import type { CertificateRecord } from '../../../core/records/certificate';
import type { PersonRecord } from '../../../core/records/person';
import type { CertificateStanding } from '../../../desk/queries';
import { formatDate, formatDateTime } from '../frame/format';
import { measuredValueLine } from '../lab/kitWords';
import { CertificateSignatures } from './CertificateSignatures';
import { CertificateVoidBanner } from './CertificateVoidBanner';
import { QrFigure } from './QrFigure';

type CertificateDocumentProps = {
  readonly certificate: CertificateRecord;
  readonly person: PersonRecord;
  readonly memberName: string | undefined;
  /**
   * A revoked certificate prints crossed out with the reason and without its QR; what the
   * banner says of the QR follows the revocation's own sync state (CertificateStanding in
   * deskQueries.ts).
   */
  readonly standing: CertificateStanding;
  readonly clinic: Clinic;
  readonly utcOffsetMinutes: number;
};

type Row = { readonly ru: [string, string]; readonly en: [string, string] };

/**
 * The certificate itself: a form of its own, not a lab report — a titled, numbered document
 * of the clinic's medical commission with its conclusion, validity, the kit (maker and
 * registration certificate), the commission's signatures, seal and QR, and the territory
 * where it is valid (the clinic's settings; Kamchatka Krai by default). Both languages always,
 * whatever the screen's language, so a holder or verifier who reads no Russian can read it;
 * it says nothing of validity outside the stated territory (issue #11).
 */
export function CertificateDocument({
  certificate,
  person,
  memberName,
  standing,
  clinic,
  utcOffsetMinutes,
}: CertificateDocumentProps) {
  const { i18n } = useTranslation();
  const ru = i18n.getFixedT('ru');
  const en = i18n.getFixedT('en');
  const test = certificate.test;
  const revocation =
    standing.state === 'in-force' || standing.state === 'voided'
      ? undefined
      : standing.revocation.record;
  // Refused for good by the register, which put its card on the CRL: as void as revoked.
  const voided = standing.state === 'voided';
  const crossedOut = revocation !== undefined || voided;
  // Until the register has the revocation, the QR still passes at the door: say so.
  const revokedText =
    standing.state === 'revocation-waiting'
      ? 'revokingOn'
      : standing.state === 'revocation-refused'
        ? 'revocationRefusedOn'
        : 'revokedOn';
  const valueIn = (t: typeof ru, language: Language) =>
    test.value === undefined ? undefined : measuredValueLine(t, language, test.value, test.unit);
  // "дд.мм.гггг" of the issue instant in the clinic's time zone.
  const issued = formatDateTime(certificate.issuedAt, utcOffsetMinutes).slice(0, 10);
  const revokedOn =
    revocation === undefined ? '' : formatDateTime(revocation.at, utcOffsetMinutes).slice(0, 10);
  const cyrillicName = `${person.surname} ${person.givenName} ${person.patronymic ?? ''}`.trim();
  const latinName = `${person.surnameLatin} ${person.givenNameLatin}`;
  const testText = (t: typeof ru) =>
    `${test.kitName}; ${t(`desk.antibodyClass.${test.antibodyClass}`)}${
      test.target === null ? '' : `, ${t(`desk.target.${test.target}`)}`
    }; ${t(`desk.method.${test.method}`)}; LOINC ${test.loinc}`;
  const kitMaker = (t: typeof ru) =>
    t('desk.certificateDoc.kitMaker', {
      manufacturer: test.manufacturer ?? '—',
      registration: test.registrationNumber ?? '—',
    });
  const protocol = (t: typeof ru) =>
    certificate.protocolDate === undefined
      ? t('desk.certificateDoc.protocolNo', { number: certificate.protocolNumber })
      : t('desk.certificateDoc.protocolOf', {
          number: certificate.protocolNumber,
          date: formatDate(certificate.protocolDate),
        });
  const rows: Row[] = [
    {
      ru: [ru('desk.certificateDoc.name'), cyrillicName],
      en: [en('desk.certificateDoc.name'), latinName],
    },
    {
      ru: [ru('desk.certificateDoc.birthDate'), formatDate(person.birthDate)],
      en: [en('desk.certificateDoc.birthDate'), formatDate(person.birthDate)],
    },
    {
      ru: [
        ru('desk.certificateDoc.document'),
        `${ru(`desk.documentType.${person.document.type}`)} ${formatDocument(person.document)}`,
      ],
      en: [
        en('desk.certificateDoc.document'),
        `${en(`desk.documentType.${person.document.type}`)} ${formatDocument(person.document)}`,
      ],
    },
    {
      ru: [ru('desk.certificateDoc.test'), testText(ru)],
      en: [en('desk.certificateDoc.test'), testText(en)],
    },
    // A certificate issued before issue #11 has no maker or РУ in its snapshot: no row.
    ...(test.manufacturer === undefined && test.registrationNumber === undefined
      ? []
      : [
          {
            ru: [ru('desk.certificateDoc.kit'), kitMaker(ru)],
            en: [en('desk.certificateDoc.kit'), kitMaker(en)],
          } satisfies Row,
        ]),
    {
      ru: [ru('desk.certificateDoc.sampleDate'), formatDate(test.sampleDate)],
      en: [en('desk.certificateDoc.sampleDate'), formatDate(test.sampleDate)],
    },
    {
      ru: [
        ru('desk.certificateDoc.result'),
        [valueIn(ru, 'ru'), INTERPRETATION_LABELS[test.interpretation].ru]
          .filter(Boolean)
          .join(' — '),
      ],
      en: [
        en('desk.certificateDoc.result'),
        [valueIn(en, 'en'), INTERPRETATION_LABELS[test.interpretation].en]
          .filter(Boolean)
          .join(' — '),
      ],
    },
  ];
  const validity: Row =
    certificate.validUntil === undefined
      ? {
          ru: [
            ru('desk.certificateDoc.validity'),
            ru('desk.certificateDoc.absenceValidity', { date: formatDate(test.sampleDate) }),
          ],
          en: [
            en('desk.certificateDoc.validity'),
            en('desk.certificateDoc.absenceValidity', { date: formatDate(test.sampleDate) }),
          ],
        }
      : {
          ru: [
            ru('desk.certificateDoc.validity'),
            ru('desk.certificateDoc.validUntil', { date: formatDate(certificate.validUntil) }),
          ],
          en: [
            en('desk.certificateDoc.validity'),
            en('desk.certificateDoc.validUntil', { date: formatDate(certificate.validUntil) }),
          ],
        };
  const closing: Row[] = [
    validity,
    {
      ru: [ru('desk.certificateDoc.issued'), issued],
      en: [en('desk.certificateDoc.issued'), issued],
    },
    {
      ru: [ru('desk.certificateDoc.protocol'), protocol(ru)],
      en: [en('desk.certificateDoc.protocol'), protocol(en)],
    },
  ];
  const renderRow = (row: Row, index: number) => (
    <div className="cert-row" key={index}>
      <div lang="ru">
        <span className="cert-label">{row.ru[0]}</span>
        <span className="cert-value">{row.ru[1]}</span>
      </div>
      <div lang="en">
        <span className="cert-label">{row.en[0]}</span>
        <span className="cert-value">{row.en[1]}</span>
      </div>
    </div>
  );
  const decision = certificate.decision;
  return (
    <article
      className={`a4 certificate${crossedOut ? ' cert-revoked' : ''}`}
      lang="ru"
      aria-labelledby="certificate-title"
      data-testid="certificate-document"
    >
      <header className="cert-head">
        <div lang="ru">
          <strong>{clinic.nameRu}</strong>
          <span>{clinic.address}</span>
        </div>
        <div lang="en">
          <strong>{clinic.nameEn}</strong>
          <span>
            {ru('desk.certificateDoc.country')} / {en('desk.certificateDoc.country')}
          </span>
        </div>
      </header>
      {revocation !== undefined && (
        <CertificateVoidBanner
          testId="certificate-revoked"
          lines={{
            ru: ru(`desk.certificateDoc.${revokedText}`, {
              date: revokedOn,
              reason: ru(`desk.certificateDoc.revocationReason.${revocation.reason}`),
            }),
            en: en(`desk.certificateDoc.${revokedText}`, {
              date: revokedOn,
              reason: en(`desk.certificateDoc.revocationReason.${revocation.reason}`),
            }),
          }}
        />
      )}
      {voided && (
        <CertificateVoidBanner
          testId="certificate-voided"
          lines={{
            ru: ru('desk.certificateDoc.voidedByRegister'),
            en: en('desk.certificateDoc.voidedByRegister'),
          }}
        />
      )}
      {certificate.duplicateOf !== undefined && (
        <p className="cert-duplicate">
          <span lang="ru">{ru('desk.certificateDoc.duplicate')}</span> /{' '}
          <span lang="en">{en('desk.certificateDoc.duplicate')}</span>
        </p>
      )}
      <h1 id="certificate-title" className="cert-title">
        <span lang="ru">
          {ru('desk.certificateDoc.title')}
          <small>{ru(`desk.certificateDoc.subtitle.${decision}`)}</small>
          <span className="cert-number">№ {certificate.number}</span>
        </span>
        <span lang="en">
          {en('desk.certificateDoc.title')}
          <small>{en(`desk.certificateDoc.subtitle.${decision}`)}</small>
          <span className="cert-number">No. {certificate.number}</span>
        </span>
      </h1>
      <div className="cert-rows">{rows.map(renderRow)}</div>
      <div className="cert-row cert-conclusion">
        <div lang="ru">
          <span className="cert-label">{ru('desk.certificateDoc.conclusion')}</span>
          <strong>{ru(`desk.certificateDoc.conclusionText.${decision}`)}</strong>
        </div>
        <div lang="en">
          <span className="cert-label">{en('desk.certificateDoc.conclusion')}</span>
          <strong>{en(`desk.certificateDoc.conclusionText.${decision}`)}</strong>
        </div>
      </div>
      <div className="cert-rows">{closing.map(renderRow)}</div>
      <p className="cert-territory" lang="ru" data-testid="certificate-territory">
        {clinic.settings.certificateTerritory ?? DEFAULT_CERTIFICATE_TERRITORY}
      </p>
      <footer className="cert-foot">
        <CertificateSignatures certificate={certificate} memberName={memberName} />
        <figure className="cert-qr">
          {crossedOut ? (
            // A void paper carries no scannable code: a verifier whose revocation list is
            // older than the revocation would still pass it.
            <div className="qr qr-placeholder" data-testid="certificate-qr-revoked">
              <span lang="ru">{ru('desk.certificateDoc.qrRevoked')}</span> /{' '}
              <span lang="en">{en('desk.certificateDoc.qrRevoked')}</span>
            </div>
          ) : certificate.shcJws === undefined ? (
            <div className="qr qr-placeholder">{ru('desk.certificateDoc.noQr')}</div>
          ) : (
            <QrFigure jws={certificate.shcJws} number={certificate.number} />
          )}
          <figcaption>
            <span lang="ru">{ru('desk.certificateDoc.qrCaption')}</span>
            <span lang="en">{en('desk.certificateDoc.qrCaption')}</span>
          </figcaption>
        </figure>
      </footer>
      <p className="doc-footnote">
        <span lang="ru">{ru('desk.certificateDoc.notLabReport')}</span>{' '}
        <span lang="en">{en('desk.certificateDoc.notLabReport')}</span>
      </p>
    </article>
  );
}
