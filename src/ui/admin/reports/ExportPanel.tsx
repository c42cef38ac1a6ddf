import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicId } from '../../../core/ids';
import type { ExportFormatName, ExportJobView } from '../../../core/protocol/adminReports';
import { EXPORT_FORMATS } from '../../../core/protocol/adminReports';
import type { ReportPeriod } from '../../../core/report/period';
import type { AdminFailure } from '../../../sync/admin/adminRequest';
import { adminFailureText } from '../../../sync/admin/adminRequest';
import { downloadExport, exportJob, startExport } from '../../../sync/admin/reports';
import { useLocale } from '../../i18n/useLocale';
import { registerTransport } from '../../registerTransport';
import { useAdmin } from '../AdminContext';
import { FormError } from '../../components/FormError';

// The export buttons of the Reports screen: the register makes the file as a job
// (src/register/report/exportJobs.ts); the panel asks how far it got twice a second, shows it
// in a <progress>, and when the file is ready fetches it and offers it as a link to save.

const POLL_MS = 500;

type PanelState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly job: ExportJobView | null }
  | { readonly kind: 'empty' }
  | { readonly kind: 'ready'; readonly job: ExportJobView; readonly url: string }
  | { readonly kind: 'failed'; readonly text: string };

export function ExportPanel(props: { readonly period: ReportPeriod; readonly clinic?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = useAdmin();
  const [state, setState] = useState<PanelState>({ kind: 'idle' });
  const live = useRef(true);
  const url = state.kind === 'ready' ? state.url : undefined;

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  useEffect(
    () => () => {
      if (url !== undefined) URL.revokeObjectURL(url);
    },
    [url],
  );

  const failed = (failure: AdminFailure) => {
    setState({
      kind: 'failed',
      text: t('admin.reports.export.failed', { reason: locale.pick(adminFailureText(failure)) }),
    });
  };

  async function follow(job: ExportJobView): Promise<void> {
    let current = job;
    while (current.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (!live.current) return;
      const answer = await exportJob(registerTransport, token, current.id);
      if (!answer.ok) {
        failed(answer);
        return;
      }
      current = answer.value;
      setState({ kind: 'running', job: current });
    }
    if (current.state === 'empty') {
      setState({ kind: 'empty' });
      return;
    }
    if (current.state === 'failed') {
      setState({ kind: 'failed', text: t('admin.reports.export.jobFailed') });
      return;
    }
    const file = await downloadExport(fetch, window.location.origin, token, current.id);
    if (!live.current) return;
    if (!file.ok) {
      setState({ kind: 'failed', text: t('admin.reports.export.downloadFailed') });
      return;
    }
    setState({ kind: 'ready', job: current, url: URL.createObjectURL(file.value) });
  }

  async function start(format: ExportFormatName) {
    setState({ kind: 'running', job: null });
    const answer = await startExport(registerTransport, token, {
      format,
      from: props.period.from,
      to: props.period.to,
      ...(props.clinic === undefined ? {} : { clinic: props.clinic as ClinicId }),
    });
    if (!live.current) return;
    if (!answer.ok) {
      failed(answer);
      return;
    }
    setState({ kind: 'running', job: answer.value });
    await follow(answer.value);
  }

  const busy = state.kind === 'running';
  return (
    <section className="report-export" aria-labelledby="report-export-title">
      <h2 id="report-export-title">{t('admin.reports.export.title')}</h2>
      <p>{t('admin.reports.export.intro')}</p>
      <div className="actions">
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            disabled={busy}
            data-testid={`report-export-${format}`}
            onClick={() => void start(format)}
          >
            {t(`admin.reports.export.${format}`)}
          </button>
        ))}
      </div>
      {state.kind === 'running' && (
        <div role="status" className="report-export-progress">
          {state.job === null ? (
            <p>{t('admin.reports.export.starting')}</p>
          ) : (
            <>
              <progress
                data-testid="report-export-progress"
                value={state.job.done}
                max={Math.max(1, state.job.total)}
              />
              <p>
                {t('admin.reports.export.progress', {
                  done: state.job.done,
                  total: state.job.total,
                })}
              </p>
            </>
          )}
        </div>
      )}
      {state.kind === 'empty' && (
        <p role="status" data-testid="report-export-empty">
          {t('admin.reports.empty')}
        </p>
      )}
      {state.kind === 'ready' && (
        <div role="status" className="report-export-progress">
          <progress
            data-testid="report-export-progress"
            value={state.job.done}
            max={Math.max(1, state.job.total)}
          />
          <p>{t('admin.reports.export.ready', { count: state.job.total })}</p>
          <a href={state.url} download={state.job.fileName} data-testid="report-export-download">
            {t('admin.reports.export.download', { name: state.job.fileName })}
          </a>
        </div>
      )}
      {state.kind === 'failed' && <FormError message={state.text} />}
    </section>
  );
}
