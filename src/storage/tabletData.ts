import type { MessageTable } from '../core/bilingual';
import type { QueuedCardVoid } from '../core/tablet/exportFile';
import { TABLET_EXPORT_FORMAT, TABLET_EXPORT_VERSION } from '../core/tablet/exportFile';
import type { RecordKind } from '../core/records/recordKinds';
import { RECORD_KINDS } from '../core/records/recordKinds';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { ExportReceipt } from './metaKeys';
import { META, readMeta, writeMeta } from './metaKeys';

export type { ExportReceipt } from './metaKeys';
import { readCardVoids } from './cardVoids';
import type { OutboxRow, SeroDeskDatabase, SyncState } from './database';
import { recordScope, tableOf } from './recordTables';
import { settledRows } from './settledSync';
import type { SyncCounts } from './syncCounts';
import { countSyncWork } from './syncCounts';
import { loadClinicHeader, loadTabletIdentity } from './tablet';

// Saving a tablet's unsynced work to a file, and erasing the tablet (DESIGN, "Storage
// safety": refuse to wipe a tablet that holds unsynced work). The export file:
//
//   serodesk-export-T1-2026-11-27.json
//   {"format":"serodesk-tablet-export","formatVersion":1,
//    "exportedAt":"2026-11-27T10:00:00.000Z",
//    "tablet":{"tabletId":"0193…a1","code":"T1","name":"Окно 1","enrolledAt":"2026-11-26T09:00:00.000Z"},
//    "clinic":{"id":"0193…cc","code":"PKGP3","nameRu":"…","nameEn":"…"},
//    "counts":{"waiting":1,"rejected":0,"conflicts":0},
//    "outbox":[{"seq":17,"opId":"0193…01","kind":"person","recordId":"0193…","record":{…},
//               "baseVersion":0,"queuedAt":"2026-11-27T09:58:00.000Z","state":"queued"}],
//    "records":[{"kind":"person","id":"0193…","sync":{"state":"pending","version":0},
//                "record":{…}}]}
//
// `outbox` is every op not yet accepted (queued and rejected, with its opId, so the register
// can still tell a replay), `records` every record not "synced" (pending, sending, rejected,
// conflict — a conflict with the tablet's own version in `conflict.tabletRecord`), and
// `cardVoids` (only when there are any) the discarded certificates whose cards the register
// has yet to void (cardVoids.ts): the register's operator voids them from the file
// (`npm run register -- void-cards --file …`) when the tablet can no longer send them. Never
// the tablet token nor the signing key.
//
// The erase rule: with no unsynced work, typing the tablet code is enough. With unsynced
// work, erasing needs an export that covers everything unsynced *now*: the receipt keeps the
// highest outbox seq and the records exported, so any op queued since (a higher seq) or any
// record unsynced that the file lacks (e.g. a later edit answered with a conflict) asks for a
// new export. The receipt is kept in the same database:
//
//   meta["export:last"]  {"exportedAt":"…","outboxSeq":17,"counts":{…},"recordIds":["0193…"]}

const UNSYNCED_STATES: readonly SyncState[] = ['pending', 'sending', 'rejected', 'conflict'];

export type ExportedRecord = {
  readonly kind: RecordKind;
  readonly id: string;
  readonly sync: { readonly state: SyncState; readonly version: number; readonly reason?: string };
  readonly record: unknown;
  readonly conflict?: unknown;
};

export type TabletExport = {
  readonly format: typeof TABLET_EXPORT_FORMAT;
  readonly formatVersion: typeof TABLET_EXPORT_VERSION;
  readonly exportedAt: string;
  readonly tablet: {
    readonly tabletId: string;
    readonly code: string;
    readonly name: string;
    readonly enrolledAt: string;
  } | null;
  readonly clinic: {
    readonly id: string;
    readonly code: string;
    readonly nameRu: string;
    readonly nameEn: string;
  } | null;
  readonly counts: SyncCounts;
  readonly outbox: readonly OutboxRow[];
  readonly records: readonly ExportedRecord[];
  /** Discarded certificates whose cards the register has yet to void; absent when none. */
  readonly cardVoids?: readonly QueuedCardVoid[];
};

