import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { DeskStatement } from '../../../desk/queries';
import type { StatementFacts } from '../../../desk/statementStage';
import { useDesk } from '../frame/DeskEnvironment';
import { StepCard } from '../frame/StepCard';
import { CancelForm } from './CancelForm';
import { ContractDetails } from './ContractDetails';
import { ContractForm } from './ContractForm';

type ContractStepProps = { readonly statement: DeskStatement; readonly facts: StatementFacts };

/** Step 2: the contract for the paid service and its payment; refund or cancel with reason. */
export function ContractStep({ statement, facts }: ContractStepProps) {
  const { t } = useTranslation();
  const env = useDesk();
  const stored = statement.contracts.find((c) => c.record.id === facts.contract?.id);
  const closed = statement.contracts.filter(
    (c) => c.record.status === 'cancelled' || c.record.status === 'refunded',
  );
  if (statement.application.record.status === 'cancelled') {
    // A withdrawn statement: the contracts it had, for the record, and nothing to do.
    if (statement.contracts.length === 0) return null;
    return (
      <StepCard id="step-contract" title={t('desk.contract.title')}>
        {statement.contracts.map((c) => (
          <ContractDetails key={c.record.id} contract={c.record} />
        ))}
      </StepCard>
    );
  }
  const mayWrite = env.may('contract');
  return (
    <StepCard
      id="step-contract"
      title={t('desk.contract.title')}
      done={facts.paid}
      sync={stored?.sync}
    >
      {closed.map((c) => (
        <ContractDetails key={c.record.id} contract={c.record} />
      ))}
      {stored === undefined ? (
        mayWrite ? (
          <ContractForm
            applicationId={statement.application.record.id}
            personId={statement.application.record.personId}
          />
        ) : (
          <p>{t('desk.contract.waiting')}</p>
        )
      ) : (
        <>
          <ContractDetails contract={stored.record} />
          <div className="actions">
            <Link
              className="button"
              to={`/desk/statement/${statement.application.record.id}/contract`}
            >
              {t('desk.contractPrint.print')}
            </Link>
          </div>
          {mayWrite && stored.record.status === 'draft' && (
            <ContractForm
              applicationId={statement.application.record.id}
              personId={statement.application.record.personId}
              existing={stored.record}
            />
          )}
          {mayWrite && facts.certificate === undefined && <CancelForm contract={stored.record} />}
        </>
      )}
    </StepCard>
  );
}
