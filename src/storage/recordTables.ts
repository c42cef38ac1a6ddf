import type { EntityTable, Table } from 'dexie';
import type { RecordKind } from '../core/records/recordKinds';
import { RECORD_KINDS } from '../core/records/recordKinds';
import type {
  EnvelopeRow,
  PulledIndexRow,
  PulledKeysRow,
  PulledPageRow,
  SeroDeskDatabase,
  SettledBatchRow,
} from './database';

// Which Dexie table holds each kind of clinic record.

const TABLES = {
  person: 'persons',
  application: 'applications',
  contract: 'contracts',
  sample: 'samples',
  result: 'results',
  certificate: 'certificates',
  revocation: 'revocations',
} as const satisfies { readonly [K in RecordKind]: keyof SeroDeskDatabase };

/** The names of the clinic-record tables (settledWrites.ts watches writes to them). */
export const RECORD_TABLE_NAMES: ReadonlySet<string> = new Set(Object.values(TABLES));

export function tableOf(db: SeroDeskDatabase, kind: RecordKind): EntityTable<EnvelopeRow, 'id'> {
  return db[TABLES[kind]];
}

/** Every clinic-record table, for a transaction that may touch any kind. */
export function recordTables(db: SeroDeskDatabase): EntityTable<EnvelopeRow, 'id'>[] {
  return RECORD_KINDS.map((kind) => tableOf(db, kind));
}

type ScopeTable =
  | EntityTable<EnvelopeRow, 'id'>
  | EntityTable<SettledBatchRow, 'key'>
  | Table<PulledPageRow, [number, number]>
  | EntityTable<PulledKeysRow, 'page'>
  | EntityTable<PulledIndexRow, 'index'>;

/**
 * Every clinic-record table, `settledBatches` beside them and the pages a first download stored:
 * the scope of any transaction that reads records as the desk sees them or writes them
 * (settledSync.ts, settledWrites.ts, pagedRecords.ts).
 */
export function recordScope(db: SeroDeskDatabase): ScopeTable[] {
  return [...recordTables(db), ...besideTables(db)];
}

/** The part of recordScope a person search reads: persons, their settled rows and the pages. */
export function personScope(db: SeroDeskDatabase): ScopeTable[] {
  return [db.persons, ...besideTables(db)];
}

/** What is read beside a kind's table: `settledBatches` and what a first download stored by the page. */
function besideTables(db: SeroDeskDatabase): ScopeTable[] {
  return [db.settledBatches, db.pulledPages, db.pulledKeys, db.pulledIndex];
}
