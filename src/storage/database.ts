import Dexie from 'dexie';
import type { EntityTable, Table } from 'dexie';
import type { ReceiptIdentity } from '../core/contract/receiptKey';
import { receiptKeysOf } from '../core/contract/receiptKey';
import type { PageKeys, StoredIndex } from './pageIndex';
import { forgetSettledOnWrite, settledBatchesOf } from './settledWrites';

// The tablet's IndexedDB database. A schema change raises DB_VERSION; a tablet that
// skipped releases upgrades from whatever it has (tests open databases written by v1, v2, v3,
// v5 and v6 and read them with the current version). Dexie (3 and later) diffs the schema the
// tablet has installed against the declared one, so only the current version is declared,
// with the whole schema and one upgrade that moves the data of any older tablet; see
// openDatabase.
//
// Clinic records are stored as envelopes: the record exactly as it syncs, plus the keys the
// desk searches by and the record's own sync state.
//
//   persons  {id: "0193…", record: {kind: "person", …}, sync: {state: "pending", version: 0},
//             searchName: "иванова мария", snils: "11223344595", documentKey: "ru-passport:3005123456",
//             phone: "+79141234567", birthDate: "1985-03-14"}
//   outbox   {seq: 17, opId: "0193…", kind: "person", recordId: "0193…", record: {...},
//             baseVersion: 0, queuedAt: "2026-11-26T10:15:00.000Z", state: "queued"}
//   drafts   {key: "person-form", value: {...}, savedAt: "2026-11-26T10:15:00.000Z"}
//   meta     {key: "clinic", value: {...}}   settings, counters, sync cursor
//   trust    {iss: "https://register.example", jwks: {keys: [...]}, crls: {"<kid>": {...}},
//             policy?: {...}, etags?: {...}, fetchedAt: "2026-11-26T10:15:00.000Z"}
//             the verifier's cached trust list (src/storage/trustStore.ts). `policy` and
//             `etags` are unindexed members added without a version step: IndexedDB stores
//             any shape, Dexie only needs a step when an index changes, and trustStore reads
//             a row without them (written by an older release) as it always did.
//   staffPins {staffId: "0193…", staff: {StaffInfo}, pinHash: "pbkdf2-sha256$300000$…",
//             failedAttempts: 0, setAt: "…"}   who may unlock this tablet offline (v3)
//   contracts {id: "0193…", record: {kind: "contract", …}, sync: {…}, applicationId: "0193…",
//             number: "KAM01-T09-2026-000123", receiptKeys: ["7284440500123456:501"]}
//             receiptKeys (v4): the receipts the contract carries, ФН:ФД, so that one receipt
//             is refused on a second contract (core/rules/receiptRules.ts)
//   settledBatches {key: 12, kind: "person", ids: ["0193…a1", "0193…a2", …], versions: [1, 1, …],
//             first: "0193…a1", last: "0193…f7"}
//             (v7) records the register took as sent, whose envelopes still read "pending":
//             a push writes one such row per kind of each batch instead of rewriting the
//             envelopes and their indexes (settledSync.ts, issue #14); its ids' span, `first`
//             and `last`, is indexed. Version 5's `settled`, a row per record, went into these.
//   pulledPages {page: 4812, part: 0, records: [{kind: "person", id: "0193…", version: 3, …}, …]}
//   pulledKeys  {page: 4812, keys: {ids: [...], kinds: [...], versions: [...], keys: {...}}}
//   pulledIndex {index: "person.searchName", through: 4812, entries: ["иванова мария\u00000193…a1", …]}
//             (v6) persons a first download stored by the slice, keyed by the slice's first
//             seq (its records in parts of 25), their index keys beside them, and each
//             index's sorted pairs as of page `through`, written at idle so a start need not
//             sort them: read through storage/pagedRecords.ts (docs/DECISIONS.md, "Records
//             by the page", issue #14)
export const DB_NAME = 'serodesk';
export const DB_VERSION = 7;

export type DraftRow = { readonly key: string; readonly value: unknown; readonly savedAt: string };
export type MetaRow = { readonly key: string; readonly value: unknown };

