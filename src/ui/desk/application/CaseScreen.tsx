import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
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
import { LiveWait } from '../frame/LiveWait';

/**
 * One application from statement to certificate, every step on one page in the order the
 * procedure runs. Each step shows what is done, or the form for what is next when the
 * member's role may do it — so "continue where the work stopped" is just opening the case.
 * A withdrawn statement shows what was done and offers nothing further.
 */
export function CaseScreen() {
  const { t } = useTranslation();
  const env = useDesk();
  const { applicationId = '' } = useParams();
  const loaded = useLiveQuery(() => loadStatement(env, applicationId), [env.db, applicationId]);
  if (!loaded.loaded) return <LiveWait live={loaded} />;
  const deskCase = loaded.value;
  if (deskCase === undefined || deskCase.person === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.case.missing')} />;
  }
  const facts = statementFacts(deskCase);
  const application = deskCase.application.record;
  const reached = STATEMENT_STAGES.indexOf(
    facts.stage === 'cancelled' ? 'registered' : facts.stage,
  );
  return (
    <div className="case">
      <section className="card case-head" aria-labelledby="case-title">
        <h1 id="case-title">{t('desk.case.title', { date: formatDate(application.date) })}</h1>
        <Link to={`/desk/person/${deskCase.person.record.id}`} className="result-link">
          <PersonSummary person={deskCase.person.record} />
        </Link>
        <ol className="stages" aria-label={t('desk.case.stages')}>
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
        {facts.stage === 'cancelled' && <p className="notice">{t('desk.stage.cancelled')}</p>}
        <p>
          {t('desk.case.syncOf')} <SyncBadge sync={{ state: facts.sync }} />
        </p>
      </section>
      <StatementStep deskCase={deskCase} />
      <ContractStep deskCase={deskCase} facts={facts} />
      {facts.stage !== 'cancelled' && (
        <>
          <LabStep deskCase={deskCase} facts={facts} />
          <CommissionStep deskCase={deskCase} facts={facts} />
          <CertificatePanel deskCase={deskCase} />
        </>
      )}
    </div>
  );
}
