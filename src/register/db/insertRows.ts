import type { Insertable, SqliteDatabase, Transaction } from 'kysely';
import type { RegisterTables } from './tables';

// Many rows of one table inserted inside a transaction — a push's new records, their first
// versions and their answers (sync/newRecordRun.ts, issue #14) — each engine its fastest way:
//
//   SQLite      one kept prepared statement run once per row, on the transaction's own
//               connection: insert into "sync_op" ("op_id", …) values (?, …)
//               (Kysely would build the same text anew for every row, at ~30 µs a time)
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

/** Rows per SQLite statement: fewer statements to step through; 64 × 10 columns bound. */
const SQLITE_ROWS_PER_STATEMENT = 64;

/**
 * For SQLite. `statements` is the connection the transaction runs on (db/connect.ts keeps
 * one); better-sqlite3 is synchronous and Kysely lends that one connection to a single
 * transaction at a time, so these statements run inside the caller's transaction. Whole
 * groups of 64 rows go as one statement, the rest one row a time: two texts per table in
 * the statement cache, whatever the number of rows. The values of a group are laid out in
 * one array, reused from group to group (a push writes three tables of a thousand rows).
 */
export function sqliteInsertRows(statements: SqliteDatabase): RowInserter {
  return (_tx, table, rows) => {
    const first = rows[0] as Row | undefined;
    if (first === undefined) return Promise.resolve();
    const columns = Object.keys(first);
    const width = columns.length;
    const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const lay = (values: unknown[], from: number, count: number) => {
      for (let r = 0; r < count; r++) {
        const row = rows[from + r] as Row;
        for (let c = 0; c < width; c++) values[r * width + c] = row[columns[c] as string] ?? null;
      }
      return values;
    };
    try {
      let start = 0;
      if (rows.length >= SQLITE_ROWS_PER_STATEMENT) {
        const group = statements.prepare(
          head + new Array<string>(SQLITE_ROWS_PER_STATEMENT).fill(tuple).join(', '),
        );
        const values = new Array<unknown>(SQLITE_ROWS_PER_STATEMENT * width);
        for (
          ;
          start + SQLITE_ROWS_PER_STATEMENT <= rows.length;
          start += SQLITE_ROWS_PER_STATEMENT
        ) {
          group.run(lay(values, start, SQLITE_ROWS_PER_STATEMENT));
        }
      }
      if (start < rows.length) {
        const single = statements.prepare(head + tuple);
        const values = new Array<unknown>(width);
        for (; start < rows.length; start++) single.run(lay(values, start, 1));
      }
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
}
