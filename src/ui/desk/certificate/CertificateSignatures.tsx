import { useTranslation } from 'react-i18next';
import type { CertificateRecord } from '../../../core/records/certificate';
import { formatDate } from '../frame/format';
import './certificateSignatures.css';

type CertificateSignaturesProps = {
  readonly certificate: CertificateRecord;
  /** The issuing member's name, for a certificate issued before the commission was recorded. */
  readonly memberName: string | undefined;
};

/**
 * Who signs the paper (issue #11): under the commission's order, a line for the chair and for
 * each member who took part, each with the name as the certificate copied it at issue, so a
 * reprint signs the same people; then the seal's place, "М. П.". A certificate issued before
 * the commission was recorded keeps its one line for the member who issued it.
 */
export function CertificateSignatures({ certificate, memberName }: CertificateSignaturesProps) {
  const { i18n } = useTranslation();
  const ru = i18n.getFixedT('ru');
  const en = i18n.getFixedT('en');
  const taken = certificate.commission;
  const stamp = (
    <p className="cert-stamp">
      <span lang="ru">{ru('desk.certificateDoc.stamp')}</span> /{' '}
      <span lang="en">{en('desk.certificateDoc.stamp')}</span>
    </p>
  );
  if (taken === undefined) {
    return (
      <div className="cert-sign">
        <p>
          <span lang="ru">{ru('desk.certificateDoc.member')}</span> /{' '}
          <span lang="en">{en('desk.certificateDoc.member')}</span>
        </p>
        <p className="signature-line">{memberName ?? ''}</p>
        {stamp}
      </div>
    );
  }
  const order = { number: taken.orderNumber, date: formatDate(taken.orderDate) };
  return (
    <div className="cert-sign" data-testid="certificate-signatures">
      <p className="cert-order">
        <span lang="ru">{ru('desk.certificateDoc.commissionOrder', order)}</span>
        <span lang="en">{en('desk.certificateDoc.commissionOrder', order)}</span>
      </p>
      <ol className="cert-signers">
        {taken.members.map((member) => (
          <li key={member.id} className="cert-signer">
            <span className="cert-signer-role">
              <span lang="ru">{ru(`desk.certificateDoc.${member.role}`)}</span> /{' '}
              <span lang="en">{en(`desk.certificateDoc.${member.role}`)}</span>
            </span>
            <span className="cert-signer-line" aria-hidden="true" />
            <span className="cert-signer-name">{member.name}</span>
          </li>
        ))}
      </ol>
      {stamp}
    </div>
  );
}
