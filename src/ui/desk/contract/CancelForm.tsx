import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ContractRecord } from '../../../core/records/contract';
import { cancelContract } from '../../../desk/contract';
import { WRITE_MESSAGES } from '../../../desk/writeFailure';
import { TextField } from '../../components/TextField';
import { useDraft } from '../../database/useDraft';
import { useDesk } from '../frame/DeskEnvironment';

const reasonSchema = z.string();

/** Refund of a paid contract, or cancellation of an unpaid one; the reason is required. */
export function CancelForm({ contract }: { readonly contract: ContractRecord }) {
  const { t } = useTranslation();
  const env = useDesk();
  const draft = useDraft(`desk:cancel:${contract.id}`, reasonSchema, '');
  const [open, setOpen] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string>();
  const refund = contract.status === 'paid';
  const reason = draft.value.trim();
  if (!open && reason === '') {
    return (
      <button
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        {refund ? t('desk.contract.refund') : t('desk.contract.cancel')}
      </button>
    );
  }

  async function confirm() {
    setSubmitted(true);
    if (reason === '') return;
    const written = await cancelContract(env, contract, reason);
    if (written.ok) await draft.discard();
    else setError(env.say(WRITE_MESSAGES, written.reason));
  }

  return (
    <div className="subform">
      <TextField
        id={`cancel-reason-${contract.id}`}
        label={refund ? t('desk.contract.refundReason') : t('desk.contract.cancelReason')}
        value={draft.value}
        maxLength={500}
        error={submitted && reason === '' ? t('desk.contract.reasonMissing') : undefined}
        onChange={draft.update}
      />
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="danger" onClick={() => void confirm()}>
          {refund ? t('desk.contract.confirmRefund') : t('desk.contract.confirmCancel')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            void draft.discard().then(() => {
              draft.update('');
            });
          }}
        >
          {t('desk.contract.keep')}
        </button>
      </div>
    </div>
  );
}
