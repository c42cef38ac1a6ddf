import type { EntityTable } from 'dexie';
import type { RecordKind } from '../core/records/recordKinds';
import { RECORD_KINDS } from '../core/records/recordKinds';
import type { EnvelopeRow, SeroDeskDatabase, SettledRow } from './database';

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

/**
 * Every clinic-record table and `settled` beside them: the scope of any transaction that reads
 * envelopes as the desk sees them or writes them (settledSync.ts, settledWrites.ts).
 */
export function recordScope(
  db: SeroDeskDatabase,
): (EntityTable<EnvelopeRow, 'id'> | EntityTable<SettledRow, 'id'>)[] {
  return [...recordTables(db), db.settled];
}
