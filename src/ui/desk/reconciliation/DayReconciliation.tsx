import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECEIPT_OPERATION_LABELS } from '../../../core/contract/fiscalReceipt';
import { reconcileDay } from '../../../core/contract/reconciliation';
import { parseSearchDate } from '../../../desk/queries';
import { receiptsOfDayAtDesk } from '../../../desk/reconciliation';
import { TextField } from '../../components/TextField';
import { useDesk } from '../frame/DeskEnvironment';
import { clinicToday, formatDate, formatMoney } from '../frame/format';
import { SelectField } from '../frame/SelectField';
import { useLiveQuery } from '../frame/useLiveQuery';
import { ShiftReportEntry } from './ShiftReportEntry';
import '../contract/receipt.css';

/**
 * The cashier's day: the receipts recorded for one day of the cash register (payments and
 * refunds, by payment method), against the totals typed from the register's shift report.
 * A clinic with several registers reconciles each by its ФН, as each prints its own report.
 */
export function DayReconciliation() {
  const { t } = useTranslation();
  const env = useDesk();
  const [dayText, setDayText] = useState(formatDate(clinicToday(env.now(), env.utcOffsetMinutes)));
  const [fiscalDrive, setFiscalDrive] = useState('');
  const day = parseSearchDate(dayText);
  const receipts = useLiveQuery(
    () => (day === undefined ? Promise.resolve([]) : receiptsOfDayAtDesk(env, day)),
    [env.db, day],
  );
  const all = receipts.loaded ? receipts.value : [];
  const drives = [...new Set(all.map((r) => r.receipt.fiscalDrive))].sort();
  const shown = all.filter((r) => fiscalDrive === '' || r.receipt.fiscalDrive === fiscalDrive);
  const reconciliation = reconcileDay(shown, {});
  const operationOf = (purpose: 'payment' | 'refund') =>
    RECEIPT_OPERATION_LABELS[purpose === 'payment' ? 'income' : 'income-return'][env.language];

  return (
    <section className="card" aria-labelledby="reconciliation-title">
      <h1 id="reconciliation-title">{t('desk.reconciliation.title')}</h1>
      <p>{t('desk.reconciliation.intro')}</p>
      <div className="form-grid filters">
        <TextField
          id="reconciliation-day"
          label={t('desk.reconciliation.day')}
          value={dayText}
          inputMode="numeric"
          error={day === undefined ? t('desk.reconciliation.dayInvalid') : undefined}
          onChange={setDayText}
        />
        <SelectField
          id="reconciliation-register"
          label={t('desk.reconciliation.register')}
          value={fiscalDrive}
          options={[
            { value: '', label: t('desk.reconciliation.allRegisters') },
            ...drives.map((drive) => ({ value: drive, label: drive })),
          ]}
          onChange={setFiscalDrive}
        />
      </div>

      <h2>{t('desk.reconciliation.receiptsTitle')}</h2>
      {shown.length === 0 ? (
        <p role="status">{t('desk.reconciliation.noReceipts')}</p>
      ) : (
        <table className="reconciliation-table" data-testid="reconciliation-receipts">
          <thead>
            <tr>
              <th>{t('desk.reconciliation.time')}</th>
              <th>{t('desk.reconciliation.operation')}</th>
              <th>{t('desk.reconciliation.method')}</th>
              <th className="amount">{t('desk.reconciliation.sum')}</th>
              <th>{t('desk.reconciliation.fn')}</th>
              <th>{t('desk.reconciliation.fd')}</th>
              <th>{t('desk.reconciliation.contract')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.receipt.fiscalDrive}:${r.receipt.documentNumber}`}>
                <td>{r.receipt.localTime.slice(11)}</td>
                <td>{operationOf(r.purpose)}</td>
                <td>{t(`desk.paymentMethod.${r.method}`)}</td>
                <td className="amount">{formatMoney(r.receipt.sumKopecks)}</td>
                <td>{r.receipt.fiscalDrive}</td>
                <td>{r.receipt.documentNumber}</td>
                <td>{r.contractNumber}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('desk.reconciliation.byMethodTitle')}</h2>
      <table className="reconciliation-table" data-testid="reconciliation-by-method">
        <thead>
          <tr>
            <th>{t('desk.reconciliation.method')}</th>
            <th className="amount">{t('desk.reconciliation.payments')}</th>
            <th className="amount">{t('desk.reconciliation.refunds')}</th>
          </tr>
        </thead>
        <tbody>
          {reconciliation.byMethod.map((m) => (
            <tr key={m.method}>
              <td>{t(`desk.paymentMethod.${m.method}`)}</td>
              <td className="amount">
                {formatMoney(m.paymentKopecks)} ·{' '}
                {t('desk.reconciliation.receipts', { count: m.payments })}
              </td>
              <td className="amount">
                {formatMoney(m.refundKopecks)} ·{' '}
                {t('desk.reconciliation.receipts', { count: m.refunds })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {day !== undefined && receipts.loaded && (
        // Keyed by day and register: each has its own typed report, read back on its own.
        <ShiftReportEntry
          key={`${day}:${fiscalDrive}`}
          draftKey={`desk:reconciliation:${day}:${fiscalDrive === '' ? 'all' : fiscalDrive}`}
          receipts={shown}
        />
      )}
    </section>
  );
}
