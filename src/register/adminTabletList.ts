import type { AdminTablet, AdminTabletList, TabletClinic } from '../core/protocol/adminTablets';
import { adminTabletListSchema } from '../core/protocol/adminTablets';
import { BACKLOG_WARNING_HOURS, tabletWarnings } from '../core/tablet/tabletWarnings';
import type { AdminScope } from './auth/adminScope';
import { clinicIdsFor } from './auth/adminScope';
import { readClinicSettings } from './clinicSettings';
import type { RegisterDb } from './db/connect';
import { listTablets } from './tabletSummaries';

// The administrators' tablet list (wire shape and example in src/core/protocol/adminTablets.ts):
// the tablets the scope reaches, each with its clinic and warnings worked out by core
// against the register's clock. The regional list puts tablets with warnings first (most
// warnings first, then by clinic), since the ministry looks across dozens of clinics for the
// few that need a call; a clinic's own list keeps the order of enrolment, as on the desk.

async function clinicsOf(
  db: RegisterDb,
  clinicIds: readonly string[] | undefined,
): Promise<Map<string, TabletClinic>> {
  if (clinicIds !== undefined && clinicIds.length === 0) return new Map();
  let query = db.kysely
    .selectFrom('clinic')
    .select(['id', 'code', 'name_ru', 'name_en', 'settings'])
    .where('kind', '=', 'clinic');
  if (clinicIds !== undefined) query = query.where('id', 'in', clinicIds);
  const rows = await query.execute();
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id as TabletClinic['id'],
        code: row.code,
        nameRu: row.name_ru,
        nameEn: row.name_en,
        utcOffsetMinutes: readClinicSettings(row.settings).policy.utcOffsetMinutes,
      },
    ]),
  );
}

function warningsFirst(a: AdminTablet, b: AdminTablet): number {
  return (
    Number(b.warnings.length > 0) - Number(a.warnings.length > 0) ||
    b.warnings.length - a.warnings.length ||
    a.clinic.code.localeCompare(b.clinic.code)
  );
}

export async function adminTabletList(
  db: RegisterDb,
  request: { readonly scope: AdminScope; readonly now: Date; readonly silentHours: number },
): Promise<AdminTabletList> {
  const { scope, now, silentHours } = request;
  const clinicIds = clinicIdsFor(scope, undefined);
  const clinics = await clinicsOf(db, clinicIds);
  const tablets: AdminTablet[] = [];
  for (const listing of await listTablets(db, clinicIds)) {
    const clinic = clinics.get(listing.clinicId);
    if (clinic === undefined) continue;
    const { summary, backlog } = listing;
    const warnings = tabletWarnings({ ...summary, backlog }, now, { silentHours });
    tablets.push({ ...summary, clinic, backlog, warnings });
  }
  // Array.prototype.sort is stable: within a group, the order of enrolment stays.
  if (scope.kind === 'region') tablets.sort(warningsFirst);
  return adminTabletListSchema.parse({
    checkedAt: now.toISOString(),
    silentHours,
    backlogHours: BACKLOG_WARNING_HOURS,
    tablets,
  });
}
