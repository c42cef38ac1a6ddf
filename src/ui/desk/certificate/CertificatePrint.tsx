import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { OP_REJECT_MESSAGES } from '../../../core/protocol/sync';
import { loadCertificate } from '../../../desk/queries';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { formatDateTime } from '../frame/format';
import { PrintBar } from '../frame/PrintBar';
import { useLiveQuery } from '../frame/useLiveQuery';
import { CertificateDocument } from './CertificateDocument';
import { QrDownloads } from './QrDownloads';
import { LiveWait } from '../frame/LiveWait';

// What the screen says above a revoked certificate, by where its revocation stands.
const NOTICE = {
  'revocation-waiting': 'desk.certificate.revokingNotice',
  'revocation-refused': 'desk.certificate.revocationRefusedNotice',
  revoked: 'desk.certificate.revokedNotice',
} as const;

/**
 * The certificate's print view: one A4 page, Russian and English side by side. A revoked
 * certificate prints crossed out and marked, with no QR and no QR download, so the paper
 * cannot pass for a valid one; it says its QR no longer passes only once the register has
 * acknowledged the revocation.
 */
export function CertificatePrint() {
  const { t } = useTranslation();
  const env = useDesk();
  const { certificateId = '' } = useParams();
  const loaded = useLiveQuery(() => loadCertificate(env, certificateId), [env.db, certificateId]);
  if (!loaded.loaded) return <LiveWait live={loaded} />;
  const found = loaded.value;
  if (found?.person === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.certificate.missing')} />;
  }
  const { certificate, standing } = found;
  return (
    <>
      <PrintBar back={`/desk/statement/${certificate.applicationId}`}>
        {/* A revoked card is never handed out again, whatever its revocation's sync state. */}
        {certificate.shcJws !== undefined && standing.state === 'in-force' && (
          <QrDownloads jws={certificate.shcJws} number={certificate.number} />
        )}
      </PrintBar>
      {standing.state === 'voided' && (
        <p className="notice no-print" role="alert" data-testid="certificate-revoked-notice">
          {t('desk.certificate.voidedNotice', {
            reason: env.say(OP_REJECT_MESSAGES, standing.reason),
          })}
        </p>
      )}
      {standing.state !== 'in-force' && standing.state !== 'voided' && (
        <p className="notice no-print" role="alert" data-testid="certificate-revoked-notice">
          {t(NOTICE[standing.state], {
            date: formatDateTime(standing.revocation.record.at, env.utcOffsetMinutes).slice(0, 10),
            reason: t(`desk.certificateDoc.revocationReason.${standing.revocation.record.reason}`),
          })}
        </p>
      )}
      <CertificateDocument
        certificate={certificate}
        person={found.person}
        memberName={found.memberName}
        standing={standing}
        clinic={env.clinic}
        utcOffsetMinutes={env.utcOffsetMinutes}
      />
    </>
  );
}
