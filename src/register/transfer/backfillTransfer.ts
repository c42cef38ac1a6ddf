import type { ClinicRecord } from '../../core/records/record';
import type { RegisterDb } from '../db/connect';
import { enqueueTransfer } from './enqueueTransfer';
import { parseRecordBody } from '../sync/recordStore';

// Puts into the transfer queue what the register holds but the queue does not: certificates
// issued, corrected or revoked while FEDERAL_TRANSFER was off (or before the queue existed).
// Run by `transfer backfill` and by the register itself at start while the transfer is on
// (transferLifecycle.ts). Idempotent: each record goes through enqueueTransfer, whose "on
// conflict do nothing" on (certificate_id, event) adds nothing twice, so a second run, or
// one racing a push that enqueues the same certificate, counts 0 for it.
//
// Demo data (`demo-data`) is never transferred: it is written with the transfer off, and the
// backfill leaves out what its tablets wrote — certificates signed on a tablet named
// "demo-data (seed N)" (register/demo/writeDemoData.ts) and revocations of them.
//
// Cheap enough for every start: certificates are picked by an anti-join on the queue's
// primary key (duplicates, which are never transferred, stay candidates and are skipped in
// memory); revocations, a few per cent of certificates, are read and checked here. Within a
// run the revocations are queued a millisecond after the certificates, so the worker, which
// sends oldest-due first, sends a backfilled certificate before its revocation.

/** Records enqueued per transaction: short writes, so pushes are not held up for long. */
const BATCH = 200;

export type BackfillSelection = { readonly clinicId?: string };

/** The name of every demo-data run's tablet, as a LIKE pattern ("demo-data (seed 42)"). */
export const DEMO_TABLET_NAME_PATTERN = 'demo-data (%';

async function demoTabletIds(db: RegisterDb): Promise<Set<string>> {
  const rows = await db.kysely
    .selectFrom('tablet')
    .select('id')
    .where('name', 'like', DEMO_TABLET_NAME_PATTERN)
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** Which of these certificates a demo-data tablet wrote. */
async function demoCertificateIds(
  db: RegisterDb,
  demoTablets: ReadonlySet<string>,
  ids: readonly string[],
): Promise<Set<string>> {
  if (demoTablets.size === 0 || ids.length === 0) return new Set();
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select('id')
    .where('kind', '=', 'certificate')
    .where('tablet_id', 'in', [...demoTablets])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((row) => row.id));
}

async function certificatesWithoutItem(
  db: RegisterDb,
  selection: BackfillSelection,
  demoTablets: ReadonlySet<string>,
): Promise<ClinicRecord[]> {
  let query = db.kysely
    .selectFrom('clinic_record as record')
    .select('record.body')
    .where('record.kind', '=', 'certificate')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('transfer_item as item')
            .select('item.certificate_id')
            .whereRef('item.certificate_id', '=', 'record.id')
            .where('item.event', 'in', ['issued', 'corrected']),
        ),
      ),
    );
  if (selection.clinicId !== undefined) {
    query = query.where('record.clinic_id', '=', selection.clinicId);
  }
  if (demoTablets.size > 0) query = query.where('record.tablet_id', 'not in', [...demoTablets]);
  const rows = await query.orderBy('record.seq').execute();
  return rows
    .map((row) => parseRecordBody(row.body))
    .filter((record) => record.kind === 'certificate' && record.duplicateOf === undefined);
}

async function revocationsWithoutItem(
  db: RegisterDb,
  selection: BackfillSelection,
  demoTablets: ReadonlySet<string>,
): Promise<ClinicRecord[]> {
  let query = db.kysely.selectFrom('clinic_record').select('body').where('kind', '=', 'revocation');
  if (selection.clinicId !== undefined) query = query.where('clinic_id', '=', selection.clinicId);
  const rows = await query.orderBy('seq').execute();
  let queued = db.kysely
    .selectFrom('transfer_item')
    .select('record_id')
    .where('event', '=', 'revoked');
  if (selection.clinicId !== undefined) queued = queued.where('clinic_id', '=', selection.clinicId);
  const enqueued = new Set((await queued.execute()).map((row) => row.record_id));
  const revocations = rows
    .map((row) => parseRecordBody(row.body))
    .filter((record) => record.kind === 'revocation' && !enqueued.has(record.id));
  const demo = await demoCertificateIds(
    db,
    demoTablets,
    revocations.flatMap((record) => (record.kind === 'revocation' ? [record.certificateId] : [])),
  );
  return revocations.filter(
    (record) => record.kind === 'revocation' && !demo.has(record.certificateId),
  );
}

async function enqueueAll(
  db: RegisterDb,
  records: readonly ClinicRecord[],
  at: string,
): Promise<number> {
  let added = 0;
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    added += await db.kysely.transaction().execute(async (tx) => {
      let inBatch = 0;
      for (const record of batch) {
        if (await enqueueTransfer(tx, record, at)) inBatch += 1;
      }
      return inBatch;
    });
  }
  return added;
}

/** Enqueues every transferable record with no queue entry yet; resolves to how many. */
export async function backfillTransfer(
  db: RegisterDb,
  now: Date,
  selection: BackfillSelection = {},
): Promise<number> {
  const demoTablets = await demoTabletIds(db);
  const certificates = await certificatesWithoutItem(db, selection, demoTablets);
  const added = await enqueueAll(db, certificates, now.toISOString());
  const revocations = await revocationsWithoutItem(db, selection, demoTablets);
  const later = new Date(now.getTime() + 1).toISOString();
  return added + (await enqueueAll(db, revocations, later));
}
