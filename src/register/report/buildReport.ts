import type { ReportResponse } from '../../core/protocol/adminReports';
import { isEmptyFigures } from '../../core/report/figures';
import type { ReportPeriod } from '../../core/report/period';
import { addRows } from '../../core/report/reportTally';
import { readClinicSettings } from '../clinicSettings';
import type { RegisterDb } from '../db/connect';
import type { ReportClinic, ReportSource } from './clinicReport';
import { clinicReport, REPORT_SOURCES } from './clinicReport';

// The report the admin route answers with: each clinic asked about (in code order) with its
// rows and total, and all of them added up bucket by bucket. Clinics are read one after the
// other, each in its own time zone, so a regional report of many clinics holds one page of
// records at a time.

/** The clinics among `ids` (every clinic when undefined), never the ministry itself. */
export async function reportClinics(
  db: RegisterDb,
  ids: readonly string[] | undefined,
): Promise<ReportClinic[]> {
  if (ids !== undefined && ids.length === 0) return [];
  const rows = await db.kysely
    .selectFrom('clinic')
    .select(['id', 'code', 'name_ru', 'settings'])
    .where('kind', '=', 'clinic')
    .$if(ids !== undefined, (query) => query.where('id', 'in', ids ?? []))
    .orderBy('code')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name_ru,
    utcOffsetMinutes: readClinicSettings(row.settings).policy.utcOffsetMinutes,
  }));
}

export async function buildReport(
  db: RegisterDb,
  clinics: readonly ReportClinic[],
  period: ReportPeriod,
  sources: readonly ReportSource[] = REPORT_SOURCES,
): Promise<ReportResponse> {
  const parts = [];
  for (const clinic of clinics) {
    const rows = await clinicReport(db, clinic, period, sources);
    parts.push({ id: clinic.id, code: clinic.code, name: clinic.name, ...rows });
  }
  const all = addRows(parts, period);
  return {
    from: period.from,
    to: period.to,
    by: period.by,
    clinics: parts.map((part) => ({ ...part, rows: [...part.rows] })),
    rows: [...all.rows],
    total: all.total,
    empty: isEmptyFigures(all.total),
  };
}
