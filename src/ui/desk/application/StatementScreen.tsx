import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { loadStatement } from '../../../desk/queries';
import { statementFacts, STATEMENT_STAGES } from '../../../desk/statementStage';
import { CertificatePanel } from '../certificate/CertificatePanel';
import { CommissionStep } from '../commission/CommissionStep';
import { ContractStep } from '../contract/ContractStep';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { formatDate } from '../frame/format';
import { SyncBadge } from '../frame/SyncBadge';
import { useLiveQuery } from '../frame/useLiveQuery';
import { LabStep } from '../lab/LabStep';
import { PersonSummary } from '../person/PersonSummary';
import { StatementStep } from './StatementStep';
import { CertificateTransferState } from './CertificateTransferState';
import { ConsentWithdrawalCard } from '../consent/ConsentWithdrawalCard';
import { InterventionConsentStep } from '../consent/InterventionConsentStep';
import { LiveWait } from '../frame/LiveWait';

/**
 * One application from statement to certificate, every step on one page in the order the
 * procedure runs. Each step shows what is done, or the form for what is next when the
 * member's role may do it — so "continue where the work stopped" is just opening the case.
 * A withdrawn statement shows what was done and offers nothing further.
 */
export function StatementScreen() {
  const { t } = useTranslation();
  const env = useDesk();
  const { applicationId = '' } = useParams();
  const loaded = useLiveQuery(() => loadStatement(env, applicationId), [env.db, applicationId]);
  if (!loaded.loaded) return <LiveWait live={loaded} />;
  const statement = loaded.value;
  if (statement === undefined || statement.person === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.statementScreen.missing')} />;
  }
  const facts = statementFacts(statement);
  const application = statement.application.record;
  const reached = STATEMENT_STAGES.indexOf(
    facts.stage === 'cancelled'
      ? 'registered'
      : facts.stage === 'revoked'
        ? 'certified'
        : facts.stage,
  );
  return (
    <div className="case">
      <section className="card statement-head" aria-labelledby="statement-title">
        <h1 id="statement-title">
          {t('desk.statementScreen.title', { date: formatDate(application.date) })}
        </h1>
        <Link to={`/desk/person/${statement.person.record.id}`} className="result-link">
          <PersonSummary person={statement.person.record} />
        </Link>
        <ol className="stages" aria-label={t('desk.statementScreen.stages')}>
          {STATEMENT_STAGES.map((stage, index) => (
            <li
              key={stage}
              className={index <= reached ? 'stage-done' : 'stage-todo'}
              aria-current={index === reached ? 'step' : undefined}
            >
              {t(`desk.stage.${stage}`)}
            </li>
          ))}
        </ol>
        {(facts.stage === 'cancelled' || facts.stage === 'revoked') && (
          <p className="notice">{t(`desk.stage.${facts.stage}`)}</p>
        )}
        <p>
          {t('desk.statementScreen.syncOf')} <SyncBadge sync={{ state: facts.sync }} />
        </p>
      </section>
      <StatementStep statement={statement} />
      {facts.stage !== 'cancelled' && <InterventionConsentStep statement={statement} />}
      <ContractStep statement={statement} facts={facts} />
      {facts.stage !== 'cancelled' && (
        <>
          {/* After a consent is withdrawn the case stops; issued certificates stay listed. */}
          {application.consentWithdrawal === undefined && (
            <>
              <LabStep statement={statement} facts={facts} />
              <CommissionStep statement={statement} facts={facts} />
            </>
          )}
          <CertificatePanel statement={statement} />
          <CertificateTransferState statement={statement} />
        </>
      )}
      {application.status !== 'draft' && <ConsentWithdrawalCard statement={statement} />}
    </div>
  );
}
