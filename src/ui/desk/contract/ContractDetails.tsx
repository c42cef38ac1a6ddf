import { useTranslation } from 'react-i18next';
import type { FiscalReceipt } from '../../../core/contract/fiscalReceipt';
import { RECEIPT_OPERATION_LABELS } from '../../../core/contract/fiscalReceipt';
import type { ContractRecord } from '../../../core/records/contract';
import { useDesk } from '../frame/DeskEnvironment';
import { formatDate, formatDateTime, formatMoney } from '../frame/format';
import { shownServiceName } from '../frame/shownNames';

/** A contract as recorded: number, service, price, payer and payment. */
export function ContractDetails({ contract }: { readonly contract: ContractRecord }) {
  const { t } = useTranslation();
  const env = useDesk();
  const shown = (receipt: FiscalReceipt) =>
    t('desk.receipt.shown', {
      operation: RECEIPT_OPERATION_LABELS[receipt.operation][env.language],
      sum: formatMoney(receipt.sumKopecks),
      time: `${formatDate(receipt.localTime.slice(0, 10))} ${receipt.localTime.slice(11)}`,
      fn: receipt.fiscalDrive,
      fd: receipt.documentNumber,
      fp: receipt.fiscalSign,
    });
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
      // A payment from before issue #11 has only the receipt number the cashier typed.
      contract.receipt === undefined
        ? [t('desk.contract.receipt'), contract.receiptNumber ?? '']
        : [t('desk.receipt.receipt'), shown(contract.receipt)],
      [t('desk.contract.paidAt'), formatDateTime(contract.paidAt, env.utcOffsetMinutes)],
    );
  }
  if (contract.refundReceipt !== undefined) {
    rows.push([t('desk.receipt.refundReceipt'), shown(contract.refundReceipt)]);
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
