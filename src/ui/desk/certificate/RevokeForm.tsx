import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { CertificateRecord } from '../../../core/records/certificate';
import { useDraft } from '../../database/useDraft';
import { useDesk } from '../frame/DeskEnvironment';
import type { RevokeForm as RevokeFormValue } from '../../../desk/revokeCertificate';
import {
  DESK_REVOCATION_REASONS,
  REVOKE_MESSAGES,
  revokeCertificate,
} from '../../../desk/revokeCertificate';
import { RevocationFields, useRevocationCheck } from './RevocationFields';
import { FormError } from '../../components/FormError';

const formSchema = z.object({
  reason: z.enum([...DESK_REVOCATION_REASONS, '']),
  note: z.string(),
});
const EMPTY: RevokeFormValue = { reason: '', note: '' };

/**
 * Revoking an issued certificate: reason, note, then an explicit confirmation naming the
 * number, because the QR of every paper copy stops verifying and it cannot be undone. The
 * typed form is a draft, so a half-filled revocation reopens after a reload.
 */
export function RevokeForm({ certificate }: { readonly certificate: CertificateRecord }) {
  const { t } = useTranslation();
  const env = useDesk();
  const draft = useDraft<RevokeFormValue>(`desk:revoke:${certificate.id}`, formSchema, EMPTY);
  const [open, setOpen] = useState(false);
  const form = draft.value;
  const { problemOf, edit, check, confirming, setConfirming, setProblem, error, setError } =
    useRevocationCheck(form, draft.update, (problem) => env.say(REVOKE_MESSAGES, problem));

  async function confirm() {
    const revoked = await revokeCertificate(env, certificate, form);
    if (revoked.ok) {
      await draft.discard();
      return;
    }
    setConfirming(false);
    const reason = revoked.reason;
    if (reason === 'reason-missing' || reason === 'note-missing' || reason === 'note-too-long') {
      setProblem(reason);
    } else {
      setError(env.say(REVOKE_MESSAGES, reason));
    }
  }

  function close() {
    setOpen(false);
    setConfirming(false);
    setProblem(undefined);
    void draft.discard().then(() => {
      draft.update(EMPTY);
    });
  }

  if (!open && form.reason === '' && form.note === '') {
    return (
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('desk.certificates.revoke')}
        </button>
      </div>
    );
  }

  return (
    <div className="subform" data-testid="revoke-form">
      <RevocationFields
        id={`revoke-${certificate.id}`}
        form={form}
        texts="desk.revoke"
        problemOf={problemOf}
        onChange={edit}
      />
      <FormError message={error} />
      {confirming ? (
        <div className="notice" role="alert">
          <p>{t('desk.revoke.question', { number: certificate.number })}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void confirm()}>
              {t('desk.revoke.confirm')}
            </button>
            <button type="button" onClick={close}>
              {t('desk.revoke.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="danger" onClick={check}>
            {t('desk.revoke.check')}
          </button>
          <button type="button" onClick={close}>
            {t('desk.revoke.keep')}
          </button>
        </div>
      )}
    </div>
  );
}
