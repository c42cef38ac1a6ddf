import { z } from 'zod';
import type { ReportedBacklog } from '../core/protocol/adminTablets';
import { reportedBacklogSchema } from '../core/protocol/adminTablets';
import type { Predecessor, TabletSummary } from '../core/protocol/tablet';
import { tabletSummarySchema } from '../core/protocol/tablet';
import type { RegisterDb } from './db/connect';

// What the register knows of each tablet of a clinic (wire shape in
// src/core/protocol/tablet.ts). "Records pushed" counts distinct records of the sync log that
// the register took from the tablet (accepted or merged; refused ops are not counted), so it
// says what a wiped tablet can get back, whoever edited those records later. Counting ops
// would count every edit; counting `clinic_record.tablet_id` would forget records another
// tablet edited since.

const countSchema = z.object({
  tablet_id: z.string(),
  records: z.union([z.number(), z.string(), z.bigint()]).transform(Number),
});

async function pushedCounts(db: RegisterDb, tabletIds: readonly string[]) {
  const counts = new Map<string, number>();
  if (tabletIds.length === 0) return counts;
  const rows = await db.kysely
    .selectFrom('sync_op')
    .select((eb) => ['tablet_id', eb.fn.count('record_id').distinct().as('records')])
    .where('tablet_id', 'in', tabletIds)
    .where('seq', 'is not', null)
    .where('record_id', 'is not', null)
    .groupBy('tablet_id')
    .execute();
  for (const row of rows) {
    const parsed = countSchema.parse(row);
    counts.set(parsed.tablet_id, parsed.records);
  }
  return counts;
}

/** A tablet's summary with what only the administrators' list adds (adminTablets.ts). */
export type TabletListing = {
  readonly summary: TabletSummary;
  readonly clinicId: string;
  /** What the tablet reported at its last contact; null before its first report. */
  readonly backlog: ReportedBacklog | null;
};

/**
 * The tablets of the given clinics (every clinic's when undefined), oldest enrolment first.
 * Successors are found among the tablets listed: a tablet is only ever replaced within its
 * clinic.
 */
export async function listTablets(
  db: RegisterDb,
  clinicIds: readonly string[] | undefined,
): Promise<TabletListing[]> {
  if (clinicIds !== undefined && clinicIds.length === 0) return [];
  let query = db.kysely
    .selectFrom('tablet')
    .select([
      'id',
      'clinic_id',
      'code',
      'name',
      'status',
      'enrolled_at',
      'last_seen_at',
      'last_push_at',
      'withdrawn_at',
      'replaces',
      'backlog_count',
      'backlog_oldest_at',
      'backlog_reported_at',
    ])
    .orderBy('enrolled_at')
    .orderBy('id');
  if (clinicIds !== undefined) query = query.where('clinic_id', 'in', clinicIds);
  const rows = await query.execute();
  const counts = await pushedCounts(
    db,
    rows.map((row) => row.id),
  );
  // The latest enrolment that named a tablet as its predecessor is its successor.
  const successors = new Map<string, string>();
  for (const row of rows) if (row.replaces !== null) successors.set(row.replaces, row.id);
  return rows.map((row) => ({
    summary: tabletSummarySchema.parse({
      id: row.id,
      code: row.code ?? '',
      name: row.name,
      status: row.status,
      enrolledAt: row.enrolled_at,
      lastSeenAt: row.last_seen_at,
      lastPushAt: row.last_push_at,
      recordsPushed: counts.get(row.id) ?? 0,
      withdrawnAt: row.withdrawn_at,
      replaces: row.replaces,
      replacedBy: successors.get(row.id) ?? null,
    }),
    clinicId: row.clinic_id,
    backlog:
      row.backlog_count === null || row.backlog_reported_at === null
        ? null
        : reportedBacklogSchema.parse({
            records: row.backlog_count,
            oldestAt: row.backlog_oldest_at,
            reportedAt: row.backlog_reported_at,
          }),
  }));
}

/** The clinic's tablets, oldest enrolment first. */
export async function listClinicTablets(
  db: RegisterDb,
  clinicId: string,
): Promise<TabletSummary[]> {
  return (await listTablets(db, [clinicId])).map((listing) => listing.summary);
}

/** The tablet a new enrolment names as its predecessor, if it is one of the clinic's. */
export async function findPredecessor(
  db: RegisterDb,
  clinicId: string,
  tabletId: string,
): Promise<Predecessor | null> {
  const row = await db.kysely
    .selectFrom('tablet')
    .select(['id', 'code', 'name', 'last_push_at'])
    .where('id', '=', tabletId)
    .where('clinic_id', '=', clinicId)
    .executeTakeFirst();
  if (row === undefined) return null;
  const counts = await pushedCounts(db, [row.id]);
  return {
    id: row.id as Predecessor['id'],
    code: row.code ?? '',
    name: row.name,
    recordsPushed: counts.get(row.id) ?? 0,
    lastPushAt: row.last_push_at,
  };
}
