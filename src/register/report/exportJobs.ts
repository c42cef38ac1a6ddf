import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type {
  ExportFormatName,
  ExportJobState,
  ExportJobView,
} from '../../core/protocol/adminReports';
import type { CalendarDate } from '../../core/records/calendarDate';
import { certificatesIssued } from '../../core/report/figures';
import type { RegisterDb } from '../db/connect';
import { exportCertificates } from '../export/exportCertificates';
import { buildReport } from './buildReport';
import type { ReportClinic } from './clinicReport';

// Exports started from the administration screen (issue #12): the CLI's exporter
// (export/exportCertificates.ts) run as a job in the background, so the screen can show
// true progress for a period of any size and fetch the file when it is done:
//
//   start → {"id":"5f0c…","state":"running","done":0,"total":214,"fileName":"serodesk-…csv"}
//   view  → {"state":"running","done":500,…} … {"state":"done","done":214,…}
//
// `total` is counted first, through the report's certificate index; a period with none is
// answered at once as "empty" and no file is made. Files live in <DATA_DIR>/exports/ under
// the job's id and are removed `ttlMs` after the job ended (and all of them at start: the
// jobs themselves live in memory, a restart forgets them). A job is visible only to the staff
// member who started it.

export type ExportJobRequest = {
  readonly staffId: string;
  readonly format: ExportFormatName;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** The clinics in scope; `clinicCode` names the one asked for, absent for all of them. */
  readonly clinics: readonly ReportClinic[];
  readonly clinicCode?: string;
};

type Job = {
  readonly id: string;
  readonly staffId: string;
  readonly format: ExportFormatName;
  readonly fileName: string;
  readonly file: string;
  state: ExportJobState;
  done: number;
  total: number;
  endedAt?: number;
};

/**
 * A start is refused while the same staff member's export runs (unless it is the same
 * export: a second click gets the running job) or MAX_RUNNING_EXPORTS run at the register:
 * each holds a database reader and writes a file, and a region's admins clicking at once
 * must not starve the tablets' pushes.
 */
export type ExportStart =
  | { readonly ok: true; readonly job: ExportJobView }
  | { readonly ok: false; readonly detail: string };

export const MAX_RUNNING_EXPORTS = 3;

export type ExportJobs = {
  start(request: ExportJobRequest): Promise<ExportStart>;
  view(id: string, staffId: string): ExportJobView | undefined;
  /** The finished file of the job, if it is done and still kept. */
  file(
    id: string,
    staffId: string,
  ):
    | { readonly path: string; readonly fileName: string; readonly format: ExportFormatName }
    | undefined;
  /** Removes the files and jobs that ended more than `ttlMs` ago. */
  sweep(): Promise<number>;
  /** Removes every file in the folder: at start, no job knows them. */
  clear(): Promise<void>;
  /** Waits for running jobs (tests and a clean shutdown). */
  settled(): Promise<void>;
};

export const EXPORT_FILE_TTL_MS = 60 * 60_000;
export const EXPORT_SWEEP_INTERVAL_MS = 10 * 60_000;

const EXTENSIONS: { readonly [K in ExportFormatName]: string } = {
  csv: 'csv',
  xlsx: 'xlsx',
  fhir: 'json',
};

/** "serodesk-PKGP3-2026-11-01_2026-11-30.csv"; "serodesk-all-…" for every clinic. */
export function exportFileName(
  request: Pick<ExportJobRequest, 'format' | 'from' | 'to' | 'clinicCode'>,
): string {
  const who = request.clinicCode ?? 'all';
  return `serodesk-${who}-${request.from}_${request.to}.${EXTENSIONS[request.format]}`;
}

function viewOf(job: Job): ExportJobView {
  return { id: job.id, state: job.state, done: job.done, total: job.total, fileName: job.fileName };
}

