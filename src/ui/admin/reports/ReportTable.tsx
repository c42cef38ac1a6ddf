import { useTranslation } from 'react-i18next';
import { formatRoubles } from '../../../core/contract/roubles';
import { PAYMENT_METHODS } from '../../../core/contract/paymentMethod';
import { TRANSFER_STATES } from '../../../core/protocol/transferState';
import type { ReportFigures } from '../../../core/report/figures';
import { paidTotal } from '../../../core/report/figures';
import type { reportsTextRu } from './reportsText.ru';

// The report's figures as a table: one line per period (or per clinic), the columns in the
// order of the procedure (statements, certificates, money, transfer), and a total line.
// Money as «1 234,50 ₽». It scrolls sideways on a narrow tablet, the first column kept.

export type ReportLine = {
  readonly key: string;
  readonly label: string;
  readonly figures: ReportFigures;
};

type ColumnKey = keyof typeof reportsTextRu.columns;
type Column = { readonly key: ColumnKey; readonly cell: (f: ReportFigures) => string };

const COLUMNS: readonly Column[] = [
  { key: 'statements', cell: (f) => String(f.statements) },
  { key: 'presence', cell: (f) => String(f.certificates.presence) },
  { key: 'absence', cell: (f) => String(f.certificates.absence) },
  { key: 'duplicates', cell: (f) => String(f.duplicates) },
  { key: 'corrections', cell: (f) => String(f.corrections) },
  { key: 'revocations', cell: (f) => String(f.revocations) },
  { key: 'payments', cell: (f) => String(paidTotal(f).count) },
  ...PAYMENT_METHODS.map((method) => ({
    key: method,
    cell: (f: ReportFigures) => formatRoubles(f.payments[method].kopecks),
  })),
  { key: 'revenue', cell: (f) => formatRoubles(paidTotal(f).kopecks) },
  { key: 'refunds', cell: (f) => String(f.refunds.count) },
  { key: 'refundSum', cell: (f) => formatRoubles(f.refunds.kopecks) },
  ...TRANSFER_STATES.map((state) => ({
    key: state,
    cell: (f: ReportFigures) => String(f.transfer[state]),
  })),
];

export function ReportTable(props: {
  readonly caption: string;
  readonly firstColumn: 'period' | 'clinic';
  readonly lines: readonly ReportLine[];
  readonly total: ReportFigures;
  readonly testId: string;
}) {
  const { t } = useTranslation();
  return (
    // Focusable, so a keyboard can scroll the wide table sideways (axe: scrollable-region-focusable).
    <div
      className="admin-scroll report-scroll"
      role="region"
      aria-label={props.caption}
      tabIndex={0}
    >
      <table className="admin-table report-table" data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`admin.reports.columns.${props.firstColumn}`)}</th>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" className="number">
                {t(`admin.reports.columns.${column.key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.lines.map((line) => (
            <tr key={line.key}>
              <th scope="row">{line.label}</th>
              {COLUMNS.map((column) => (
                <td key={column.key} className="number">
                  {column.cell(line.figures)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="report-total" data-testid={`${props.testId}-total`}>
            <th scope="row">{t('admin.reports.total')}</th>
            {COLUMNS.map((column) => (
              <td key={column.key} className="number" data-column={column.key}>
                {column.cell(props.total)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