export const SYNC_STATES = ['pending', 'sending', 'synced', 'conflict', 'rejected'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export type RecordSync = {
  readonly state: SyncState;
  /** The register's version of the record; 0 until the register has accepted it once. */
  readonly version: number;
  /** Why the register refused or what clashed, in words for a person. */
  readonly reason?: string;
};

export type EnvelopeRow = {
  readonly id: string;
  readonly record: unknown;
  readonly sync: RecordSync;
  readonly [indexKey: string]: unknown;
};

export type OutboxRow = {
  readonly seq?: number;
  readonly opId: string;
  readonly kind: string;
  readonly recordId: string;
  readonly record: unknown;
  readonly baseVersion: number;
  readonly queuedAt: string;
  readonly state: 'queued' | 'rejected';
  readonly reason?: string;
  /** The register's detail of a refusal ("ФН …, ФД 501; № KAM01-…"); unindexed, no version step. */
  readonly detail?: string;
};

export type TrustRow = {
  readonly iss: string;
  readonly jwks: unknown;
  readonly crls: Readonly<Record<string, unknown>>;
  readonly fetchedAt: string;
  readonly policy?: unknown;
  readonly etags?: {
    readonly jwks?: string;
    readonly policy?: string;
    readonly crls?: Readonly<Record<string, string>>;
  };
};

/**
 * A record the register took exactly as sent, at `version`, whose envelope the push left as
 * the desk wrote it ("pending"): read through storage/settledSync.ts.
 */
export type SettledRow = {
  readonly id: string;
  readonly kind: string;
  readonly version: number;
};

/** Settled records of one kind, stored together (one row for a push's batch of that kind). */
export type SettledBatchRow = {
  readonly key?: number;
  readonly kind: string;
  readonly ids: readonly string[];
  /** The version of each of `ids`, at the same place. */
  readonly versions: readonly number[];
  /** The least and the greatest of `ids` (IndexedDB's order): a row is found by its span. */
  readonly first: string;
  readonly last: string;
};

/**
 * A part of a slice of a first download's records, as pulled (storage/pagedRecords.ts): the
 * records at positions `part` × PAGE_PART … of the slice's key row.
 */
export type PulledPageRow = {
  readonly page: number;
  readonly part: number;
  readonly records: readonly unknown[];
};

/** The index keys of a pulled page's records (storage/pageIndex.ts `PageKeys`). */
export type PulledKeysRow = { readonly page: number; readonly keys: PageKeys };

/** One index's sorted pairs over the pages up to `through` (storage/pageIndex.ts). */
export type PulledIndexRow = StoredIndex;

/** One member of staff's PIN on this tablet; read back through src/storage/staffPins.ts. */
export type StaffPinRow = {
  readonly staffId: string;
  readonly staff: unknown;
  readonly pinHash: string;
  readonly failedAttempts: number;
  readonly lockedUntil?: string;
  readonly setAt: string;
};

export type SeroDeskDatabase = Dexie & {
  trust: EntityTable<TrustRow, 'iss'>;
  drafts: EntityTable<DraftRow, 'key'>;
  meta: EntityTable<MetaRow, 'key'>;
  persons: EntityTable<EnvelopeRow, 'id'>;
  applications: EntityTable<EnvelopeRow, 'id'>;
  contracts: EntityTable<EnvelopeRow, 'id'>;
  samples: EntityTable<EnvelopeRow, 'id'>;
  results: EntityTable<EnvelopeRow, 'id'>;
  certificates: EntityTable<EnvelopeRow, 'id'>;
  revocations: EntityTable<EnvelopeRow, 'id'>;
  outbox: EntityTable<OutboxRow, 'seq'>;
  staffPins: EntityTable<StaffPinRow, 'staffId'>;
  settledBatches: EntityTable<SettledBatchRow, 'key'>;
  pulledPages: Table<PulledPageRow, [number, number]>;
  pulledKeys: EntityTable<PulledKeysRow, 'page'>;
  pulledIndex: EntityTable<PulledIndexRow, 'index'>;
};

/** The IndexedDB implementation: the browser's by default, fake-indexeddb in Node tests. */
export type IndexedDbDeps = {
  readonly indexedDB: IDBFactory;
  readonly IDBKeyRange: typeof globalThis.IDBKeyRange;
};

/** The receipt keys of a contract written before v4, read without its schema. */
function storedReceiptKeys(record: unknown): string[] {
  const contract = record as { receipt?: unknown; refundReceipt?: unknown } | null;
  const identity = (receipt: unknown): ReceiptIdentity | undefined => {
    const { fiscalDrive, documentNumber } = (receipt ?? {}) as Record<string, unknown>;
    return typeof fiscalDrive === 'string' && typeof documentNumber === 'string'
      ? { fiscalDrive, documentNumber }
      : undefined;
  };
  return receiptKeysOf({
    receipt: identity(contract?.receipt),
    refundReceipt: identity(contract?.refundReceipt),
  });
}

/**
 * Whether `db` exists in the browser yet, asked without opening it: opening a database that is
 * not there creates it with every table, which on a first visit kept whoever waited on the
 * answer 0.15 s unthrottled and 0.4 s at 4× slowdown (issue #14). Undefined where the browser
 * cannot tell (`indexedDB.databases()` is missing before Chromium 71, Safari 14, Firefox 126).
 */
export async function databaseExists(db: SeroDeskDatabase): Promise<boolean | undefined> {
  if (db.isOpen()) return true;
  const factory = (db._options.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB;
  if (typeof factory.databases !== 'function') return undefined;
  const present = await factory.databases();
  return present.some((info) => info.name === db.name);
}

export function openDatabase(deps?: IndexedDbDeps, name: string = DB_NAME): SeroDeskDatabase {
  const db = new Dexie(name, deps === undefined ? undefined : { ...deps }) as SeroDeskDatabase;
  // One declaration, the whole schema as of version 7, whose upgrade carries the data of
  // every older tablet forward. Versions 1–3, 5 and 6 only added tables and indexes, which
  // Dexie adds by itself from its diff of the installed schema. Dexie parses every declared
  // version again at each `stores()` call and rebuilds the tables' API: with all seven
  // declared that cost each start ≈ 50 ms of the page's main thread at 4× slowdown, with 4
  // and 7 ≈ 34 ms (issue #14).
  db.version(DB_VERSION)
    .stores({
      drafts: 'key', // v1
      meta: 'key', // v2 …
      persons: 'id, searchName, snils, documentKey, phone, birthDate, sync.state',
      applications: 'id, personId, day, stage, sync.state',
      contracts: 'id, applicationId, &number, sync.state, *receiptKeys', // receiptKeys: v4
      samples: 'id, applicationId, sync.state',
      results: 'id, sampleId, sync.state',
      certificates: 'id, applicationId, personId, number, sync.state',
      revocations: 'id, certificateId, sync.state',
      outbox: '++seq, &opId, recordId, state',
      trust: 'iss', // … v2
      staffPins: 'staffId', // v3
      pulledPages: '[page+part]', // v6
      pulledKeys: 'page', // v6
      pulledIndex: 'index', // v6
      settled: null,
      settledBatches: '++key, first, last', // v7
    })
    .upgrade((tx) =>
      // v4: the receipt keys of contracts written before there were any (from v4 on every
      // contract is written with them, indexKeys.ts, so a row that has them is left alone).
      tx
        .table<{ record: unknown; receiptKeys?: readonly string[] }>('contracts')
        .toCollection()
        .modify((row) => {
          if (row.receiptKeys === undefined) row.receiptKeys = storedReceiptKeys(row.record);
        })
        // v7: a row per settled record (v5's `settled`) was a put per record at every push
        // batch: in Chromium a request each, ≈ 0.3 ms of the page's and the database's threads
        // (issue #14). Rows left by an older release (the engine writes them out at idle, so
        // there are few) move as they are; a tablet from before v5 has no such table.
        .then(() =>
          tx.idbtrans.objectStoreNames.contains('settled')
            ? tx
                .table<SettledRow>('settled')
                .toArray()
                .then((rows) =>
                  tx.table<SettledBatchRow>('settledBatches').bulkAdd(settledBatchesOf(rows)),
                )
            : undefined,
        ),
    );
  forgetSettledOnWrite(db);
  return db;
}
