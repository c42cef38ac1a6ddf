import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { staffName } from '../../../storage/deskQueries';
import { readRecord, recordsWhere } from '../../../storage/records';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { formatDateTime } from '../frame/format';
import { PrintBar } from '../frame/PrintBar';
import { useLiveQuery } from '../frame/useLiveQuery';
import { CertificateDocument } from './CertificateDocument';
import { QrDownloads } from './QrDownloads';

/**
 * The certificate's print view: one A4 page, Russian and English side by side. A revoked
 * certificate prints crossed out and marked, so the paper cannot pass for a valid one.
 */
export function CertificatePrint() {
  const { t } = useTranslation();
  const env = useDesk();
  const { certificateId = '' } = useParams();
  const loaded = useLiveQuery(async () => {
    const certificate = await readRecord(env.db, 'certificate', certificateId);
    if (certificate === undefined) return undefined;
    const record = certificate.record;
    const [person, revocations, memberName] = await Promise.all([
      readRecord(env.db, 'person', record.personId),
      recordsWhere(env.db, 'revocation', 'certificateId', record.duplicateOf ?? record.id),
      staffName(env.db, record.commissionMemberId),
    ]);
    return {
      certificate: record,
      person: person?.record,
      revocation: revocations[0]?.record,
      memberName,
    };
  }, [env.db, certificateId]);
  if (!loaded.loaded) return <p role="status">{t('desk.loading')}</p>;
  const found = loaded.value;
  if (found?.person === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.certificate.missing')} />;
  }
  const { certificate } = found;
  return (
    <>
      <PrintBar back={`/desk/case/${certificate.applicationId}`}>
        {certificate.shcJws !== undefined && (
          <QrDownloads jws={certificate.shcJws} number={certificate.number} />
        )}
      </PrintBar>
      {found.revocation !== undefined && (
        <p className="notice no-print" role="alert">
          {t('desk.certificate.revokedNotice', {
            date: formatDateTime(found.revocation.at, env.utcOffsetMinutes).slice(0, 10),
            reason: t(`desk.certificateDoc.revocationReason.${found.revocation.reason}`),
          })}
        </p>
      )}
      <CertificateDocument
        certificate={certificate}
        person={found.person}
        memberName={found.memberName}
        revocation={found.revocation}
        clinic={env.clinic}
        utcOffsetMinutes={env.utcOffsetMinutes}
      />
    </>
  );
}
