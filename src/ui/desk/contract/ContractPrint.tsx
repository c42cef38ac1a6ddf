import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { contractTemplateOf, CONTRACT_TEMPLATE_MESSAGES } from '../../../core/contract/templates';
import { CONTRACT_RENDER_MESSAGES, renderContract } from '../../../core/contract/templateRender';
import type { ContractRecord } from '../../../core/records/contract';
import { loadStatement } from '../../../desk/queries';
import { useDesk } from '../frame/DeskEnvironment';
import { DeskNotice } from '../frame/DeskNotice';
import { LiveWait } from '../frame/LiveWait';
import { PrintBar } from '../frame/PrintBar';
import { useLiveQuery } from '../frame/useLiveQuery';
import { ContractCopy } from './ContractCopy';
import './contractPrint.css';

/** The statement's contract in force: the paid one, else the latest draft, else the latest. */
export function contractToPrint(
  contracts: readonly { readonly record: ContractRecord }[],
): ContractRecord | undefined {
  const records = contracts.map((c) => c.record);
  return (
    records.findLast((c) => c.status === 'paid') ??
    records.findLast((c) => c.status === 'draft') ??
    records.at(-1)
  );
}

/**
 * The contract for the paid service, printed for signatures: one A4 sheet per copy (the
 * clinic's, the consumer's, and the customer's when someone else pays), always in Russian
 * from the template version the contract recorded, so a reprint is the same text. Without
 * the clinic's requisites nothing is printed: a contract must name its provider.
 */
export function ContractPrint() {
  const { t } = useTranslation();
  const env = useDesk();
  const { applicationId = '' } = useParams();
  const loaded = useLiveQuery(() => loadStatement(env, applicationId), [env.db, applicationId]);
  if (!loaded.loaded) return <LiveWait live={loaded} />;
  const statement = loaded.value;
  const person = statement?.person?.record;
  const contract = statement === undefined ? undefined : contractToPrint(statement.contracts);
  if (statement === undefined || person === undefined || contract === undefined) {
    return <DeskNotice title={t('desk.notFound.title')} text={t('desk.contractPrint.missing')} />;
  }
  const back = `/desk/statement/${statement.application.record.id}`;
  const refusal = (text: string, toSettings: boolean) => (
    <section className="card narrow" aria-labelledby="contract-print-refused">
      <h1 id="contract-print-refused">{t('desk.contractPrint.cannotPrint')}</h1>
      <p className="notice" role="alert">
        {text}
      </p>
      <div className="actions">
        <Link className="button" to={back}>
          {t('desk.back')}
        </Link>
        {toSettings && (
          <Link className="button" to="/desk/settings">
            {t('desk.contractPrint.toSettings')}
          </Link>
        )}
      </div>
    </section>
  );
  const template = contractTemplateOf(contract.templateVersion);
  if (!template.ok) return refusal(env.say(CONTRACT_TEMPLATE_MESSAGES, template.reason), false);
  const rendered = renderContract({
    template: template.value,
    contract,
    person,
    representative: statement.application.record.representative,
    requisites: env.clinic.settings.requisites,
    utcOffsetMinutes: env.utcOffsetMinutes,
  });
  if (!rendered.ok) {
    const isAdmin = env.staff.role === 'admin';
    return refusal(
      env.say(CONTRACT_RENDER_MESSAGES, rendered.reason),
      isAdmin && rendered.reason === 'contract-requisites-missing',
    );
  }
  return (
    <>
      <PrintBar back={back} />
      <div
        className="contract-sheets"
        aria-label={t('desk.contractPrint.sheets', { count: rendered.value.copies.length })}
      >
        {rendered.value.copies.map((copy) => (
          <ContractCopy key={copy} contract={rendered.value} copy={copy} />
        ))}
      </div>
    </>
  );
}
