import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FoundCertificate } from '../../../core/protocol/adminCertificates';
import type { RevokeForm } from '../../../desk/revokeCertificate';
import { checkRevokeForm, REVOKE_MESSAGES } from '../../../desk/revokeCertificate';
import type { AdminRevoked } from '../../../sync/admin/certificates';
import { revokeAdminCertificate } from '../../../sync/admin/certificates';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import { RevocationFields, useRevocationCheck } from '../../desk/certificate/RevocationFields';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdmin } from '../AdminContext';
import { FormError } from '../../components/FormError';

type AdminRevokeFormProps = {
  readonly certificate: FoundCertificate;
  readonly onRevoked: (revoked: AdminRevoked) => void;
  readonly onClose: () => void;
};

/**
 * The ministry's revocation of one certificate: the desk's reasons and note rule
 * (desk/revokeCertificate.ts checkRevokeForm), then a confirmation naming the number and the
 * holder, because every copy's QR stops verifying and it cannot be undone.
 */
export function AdminRevokeForm({ certificate, onRevoked, onClose }: AdminRevokeFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = useAdmin();
  const [form, setForm] = useState<RevokeForm>({ reason: '', note: '' });
  const [busy, setBusy] = useState(false);
  const { problemOf, edit, check, confirming, setConfirming, setProblem, error, setError } =
    useRevocationCheck(form, setForm, (problem) => locale.pick(REVOKE_MESSAGES[problem]));

  async function confirm() {
    const checked = checkRevokeForm(form);
    if (!checked.ok) return;
    setBusy(true);
    try {
      const answer = await revokeAdminCertificate(registerTransport, token, certificate.id, {
        reason: checked.value.reason,
        ...(checked.value.note === undefined ? {} : { note: checked.value.note }),
      });
      if (answer.ok) {
        onRevoked(answer.value);
        return;
      }
      setConfirming(false);
      const note =
        answer.reason === 'refused' ? answer.issues.find((i) => i.path === 'note') : undefined;
      if (note !== undefined) setProblem('note-missing');
      else
        setError(
          t('admin.certificates.revokeFailed', {
            reason: locale.pick(adminFailureText(answer)),
          }),
        );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="subform" data-testid="admin-revoke-form">
      <h2>{t('admin.certificates.revokeTitle', { number: certificate.number })}</h2>
      <RevocationFields
        id={`admin-revoke-${certificate.id}`}
        form={form}
        texts="admin.certificates"
        problemOf={problemOf}
        onChange={edit}
      />
      <FormError message={error} />
      {busy && <p role="status">{t('admin.certificates.revoking')}</p>}
      {confirming ? (
        <div className="notice" role="alert">
          <p>
            {t('admin.certificates.confirmText', {
              number: certificate.number,
              person: certificate.person.fullName,
            })}
          </p>
          <div className="actions">
            <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
              {t('admin.certificates.confirm')}
            </button>
            <button type="button" disabled={busy} onClick={onClose}>
              {t('admin.certificates.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="danger" onClick={check}>
            {t('admin.certificates.next')}
          </button>
          <button type="button" onClick={onClose}>
            {t('admin.certificates.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
