import { useTranslation } from 'react-i18next';
import { calendarDateAt } from '../../../core/records/calendarDate';
import { canIssue } from '../../../core/commission/checklist';
import type { DeskStatement } from '../../../desk/queries';
import type { StatementFacts } from '../../../desk/statementStage';
import { checklistFor } from '../../../desk/issueCertificate';
import { useDesk } from '../frame/DeskEnvironment';
import { StepCard } from '../frame/StepCard';
import { Checklist } from './Checklist';
import { IssueForm } from './IssueForm';

type CommissionStepProps = { readonly statement: DeskStatement; readonly facts: StatementFacts };

/** Step 4: the commission reads the check-list item by item and issues when all pass. */
export function CommissionStep({ statement, facts }: CommissionStepProps) {
  const { t } = useTranslation();
  const env = useDesk();
  // A certificate revoked for false information or at the citizen's wish ends the case: the
  // rules refuse a new one on this statement (core/rules/recordRules.ts), so none is offered.
  if (facts.revocation !== undefined) {
    return (
      <StepCard id="step-commission" title={t('desk.commission.title')} done>
        <p className="notice" data-testid="commission-revoked">
          {t('desk.commission.revoked', {
            reason: t(`desk.certificateDoc.revocationReason.${facts.revocation.reason}`),
          })}
        </p>
      </StepCard>
    );
  }
  const entries = checklistFor(
    env,
    facts,
    statement,
    calendarDateAt(env.now(), env.utcOffsetMinutes),
  );
  const issued = facts.certificate !== undefined;
  return (
    <StepCard id="step-commission" title={t('desk.commission.title')} done={issued}>
      {issued ? (
        <p>{t('desk.commission.issued', { number: facts.certificate.number })}</p>
      ) : (
        <>
          <Checklist entries={entries} />
          {env.may('certificate') ? (
            <IssueForm statement={statement} facts={facts} ready={canIssue(entries)} />
          ) : (
            <p>{t('desk.commission.waiting')}</p>
          )}
        </>
      )}
    </StepCard>
  );
}
