import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { z } from 'zod';
import type { DeskStatement } from '../../../desk/queries';
import { SIGN_MESSAGES, signStatement } from '../../../desk/statement';
import { useDraft } from '../../database/useDraft';
import { CheckField } from '../frame/CheckField';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime } from '../frame/format';
import { StepCard } from '../frame/StepCard';
import { WithdrawForm } from './WithdrawForm';
import { isRepresentativeMissing, StatementRepresentative } from './StatementRepresentative';
import { ConsentDetailsNotice } from '../consent/ConsentDetailsNotice';
import { FormError } from '../../components/FormError';

const statementFormSchema = z.object({
  personalData: z.boolean(),
  paidService: z.boolean(),
  identityDocumentChecked: z.boolean(),
});
type StatementForm = z.infer<typeof statementFormSchema>;

/**
 * Step 1: the citizen's statement — consents, the document seen, print, mark signed; or its
 * withdrawal, before payment, with the citizen's reason.
 */
export function StatementStep({ statement }: { readonly statement: DeskStatement }) {
  const { t } = useTranslation();
  const env = useDesk();
  const application = statement.application.record;
  const draft = useDraft<StatementForm>(`desk:statement:${application.id}`, statementFormSchema, {
    personalData: application.consents.personalData,
    paidService: application.consents.paidService,
    identityDocumentChecked: application.identityDocumentChecked,
  });
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string>();
  // A minor's statement names the representative, so it waits for them (issue #11).
  const representativeMissing = isRepresentativeMissing(statement);
  const printLink = representativeMissing ? (
    <span className="field-hint">{t('desk.representative.printWaits')}</span>
  ) : (
    <Link className="button" to={`/desk/statement/${application.id}/print`}>
      {t('desk.statement.print')}
    </Link>
  );

  const mayWithdraw = env.may('application') && env.may('contract');
  if (application.status === 'cancelled') {
    return (
      <StepCard
        id="step-statement"
        title={t('desk.statement.title')}
        sync={statement.application.sync}
      >
        <p data-testid="statement-withdrawn">
          {t('desk.statement.cancelled', {
            at:
              application.cancelledAt === undefined
                ? ''
                : formatDateTime(application.cancelledAt, env.utcOffsetMinutes),
            reason: application.cancelReason ?? '',
          })}
        </p>
        <p>{t('desk.statement.nothingFurther')}</p>
        <StatementRepresentative statement={statement} />
      </StepCard>
    );
  }
  if (application.status === 'signed') {
    return (
      <StepCard
        id="step-statement"
        title={t('desk.statement.title')}
        done
        sync={statement.application.sync}
      >
        {application.signedAt !== undefined && (
          <p>
            {t('desk.statement.signedAt', {
              at: formatDateTime(application.signedAt, env.utcOffsetMinutes),
            })}
          </p>
        )}
        <p>{t('desk.statement.identityChecked')}</p>
        <StatementRepresentative statement={statement} />
        <div className="actions">{printLink}</div>
        {mayWithdraw && <WithdrawForm statement={statement} />}
      </StepCard>
    );
  }
  if (!env.may('application')) {
    return (
      <StepCard
        id="step-statement"
        title={t('desk.statement.title')}
        sync={statement.application.sync}
      >
        <p>{t('desk.statement.waiting')}</p>
      </StepCard>
    );
  }

  const form = draft.value;
  const missing = (ok: boolean, message: string) => (submitted && !ok ? message : undefined);

  async function markSigned() {
    setSubmitted(true);
    setError(undefined);
    if (!form.personalData || !form.paidService || !form.identityDocumentChecked) return;
    if (representativeMissing) {
      setError(t('desk.representative.required'));
      return;
    }
    const written = await signStatement(env, application);
    if (written.ok) await draft.discard();
    else setError(env.say(SIGN_MESSAGES, written.reason));
  }

  return (
    <StepCard
      id="step-statement"
      title={t('desk.statement.title')}
      sync={statement.application.sync}
    >
      <p>{t('desk.statement.intro')}</p>
      <StatementRepresentative statement={statement} />
      <CheckField
        id="statement-personal-data"
        label={t('desk.statement.personalData')}
        checked={form.personalData}
        error={missing(form.personalData, t('desk.statement.personalDataMissing'))}
        onChange={(personalData) => {
          draft.update({ ...form, personalData });
        }}
      />
      <CheckField
        id="statement-paid-service"
        label={t('desk.statement.paidService')}
        checked={form.paidService}
        error={missing(form.paidService, t('desk.statement.paidServiceMissing'))}
        onChange={(paidService) => {
          draft.update({ ...form, paidService });
        }}
      />
      <CheckField
        id="statement-identity"
        label={t('desk.statement.identity')}
        checked={form.identityDocumentChecked}
        error={missing(form.identityDocumentChecked, t('desk.statement.identityMissing'))}
        onChange={(identityDocumentChecked) => {
          draft.update({ ...form, identityDocumentChecked });
        }}
      />
      <ConsentDetailsNotice statement={statement} />
      <FormError message={error} />
      <div className="actions">
        {printLink}
        <button type="button" className="primary" onClick={() => void markSigned()}>
          {t('desk.statement.markSigned')}
        </button>
      </div>
      {mayWithdraw && <WithdrawForm statement={statement} />}
    </StepCard>
  );
}
