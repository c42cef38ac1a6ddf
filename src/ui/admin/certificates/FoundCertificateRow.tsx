import { useTranslation } from 'react-i18next';
import type { FoundCertificate } from '../../../core/protocol/adminCertificates';
import { dottedDate } from '../../../core/records/calendarDate';
import { isRevocable } from './foundCertificates';
import { regionDay as day } from './regionDay';

type FoundCertificateRowProps = {
  readonly certificate: FoundCertificate;
  readonly disabled: boolean;
  readonly onRevoke: () => void;
};

/** One certificate found: who, where, what it says, whether it stands, and its transfer. */
export function FoundCertificateRow({ certificate, disabled, onRevoke }: FoundCertificateRowProps) {
  const { t } = useTranslation();
  const { revocation, supersededBy } = certificate;
  let state: string;
  if (revocation !== null) {
    state = t('admin.certificates.revokedOn', {
      date: day(revocation.at),
      reason: [t(`desk.certificateDoc.revocationReason.${revocation.reason}`), revocation.note]
        .filter(Boolean)
        .join(' — '),
    });
  } else if (supersededBy?.kind === 'correction') {
    state = t('admin.certificates.supersededByCorrection', { number: supersededBy.number });
  } else if (supersededBy?.kind === 'duplicate') {
    state = t('admin.certificates.supersededByDuplicate', { date: day(supersededBy.issuedAt) });
  } else {
    state = t('admin.certificates.valid');
  }
  return (
    <tr data-testid="admin-certificate-row" data-state={certificate.state}>
      <td>
        {certificate.number}
        {certificate.duplicateOf !== null && ` (${t('admin.certificates.duplicate')})`}
      </td>
      <td>
        {certificate.person.fullName}, {dottedDate(certificate.person.birthDate)}
      </td>
      <td>{certificate.clinic.code}</td>
      <td>
        <div>{day(certificate.issuedAt)}</div>
        <div>{t(`admin.certificates.decision.${certificate.decision}`)}</div>
        <div>
          {certificate.validUntil === null
            ? t('admin.certificates.noValidity')
            : t('admin.certificates.validUntilShort', { date: dottedDate(certificate.validUntil) })}
        </div>
      </td>
      <td className={certificate.state === 'revoked' ? 'revoked-mark' : undefined}>{state}</td>
      <td>
        {certificate.transfer.length === 0
          ? t('admin.certificates.transferNone')
          : certificate.transfer.map((item) => (
              <div key={item.event}>
                {t(`admin.certificates.transferItem.${item.state}`, {
                  event: t(`admin.certificates.transferEvent.${item.event}`),
                  date: item.settledAt === null ? '' : day(item.settledAt),
                  id: item.externalId ?? '',
                  reason: item.reason ?? '',
                })}
              </div>
            ))}
      </td>
      <td>
        {isRevocable(certificate) && (
          <button type="button" className="danger" disabled={disabled} onClick={onRevoke}>
            {t('admin.certificates.revoke')}
          </button>
        )}
      </td>
    </tr>
  );
}