/** The unsynced work as it is now: outbox rows, unsynced envelopes and their counts. */
async function readUnsynced(db: SeroDeskDatabase) {
  return db.transaction('r', [db.outbox, db.meta, ...recordScope(db)], async () => {
    const outbox = await db.outbox.orderBy('seq').toArray();
    const cardVoids = await readCardVoids(db);
    const records: ExportedRecord[] = [];
    for (const kind of RECORD_KINDS) {
      const stored = await tableOf(db, kind).where('sync.state').anyOf(UNSYNCED_STATES).toArray();
      // An envelope a push settled without writing it is synced (settledSync.ts).
      const rows = (await settledRows(db, stored)).filter((row) =>
        UNSYNCED_STATES.includes(row.sync.state),
      );
      for (const row of rows) {
        const conflict = (row as { conflict?: unknown }).conflict;
        records.push({
          kind,
          id: row.id,
          sync: row.sync,
          record: row.record,
          ...(conflict === undefined ? {} : { conflict }),
        });
      }
    }
    return { outbox, records, cardVoids, counts: await countSyncWork(db) };
  });
}

function highestSeq(outbox: readonly OutboxRow[]): number {
  return outbox.reduce((highest, row) => Math.max(highest, row.seq ?? 0), 0);
}

function unsyncedIds(unsynced: {
  readonly outbox: readonly OutboxRow[];
  readonly records: readonly ExportedRecord[];
  readonly cardVoids?: readonly QueuedCardVoid[];
}): Set<string> {
  return new Set([
    ...unsynced.outbox.map((row) => row.recordId),
    ...unsynced.records.map((record) => record.id),
    ...(unsynced.cardVoids ?? []).map((entry) => entry.certificateId),
  ]);
}

/** Builds the export of everything this tablet has not handed to the register. */
export async function buildTabletExport(
  db: SeroDeskDatabase,
  now: () => Date,
): Promise<TabletExport> {
  const identity = await loadTabletIdentity(db);
  const clinic = await loadClinicHeader(db);
  const unsynced = await readUnsynced(db);
  return {
    format: TABLET_EXPORT_FORMAT,
    formatVersion: TABLET_EXPORT_VERSION,
    exportedAt: now().toISOString(),
    tablet:
      identity === undefined
        ? null
        : {
            tabletId: identity.tabletId,
            code: identity.code,
            name: identity.name,
            enrolledAt: identity.enrolledAt,
          },
    clinic:
      clinic === undefined
        ? null
        : { id: clinic.id, code: clinic.code, nameRu: clinic.nameRu, nameEn: clinic.nameEn },
    counts: unsynced.counts,
    outbox: unsynced.outbox,
    records: unsynced.records,
    ...(unsynced.cardVoids.length === 0 ? {} : { cardVoids: unsynced.cardVoids }),
  };
}

/** `serodesk-export-T1-2026-11-27.json`, the date as the tablet's own calendar shows it. */
export function exportFileName(exported: TabletExport, at: Date): string {
  const date = [
    String(at.getFullYear()),
    String(at.getMonth() + 1).padStart(2, '0'),
    String(at.getDate()).padStart(2, '0'),
  ].join('-');
  return `serodesk-export-${exported.tablet?.code ?? 'device'}-${date}.json`;
}

/** Call once the file has been handed to the browser: from now on it counts as saved. */
export async function saveExportReceipt(
  db: SeroDeskDatabase,
  exported: TabletExport,
): Promise<ExportReceipt> {
  const receipt: ExportReceipt = {
    exportedAt: exported.exportedAt,
    outboxSeq: highestSeq(exported.outbox),
    counts: exported.counts,
    recordIds: [...unsyncedIds(exported)],
  };
  await writeMeta(db, META.exportReceipt, receipt);
  return receipt;
}

