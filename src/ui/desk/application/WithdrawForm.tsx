import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { DeskStatement } from '../../../desk/queries';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useDraft } from '../../database/useDraft';
import { useDesk } from '../frame/DeskEnvironment';
import {
  WITHDRAW_MESSAGES,
  withdrawStatement,
  withdrawBlocker,
} from '../../../desk/withdrawStatement';

const reasonSchema = z.string();

/**
 * The citizen changes their mind before paying: the statement is withdrawn with their reason.
 * With a paid contract the form is not offered; the words say to refund first.
 */
export function WithdrawForm({ statement }: { readonly statement: DeskStatement }) {
  const { t } = useTranslation();
  const env = useDesk();
  const application = statement.application.record;
  const draft = useDraft(`desk:withdraw:${application.id}`, reasonSchema, '');
  const [open, setOpen] = useState(false);
  const [fieldError, setFieldError] = useState<string>();
  const [error, setError] = useState<string>();
  const blocker = withdrawBlocker(statement);
  if (blocker === 'contract-paid') {
    return <p className="field-hint">{env.say(WITHDRAW_MESSAGES, blocker)}</p>;
  }
  if (blocker !== undefined) return null;
  if (!open && draft.value.trim() === '') {
    return (
      <button
        type="button"
        onClick={() => {
          setOpen(true);
        }}
      >
        {t('desk.statement.withdraw')}
      </button>
    );
  }

  async function confirm() {
    setFieldError(undefined);
    setError(undefined);
    const withdrawn = await withdrawStatement(env, statement, draft.value);
    if (withdrawn.ok) {
      await draft.discard();
      return;
    }
    const message = env.say(WITHDRAW_MESSAGES, withdrawn.reason);
    if (withdrawn.reason === 'reason-missing' || withdrawn.reason === 'reason-too-long') {
      setFieldError(message);
    } else {
      setError(message);
    }
  }

  return (
    <div className="subform">
      <p>{t('desk.statement.withdrawIntro')}</p>
      <TextField
        id={`withdraw-reason-${application.id}`}
        label={t('desk.statement.withdrawReason')}
        value={draft.value}
        maxLength={500}
        error={fieldError}
        onChange={draft.update}
      />
      <FormError message={error} />
      <div className="actions">
        <button type="button" className="danger" onClick={() => void confirm()}>
          {t('desk.statement.confirmWithdraw')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            setFieldError(undefined);
            void draft.discard().then(() => {
              draft.update('');
            });
          }}
        >
          {t('desk.statement.keep')}
        </button>
      </div>
    </div>
  );
}
