import { useEffect, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicId } from '../../../core/ids';
import type { ReportResponse } from '../../../core/protocol/adminReports';
import { calendarDateAt } from '../../../core/records/calendarDate';
import type { ReportPeriod } from '../../../core/report/period';
import { REGION_UTC_OFFSET_MINUTES } from '../../../core/report/period';
import type { AdminFailure } from '../../../sync/admin/adminRequest';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import { fetchReport } from '../../../sync/admin/reports';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdmin } from '../AdminContext';
import { ExportPanel } from './ExportPanel';
import type { ChoiceProblem, PeriodChoice } from './periodChoice';
import { monthChoice, periodOfChoice } from './periodChoice';
import { PeriodPicker } from './PeriodPicker';
import { ReportChart } from './ReportChart';
import { bucketLabel, rangeLabel } from './reportLabels';
import { ReportTable } from './ReportTable';
import { FormError } from '../../components/FormError';
import './reports.css';

/**
 * /admin/reports (issue #12): the figures of a period per day, week or month, as a chart and a
 * table with a total line; for the regional administrator also per clinic, or for one clinic.
 * Below them, the period's certificates exported as CSV, XLSX or FHIR with a progress bar.
 * What counts on which day: src/core/report/events.ts.
 */
export function ReportsScreen() {
  const { t } = useTranslation();
  const { scope } = useAdmin();
  const today = calendarDateAt(new Date(), REGION_UTC_OFFSET_MINUTES);
  const [choice, setChoice] = useState<PeriodChoice>(() => monthChoice(today));
  const [problem, setProblem] = useState<ChoiceProblem | undefined>();
  const [clinic, setClinic] = useState<string>('');
  // The clinics of the region, as the last all-clinics report named them.
  const [clinics, setClinics] = useState<readonly KnownClinic[]>([]);
  const [asked, setAsked] = useState<{ period: ReportPeriod; clinic: string }>(() => {
    const first = periodOfChoice(monthChoice(today));
    if (!first.ok) throw new Error('this month is always a period');
    return { period: first.period, clinic: '' };
  });

  function show(event: SyntheticEvent) {
    event.preventDefault();
    const outcome = periodOfChoice(choice);
    if (!outcome.ok) {
      setProblem({ field: outcome.field, problem: outcome.problem });
      return;
    }
    setProblem(undefined);
    setAsked({ period: outcome.period, clinic });
  }

  return (
    <section className="card reports-screen" aria-labelledby="admin-reports-title">
      <h1 id="admin-reports-title">{t('admin.reports.title')}</h1>
      <p>{scope === 'region' ? t('admin.reports.introRegion') : t('admin.reports.introClinic')}</p>
      <form className="report-form" onSubmit={show} noValidate>
        <PeriodPicker today={today} choice={choice} problem={problem} onChange={setChoice} />
        {scope === 'region' && (
          <ClinicPicker clinics={clinics} value={clinic} onChange={setClinic} />
        )}
        <div className="actions">
          <button type="submit" data-testid="report-show">
            {t('admin.reports.show')}
          </button>
        </div>
      </form>
      <p className="field-hint">{t('admin.reports.rule')}</p>
      <ReportView period={asked.period} clinic={asked.clinic} onClinics={setClinics} />
    </section>
  );
}

type KnownClinic = { readonly id: string; readonly code: string; readonly name: string };

function ClinicPicker(props: {
  readonly clinics: readonly KnownClinic[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor="report-clinic">{t('admin.reports.clinic')}</label>
      <select
        id="report-clinic"
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      >
        <option value="">{t('admin.reports.allClinics')}</option>
        {props.clinics.map((clinic) => (
          <option key={clinic.id} value={clinic.id}>
            {clinic.code} — {clinic.name}
          </option>
        ))}
      </select>
    </div>
  );
}

type ViewState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: AdminFailure }
  | { readonly status: 'loaded'; readonly report: ReportResponse };

function ReportView(props: {
  readonly period: ReportPeriod;
  readonly clinic: string;
  readonly onClinics: (clinics: readonly KnownClinic[]) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token, scope } = useAdmin();
  const [state, setState] = useState<ViewState>({ status: 'loading' });
  const { period, clinic, onClinics } = props;

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void fetchReport(registerTransport, token, {
      ...period,
      ...(clinic === '' ? {} : { clinic: clinic as ClinicId }),
    }).then((answer) => {
      if (!live) return;
      if (answer.ok && clinic === '' && scope === 'region') onClinics(answer.value.clinics);
      setState(
        answer.ok
          ? { status: 'loaded', report: answer.value }
          : { status: 'failed', failure: answer },
      );
    });
    return () => {
      live = false;
    };
  }, [token, scope, period, clinic, onClinics]);

  if (state.status === 'loading') return <p role="status">{t('admin.reports.loading')}</p>;
  if (state.status === 'failed') {
    return (
      <FormError
        message={t('admin.reports.loadFailed', {
          reason: locale.pick(adminFailureText(state.failure)),
        })}
      />
    );
  }
  const { report } = state;
  const range = rangeLabel(report.from, report.to);
  const exportClinic = clinic === '' ? undefined : clinic;
  if (report.empty) {
    return (
      <>
        <p role="status" className="report-empty" data-testid="report-empty">
          {t('admin.reports.empty')}
        </p>
        <ExportPanel
          key={`${period.from}_${period.to}_${clinic}`}
          period={period}
          {...(exportClinic === undefined ? {} : { clinic: exportClinic })}
        />
      </>
    );
  }
  const who =
    report.clinics.length === 1
      ? `${report.clinics[0]?.code ?? ''} — ${report.clinics[0]?.name ?? ''}`
      : t('admin.reports.allClinicsWho');
  return (
    <>
      <ReportChart report={report} />
      <ReportTable
        testId="report-table"
        caption={t('admin.reports.tableCaption', { period: range, who })}
        firstColumn="period"
        lines={report.rows.map((row) => ({
          key: row.bucket.key,
          label: bucketLabel(row.bucket, report.by, locale.bcp47),
          figures: row.figures,
        }))}
        total={report.total}
      />
      {report.clinics.length > 1 && (
        <ReportTable
          testId="report-clinics"
          caption={t('admin.reports.clinicsCaption', { period: range })}
          firstColumn="clinic"
          lines={report.clinics.map((c) => ({
            key: c.id,
            label: `${c.code} — ${c.name}`,
            figures: c.total,
          }))}
          total={report.total}
        />
      )}
      <ExportPanel
        key={`${period.from}_${period.to}_${clinic}`}
        period={period}
        {...(exportClinic === undefined ? {} : { clinic: exportClinic })}
      />
    </>
  );
}
