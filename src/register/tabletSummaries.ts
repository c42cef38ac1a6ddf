import { z } from 'zod';
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

/** The clinic's tablets, oldest enrolment first. */
export async function listClinicTablets(
  db: RegisterDb,
  clinicId: string,
): Promise<TabletSummary[]> {
  const rows = await db.kysely
    .selectFrom('tablet')
    .select([
      'id',
      'code',
      'name',
      'status',
      'enrolled_at',
      'last_seen_at',
      'last_push_at',
      'withdrawn_at',
      'replaces',
    ])
    .where('clinic_id', '=', clinicId)
    .orderBy('enrolled_at')
    .orderBy('id')
    .execute();
  const counts = await pushedCounts(
    db,
    rows.map((row) => row.id),
  );
  // The latest enrolment that named a tablet as its predecessor is its successor.
  const successors = new Map<string, string>();
  for (const row of rows) if (row.replaces !== null) successors.set(row.replaces, row.id);
  return rows.map((row) =>
    tabletSummarySchema.parse({
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
  );
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
