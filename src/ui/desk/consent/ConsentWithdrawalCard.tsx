import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { DeskStatement } from '../../../desk/queries';
import type { WithdrawableConsent } from '../../../desk/withdrawConsent';
import {
  CONSENT_WITHDRAWAL_MESSAGES,
  keptRecords,
  withdrawConsent,
} from '../../../desk/withdrawConsent';
import { TextField } from '../../components/TextField';
import { FormError } from '../../components/FormError';
import { useDraft } from '../../database/useDraft';
import { CheckField } from '../frame/CheckField';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { StepCard } from '../frame/StepCard';
import './consent.css';

const withdrawalFormSchema = z.object({
  personalData: z.boolean(),
  intervention: z.boolean(),
  reason: z.string(),
});

/**
 * The citizen withdraws a consent (152-ФЗ ст. 9 ч. 2; 323-ФЗ ст. 20 ч. 3): recorded on the
 * statement with what and when, and the case stops. Afterwards the card says so, and lists
 * what stays and the law that keeps it (desk/withdrawConsent.ts `keptRecords`).
 */
export function ConsentWithdrawalCard({ statement }: { readonly statement: DeskStatement }) {
  const { t } = useTranslation();
  const env = useDesk();
  const application = statement.application.record;
  const draft = useDraft(`desk:consent-withdrawal:${application.id}`, withdrawalFormSchema, {
    personalData: false,
    intervention: false,
    reason: '',
  });
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const withdrawal = application.consentWithdrawal;
  const title = t('desk.consentWithdrawal.title');

  if (withdrawal !== undefined) {
    const consents = withdrawal.consents
      .map((c) =>
        t(
          c === 'personal-data'
            ? 'desk.consentWithdrawal.personalData'
            : 'desk.consentWithdrawal.intervention',
        ),
      )
      .join('; ');
    return (
      <StepCard id="step-withdrawal" title={title} sync={statement.application.sync}>
        <p className="notice" data-testid="consent-withdrawn">
          {t('desk.consentWithdrawal.recorded', {
            at: formatDateTime(withdrawal.withdrawnAt, env.utcOffsetMinutes),
            consents,
          })}
        </p>
        {withdrawal.reason !== undefined && (
          <p>{t('desk.consentWithdrawal.reasonShown', { reason: withdrawal.reason })}</p>
        )}
        <p>{t('desk.consentWithdrawal.stopped')}</p>
        <h3>{t('desk.consentWithdrawal.keptTitle')}</h3>
        <ul className="consent-kept" data-testid="consent-kept">
          {keptRecords(statement).map((kept) => (
            <li key={kept}>{t(`desk.consentWithdrawal.kept.${kept}`)}</li>
          ))}
        </ul>
      </StepCard>
    );
  }
  if (!env.may('application')) return null;
  if (!open) {
    return (
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('desk.consentWithdrawal.open')}
        </button>
      </div>
    );
  }

  const form = draft.value;
  const chosen: WithdrawableConsent[] = [
    ...(form.personalData ? (['personal-data'] as const) : []),
    ...(form.intervention ? (['intervention'] as const) : []),
  ];

  async function confirm() {
    setError(undefined);
    const written = await withdrawConsent(env, statement, chosen, form.reason);
    if (written.ok) await draft.discard();
    else setError(env.say(CONSENT_WITHDRAWAL_MESSAGES, written.reason));
  }

  return (
    <StepCard id="step-withdrawal" title={title}>
      <div className="subform" data-testid="consent-withdrawal-form">
        <p>{t('desk.consentWithdrawal.intro')}</p>
        <CheckField
          id="withdraw-personal-data"
          label={t('desk.consentWithdrawal.personalData')}
          checked={form.personalData}
          onChange={(personalData) => {
            draft.update({ ...form, personalData });
          }}
        />
        {application.interventionConsent !== undefined && (
          <CheckField
            id="withdraw-intervention"
            label={t('desk.consentWithdrawal.intervention')}
            checked={form.intervention}
            onChange={(intervention) => {
              draft.update({ ...form, intervention });
            }}
          />
        )}
        <TextField
          id={`consent-withdrawal-reason-${application.id}`}
          label={t('desk.consentWithdrawal.reason')}
          value={form.reason}
          maxLength={500}
          onChange={(reason) => {
            draft.update({ ...form, reason });
          }}
        />
        <FormError message={error} />
        <div className="actions">
          <button type="button" className="danger" onClick={() => void confirm()}>
            {t('desk.consentWithdrawal.confirm')}
          </button>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              setError(undefined);
            }}
          >
            {t('desk.consentWithdrawal.cancel')}
          </button>
        </div>
      </div>
    </StepCard>
  );
}