export function createExportJobs(deps: {
  readonly db: RegisterDb;
  readonly dir: string;
  readonly issuerUrl: string;
  readonly now: () => Date;
  readonly random: (bytes: number) => Uint8Array;
  readonly log: FastifyBaseLogger;
  readonly ttlMs?: number;
}): ExportJobs {
  const jobs = new Map<string, Job>();
  const running = new Set<Promise<void>>();
  /** Staff whose start is counting its certificates: not yet running, already taken. */
  const starting = new Set<string>();
  const ttlMs = deps.ttlMs ?? EXPORT_FILE_TTL_MS;

  async function run(job: Job, request: ExportJobRequest): Promise<void> {
    try {
      await mkdir(deps.dir, { recursive: true });
      const written = await exportCertificates(deps.db, {
        format: request.format,
        from: request.from,
        to: request.to,
        out: job.file,
        ...(request.clinicCode === undefined ? {} : { clinicCode: request.clinicCode }),
        issuerUrl: deps.issuerUrl,
        now: deps.now(),
        onProgress: (count) => {
          job.done = count;
          job.total = Math.max(job.total, count);
        },
      });
      if (!written.ok) throw new Error(`export: ${written.reason} ${written.detail ?? ''}`);
      job.done = written.value.certificates;
      job.total = written.value.certificates;
      job.state = 'done';
    } catch (error) {
      job.state = 'failed';
      deps.log.error({ err: error, job: job.id }, 'an export job failed');
    } finally {
      job.endedAt = deps.now().getTime();
    }
  }

  return {
    async start(request) {
      const fileName = exportFileName(request);
      const mine = [...jobs.values()].find(
        (job) => job.staffId === request.staffId && job.state === 'running',
      );
      if (mine !== undefined) {
        if (mine.fileName === fileName) return { ok: true, job: viewOf(mine) };
        return { ok: false, detail: `your export ${mine.fileName} is still running` };
      }
      if (starting.has(request.staffId)) {
        return { ok: false, detail: 'your previous export is still starting' };
      }
      if (running.size + starting.size >= MAX_RUNNING_EXPORTS) {
        return { ok: false, detail: `${String(MAX_RUNNING_EXPORTS)} exports are running` };
      }
      starting.add(request.staffId);
      const counted = await buildReport(
        deps.db,
        request.clinics,
        { from: request.from, to: request.to, by: 'month' },
        ['certificates'],
      ).finally(() => starting.delete(request.staffId));
      const id = Buffer.from(deps.random(16)).toString('hex');
      const job: Job = {
        id,
        staffId: request.staffId,
        format: request.format,
        fileName,
        file: path.join(deps.dir, `${id}.${EXTENSIONS[request.format]}`),
        state: 'running',
        done: 0,
        total: certificatesIssued(counted.total),
      };
      jobs.set(id, job);
      if (job.total === 0) {
        job.state = 'empty';
        job.endedAt = deps.now().getTime();
        return { ok: true, job: viewOf(job) };
      }
      const task = run(job, request);
      running.add(task);
      void task.finally(() => running.delete(task));
      return { ok: true, job: viewOf(job) };
    },
    view(id, staffId) {
      const job = jobs.get(id);
      return job === undefined || job.staffId !== staffId ? undefined : viewOf(job);
    },
    file(id, staffId) {
      const job = jobs.get(id);
      if (job?.staffId !== staffId || job.state !== 'done') return undefined;
      return { path: job.file, fileName: job.fileName, format: job.format };
    },
    async sweep() {
      const before = deps.now().getTime() - ttlMs;
      let removed = 0;
      for (const job of [...jobs.values()]) {
        if (job.endedAt === undefined || job.endedAt > before) continue;
        jobs.delete(job.id);
        await rm(job.file, { force: true });
        removed += 1;
      }
      return removed;
    },
    async clear() {
      const names = await readdir(deps.dir).catch((error: unknown) => {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
        throw error;
      });
      for (const name of names) await rm(path.join(deps.dir, name), { force: true });
    },
    async settled() {
      await Promise.all([...running]);
    },
  };
}
