import { useTranslation } from 'react-i18next';
import type { DayReceipt, ReconciliationLine } from '../../../core/contract/reconciliation';
import { reconcileDay, SHIFT_REPORT_FIELDS } from '../../../core/contract/reconciliation';
import {
  checkShiftReport,
  EMPTY_SHIFT_REPORT,
  typedShiftReportSchema,
} from '../../../core/contract/shiftReport';
import { TextField } from '../../components/TextField';
import { useDraft } from '../../database/useDraft';
import { formatMoney } from '../frame/format';

type ShiftReportEntryProps = {
  /** One draft per day and cash register: what the cashier typed survives a reload. */
  readonly draftKey: string;
  readonly receipts: readonly DayReceipt[];
};

/** A figure of a line: receipts counted, or roubles; a difference carries its sign. */
function figure(line: ReconciliationLine, value: number, signed = false): string {
  const sign = signed && value !== 0 ? (value > 0 ? '+' : '−') : '';
  const magnitude = Math.abs(value);
  return `${sign}${line.unit === 'receipts' ? String(magnitude) : formatMoney(magnitude)}`;
}

/** The shift report's figures as typed, and the comparison with the desk's receipts. */
export function ShiftReportEntry({ draftKey, receipts }: ShiftReportEntryProps) {
  const { t } = useTranslation();
  const draft = useDraft(draftKey, typedShiftReportSchema, EMPTY_SHIFT_REPORT);
  const typed = draft.value;
  const { report, errors } = checkShiftReport(typed);
  const result = reconcileDay(receipts, report);
  const lineName = (line: ReconciliationLine['line']) => t(`desk.reconciliation.lines.${line}`);
  const verdict =
    result.differences.length > 0 ? 'differs' : result.balanced ? 'balanced' : 'incomplete';

  return (
    <>
      <h2>{t('desk.reconciliation.reportTitle')}</h2>
      <p className="field-hint">{t('desk.reconciliation.reportHint')}</p>
      <div className="form-grid" data-testid="shift-report">
        {SHIFT_REPORT_FIELDS.map((field) => (
          <TextField
            key={field}
            id={`shift-${field}`}
            label={lineName(field)}
            value={typed[field]}
            inputMode={field.endsWith('Count') ? 'numeric' : 'decimal'}
            autoComplete="off"
            disabled={!draft.loaded}
            error={
              errors[field] === undefined
                ? undefined
                : t(`desk.reconciliation.problem.${errors[field]}`)
            }
            onChange={(value) => {
              draft.update({ ...typed, [field]: value });
            }}
          />
        ))}
      </div>

      <h2>{t('desk.reconciliation.compareTitle')}</h2>
      <table className="reconciliation-table" data-testid="reconciliation-lines">
        <thead>
          <tr>
            <th>{t('desk.reconciliation.line')}</th>
            <th className="amount">{t('desk.reconciliation.desk')}</th>
            <th className="amount">{t('desk.reconciliation.report')}</th>
            <th className="amount">{t('desk.reconciliation.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {result.lines.map((line) => (
            <tr
              key={line.line}
              data-line={line.line}
              className={line.difference !== undefined && line.difference !== 0 ? 'differs' : ''}
            >
              <td>{lineName(line.line)}</td>
              <td className="amount">{figure(line, line.desk)}</td>
              <td className="amount">
                {line.report === undefined
                  ? t('desk.reconciliation.notEntered')
                  : figure(line, line.report)}
              </td>
              <td className="amount">
                {line.difference === undefined ? '—' : figure(line, line.difference, true)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div role="status" data-testid="reconciliation-verdict">
        <p className={`reconciliation-verdict ${verdict}`}>
          {verdict === 'differs'
            ? t('desk.reconciliation.differs', { count: result.differences.length })
            : t(`desk.reconciliation.${verdict}`)}
        </p>
        {result.differences.length > 0 && (
          <ul data-testid="reconciliation-differences">
            {result.differences.map((line) => (
              <li key={line.line}>
                {t('desk.reconciliation.differenceLine', {
                  line: lineName(line.line),
                  desk: figure(line, line.desk),
                  report: figure(line, line.report ?? 0),
                  difference: figure(line, line.difference ?? 0, true),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
