import type { Insertable, SqliteDatabase, Transaction } from 'kysely';
import type { RegisterTables } from './tables';

// Many rows of one table inserted inside a transaction — a push's new records, their first
// versions and their answers (sync/newRecordRun.ts, issue #14) — each engine its fastest way:
//
//   SQLite      kept prepared statements of up to 64 rows, on the transaction's own
//               connection: insert into "sync_op" ("op_id", …) values (?, …), (?, …), …
//               (Kysely would build the same text anew for every statement, at ~30 µs a time)
//   PostgreSQL  multi-row inserts through Kysely, so a thousand rows cost a few round trips:
//               insert into "sync_op" ("op_id", …) values ($1, …), ($8, …), …
//
// Every row names the same columns, the first row's. A failing row fails the whole call; the
// caller's savepoint decides what stays.

export type TableName = keyof RegisterTables;

export type RowInserter = <T extends TableName>(
  tx: Transaction<RegisterTables>,
  table: T,
  rows: readonly Insertable<RegisterTables[T]>[],
) => Promise<void>;

type Row = Readonly<Record<string, unknown>>;

/** PostgreSQL binds at most 65,535 parameters per statement. */
const POSTGRES_PARAMETERS = 60_000;

export const postgresInsertRows: RowInserter = async (tx, table, rows) => {
  const first = rows[0];
  if (first === undefined) return;
  const perStatement = Math.max(1, Math.floor(POSTGRES_PARAMETERS / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += perStatement) {
    await tx
      .insertInto(table)
      .values(rows.slice(start, start + perStatement))
      .execute();
  }
};

/** The most rows per SQLite statement: 64 × 10 columns bound, well inside SQLite's limits. */
const SQLITE_MAX_ROWS_PER_STATEMENT = 64;

/**
 * For SQLite. `statements` is the connection the transaction runs on (db/connect.ts keeps
 * one); better-sqlite3 is synchronous and Kysely lends that one connection to a single
 * transaction at a time, so these statements run inside the caller's transaction. Rows go
 * in groups of 64, then the rest in groups of 32, 16, … 1 (100 rows: 64 + 32 + 4), so a
 * push of any size runs a handful of statements per table, with at most seven texts per
 * table in the statement cache. The values of a group are laid out in one array, reused.
 */
export function sqliteInsertRows(statements: SqliteDatabase): RowInserter {
  return (_tx, table, rows) => {
    const first = rows[0] as Row | undefined;
    if (first === undefined) return Promise.resolve();
    const columns = Object.keys(first);
    const width = columns.length;
    const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const values = new Array<unknown>(SQLITE_MAX_ROWS_PER_STATEMENT * width);
    try {
      let start = 0;
      for (let size = SQLITE_MAX_ROWS_PER_STATEMENT; size >= 1; size /= 2) {
        if (start + size > rows.length) continue;
        const statement = statements.prepare(head + new Array<string>(size).fill(tuple).join(', '));
        if (values.length !== size * width) values.length = size * width;
        for (; start + size <= rows.length; start += size) {
          for (let r = 0; r < size; r++) {
            const row = rows[start + r] as Row;
            for (let c = 0; c < width; c++) {
              values[r * width + c] = row[columns[c] as string] ?? null;
            }
          }
          statement.run(values);
        }
      }
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
}