export async function loadExportReceipt(db: SeroDeskDatabase): Promise<ExportReceipt | undefined> {
  return readMeta(db, META.exportReceipt);
}

/**
 * Whether erasing may go ahead as far as the data goes (the typed code is checked apart):
 *
 *   {counts: {waiting: 1, rejected: 0, conflicts: 0}, hasUnsynced: true,
 *    receipt: {exportedAt: "…", …}, exportCovers: false}
 */
export type EraseReadiness = {
  readonly counts: SyncCounts;
  readonly hasUnsynced: boolean;
  readonly receipt: ExportReceipt | undefined;
  /** The last export holds every op and record unsynced now. */
  readonly exportCovers: boolean;
};

export async function eraseReadiness(db: SeroDeskDatabase): Promise<EraseReadiness> {
  const unsynced = await readUnsynced(db);
  const receipt = await loadExportReceipt(db);
  const ids = unsyncedIds(unsynced);
  const exported = new Set(receipt?.recordIds ?? []);
  const exportCovers =
    receipt !== undefined &&
    highestSeq(unsynced.outbox) <= receipt.outboxSeq &&
    [...ids].every((id) => exported.has(id));
  return { counts: unsynced.counts, hasUnsynced: ids.size > 0, receipt, exportCovers };
}

export type EraseRefusal = 'not-enrolled' | 'unsynced-work' | 'export-outdated' | 'code-mismatch';

export const ERASE_REFUSAL_MESSAGES: MessageTable<EraseRefusal> = {
  'not-enrolled': {
    ru: 'Это устройство не зарегистрировано как планшет: стирать нечего.',
    en: 'This device is not enrolled as a tablet: there is nothing to erase.',
  },
  'unsynced-work': {
    ru: 'Стереть нельзя: на планшете есть записи, не дошедшие до регистра. Синхронизируйте планшет или сначала сохраните их в файл.',
    en: 'Cannot erase: this tablet holds records that have not reached the register. Sync the tablet, or save them to a file first.',
  },
  'export-outdated': {
    ru: 'Стереть нельзя: после сохранения файла появились новые неотправленные записи. Сохраните файл ещё раз.',
    en: 'Cannot erase: new unsent work appeared after the file was saved. Save the file again.',
  },
  'code-mismatch': {
    ru: 'Код не совпадает с кодом этого планшета.',
    en: 'The code does not match this tablet’s code.',
  },
};

/** The whole erase rule, checked against the data as it is at this moment. */
export async function checkErase(
  db: SeroDeskDatabase,
  typedCode: string,
): Promise<Result<EraseReadiness, EraseRefusal>> {
  const identity = await loadTabletIdentity(db);
  if (identity === undefined) return fail('not-enrolled');
  const readiness = await eraseReadiness(db);
  if (readiness.hasUnsynced && readiness.receipt === undefined) return fail('unsynced-work');
  if (readiness.hasUnsynced && !readiness.exportCovers) return fail('export-outdated');
  if (typedCode.trim().toUpperCase() !== identity.code) return fail('code-mismatch');
  return ok(readiness);
}

/**
 * Deletes the tablet's whole IndexedDB database once `checkErase` allows it. The caller
 * forgets the saved session and reloads; the closed database is not reopened meanwhile.
 */
export async function eraseTabletData(
  db: SeroDeskDatabase,
  typedCode: string,
): Promise<Result<void, EraseRefusal>> {
  // The check is one read transaction over every table, and Dexie settles it only once the
  // transaction has completed: the rule is judged on one state of the data, and the delete
  // does not start while the check's last read is still open (IndexedDB then reports the
  // delete blocked by this very connection until that read ends).
  const allowed = await db.transaction('r', db.tables, async () => checkErase(db, typedCode));
  if (!allowed.ok) return allowed;
  await db.delete();
  return ok(undefined);
}
