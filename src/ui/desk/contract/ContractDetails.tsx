import { useTranslation } from 'react-i18next';
import type { ContractRecord } from '../../../core/records/contract';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDateTime, formatMoney } from '../frame/format';
import { shownServiceName } from '../frame/shownNames';

/** A contract as recorded: number, service, price, payer and payment. */
export function ContractDetails({ contract }: { readonly contract: ContractRecord }) {
  const { t } = useTranslation();
  const env = useDesk();
  const rows: [string, string][] = [
    [t('desk.contract.number'), contract.number],
    [t('desk.contract.status'), t(`desk.contractStatus.${contract.status}`)],
    [
      t('desk.contract.service'),
      shownServiceName(contract, env.clinic.settings.priceList, env.language),
    ],
    [t('desk.contract.price'), formatMoney(contract.priceKopecks)],
    [
      t('desk.contract.payer'),
      contract.payer.kind === 'self' ? t('desk.contract.payerSelf') : contract.payer.name,
    ],
  ];
  if (contract.paidAt !== undefined) {
    rows.push(
      [t('desk.contract.method'), t(`desk.paymentMethod.${contract.method}`)],
      [t('desk.contract.receipt'), contract.receiptNumber ?? ''],
      [t('desk.contract.paidAt'), formatDateTime(contract.paidAt, env.utcOffsetMinutes)],
    );
  }
  if (contract.cancelReason !== undefined)
    rows.push([t('desk.contract.cancelReason'), contract.cancelReason]);
  return (
    <dl className="facts" data-testid={`contract-${contract.status}`}>
      {rows.map(([label, value]) => (
        <div key={label} className="facts-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
