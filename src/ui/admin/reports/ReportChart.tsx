import { useTranslation } from 'react-i18next';
import type { ReportResponse } from '../../../core/protocol/adminReports';
import { useLocale } from '../../i18n/useLocale';
import { rangeLabel, shortBucketLabel } from './reportLabels';

// Statements and certificates by result per row of the report, as grouped bars in plain SVG
// (no chart library: three series and an axis). The picture is `role="img"` named by the
// sentence of the period's totals shown above it, so a screen reader hears the figures, not
// the bars; the table below holds every number.

const SERIES = ['statements', 'presence', 'absence'] as const;
type Series = (typeof SERIES)[number];

const HEIGHT = 180;
const AXIS = 24;
const GROUP = 30;

function valueOf(row: ReportResponse['rows'][number], series: Series): number {
  return series === 'statements' ? row.figures.statements : row.figures.certificates[series];
}

export function ReportChart({ report }: { readonly report: ReportResponse }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const most = Math.max(1, ...report.rows.flatMap((row) => SERIES.map((s) => valueOf(row, s))));
  const width = Math.max(report.rows.length * GROUP, 240);
  const bar = (GROUP - 6) / SERIES.length;
  const summary = t('admin.reports.summary', {
    period: rangeLabel(report.from, report.to),
    statements: report.total.statements,
    presence: report.total.certificates.presence,
    absence: report.total.certificates.absence,
  });
  // Every label would crowd a month by day: label about eight rows.
  const labelEvery = Math.max(1, Math.ceil(report.rows.length / 8));
  return (
    <figure className="report-chart">
      <figcaption>{t('admin.reports.chartTitle')}</figcaption>
      <p id="report-chart-summary" className="report-chart-summary">
        {summary}
      </p>
      <svg
        role="img"
        aria-labelledby="report-chart-summary"
        data-testid="report-chart"
        viewBox={`0 0 ${String(width)} ${String(HEIGHT + AXIS)}`}
        preserveAspectRatio="none"
      >
        <line x1={0} y1={HEIGHT} x2={width} y2={HEIGHT} className="report-chart-axis" />
        {report.rows.map((row, index) => (
          <g key={row.bucket.key} transform={`translate(${String(index * GROUP + 3)},0)`}>
            {SERIES.map((series, s) => {
              const value = valueOf(row, series);
              const h = (value / most) * (HEIGHT - 8);
              return (
                <rect
                  key={series}
                  className={`report-bar report-bar-${series}`}
                  x={s * bar}
                  y={HEIGHT - h}
                  width={bar - 1}
                  height={h}
                />
              );
            })}
            {index % labelEvery === 0 && (
              <text x={0} y={HEIGHT + 16} className="report-chart-label">
                {shortBucketLabel(row.bucket, report.by, locale.bcp47)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <ul className="report-legend" aria-hidden="true">
        {SERIES.map((series) => (
          <li key={series}>
            <span className={`report-swatch report-bar-${series}`} />
            {t(`admin.reports.legend.${series}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
