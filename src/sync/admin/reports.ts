import type {
  ExportJobView,
  ExportRequest,
  ReportQuery,
  ReportResponse,
} from '../../core/protocol/adminReports';
import { exportJobSchema, reportResponseSchema } from '../../core/protocol/adminReports';
import type { Result } from '../../core/result';
import { fail, ok } from '../../core/result';
import type { Transport } from '../transport';
import type { AdminResult } from './adminRequest';
import { adminRequest } from './adminRequest';

// The administration screen's report and export calls (wire shapes in
// src/core/protocol/adminReports.ts). The file of a finished export is not JSON, so it is
// fetched with the page's own `fetch` and handed over as a Blob for the browser to save.

/** A year by day reads every record of the year: give the register time. */
const REPORT_TIMEOUT_MS = 60_000;
const JOB_TIMEOUT_MS = 20_000;

export function fetchReport(
  transport: Transport,
  token: string,
  query: ReportQuery,
): Promise<AdminResult<ReportResponse>> {
  const params = new URLSearchParams({ from: query.from, to: query.to, by: query.by });
  if (query.clinic !== undefined) params.set('clinic', query.clinic);
  return adminRequest(
    transport,
    token,
    {
      method: 'GET',
      path: `/api/admin/reports?${params.toString()}`,
      timeoutMs: REPORT_TIMEOUT_MS,
    },
    reportResponseSchema,
  );
}

export function startExport(
  transport: Transport,
  token: string,
  request: ExportRequest,
): Promise<AdminResult<ExportJobView>> {
  return adminRequest(
    transport,
    token,
    { method: 'POST', path: '/api/admin/exports', body: request, timeoutMs: REPORT_TIMEOUT_MS },
    exportJobSchema,
    [202],
  );
}

export function exportJob(
  transport: Transport,
  token: string,
  id: string,
): Promise<AdminResult<ExportJobView>> {
  return adminRequest(
    transport,
    token,
    {
      method: 'GET',
      path: `/api/admin/exports/${encodeURIComponent(id)}`,
      timeoutMs: JOB_TIMEOUT_MS,
    },
    exportJobSchema,
  );
}

export type DownloadFailure = 'download-failed';

/** The finished export's file; `baseUrl` is the register's origin. */
export async function downloadExport(
  fetchFile: typeof fetch,
  baseUrl: string,
  token: string,
  id: string,
): Promise<Result<Blob, DownloadFailure>> {
  try {
    const response = await fetchFile(
      `${baseUrl}/api/admin/exports/${encodeURIComponent(id)}/file`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    if (!response.ok) return fail('download-failed', `HTTP ${String(response.status)}`);
    return ok(await response.blob());
  } catch (error) {
    return fail('download-failed', error instanceof Error ? error.message : String(error));
  }
}
