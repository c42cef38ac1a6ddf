import Database from 'better-sqlite3';
import type {
  DatabaseConnection,
  Driver,
  RawBuilder,
  SqliteDatabase,
  SqliteStatement,
} from 'kysely';
import { Kysely, PostgresDialect, sql, SqliteDialect, SqliteDriver } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config';
import type { RowInserter } from './insertRows';
import { postgresInsertRows, sqliteInsertRows } from './insertRows';
import type { RegisterTables } from './tables';
import { FALLBACK_AUTOCHECKPOINT_PAGES, startCheckpointer } from './walCheckpoint';

// One query layer over two engines: an embedded SQLite file (the default, nothing to
// install) or PostgreSQL (when DATABASE_URL is given). Everything above this file speaks
// Kysely and never asks which engine it has, except /api/health which reports it.
//
// A database that goes away must never take the register with it (issue #13): every pg
// client gets an 'error' listener for its whole life, not only while idle in the pool, so a
// server stopped mid-query rejects that query (the request answers 503, see
// http/errorHandling.ts) instead of emitting an unhandled 'error' that kills the process. A
// broken client is dropped by the pool on release, and the next query opens a new
// connection: when PostgreSQL is back, the register simply works again.

export type DatabaseKind = DatabaseTarget['kind'];

export type RegisterDb = {
  readonly kind: DatabaseKind;
  readonly kysely: Kysely<RegisterTables>;
  /** Many rows of one table, inside a transaction of `kysely` (insertRows.ts). */
  readonly insertRows: RowInserter;
  /**
   * A text column read as its UTF-8 bytes, for text passed on unread (a pull page's stored
   * records, sync/pullAnswer.ts): no string is made of it, nor encoded again to be sent.
   *   SQLite: cast("body" as blob)   PostgreSQL: convert_to("body", 'UTF8')
   */
  readonly utf8Of: (column: string) => RawBuilder<Uint8Array>;
  /** Closes the connection(s); the object is unusable afterwards. */
  close(): Promise<void>;
};

export type DatabaseErrorLog = (error: Error) => void;

/** How long a request waits for a PostgreSQL connection before it is told 503. */
export const POSTGRES_CONNECT_TIMEOUT_MS = 5_000;

/**
 * Opens the database. For SQLite this touches the file at once (so an unwritable directory
 * fails here); PostgreSQL connects lazily, on the first query. `onConnectionError` hears of
 * every lost PostgreSQL connection, idle or busy (the query that was running, if any, fails
 * on its own), and of a failed SQLite checkpoint (walCheckpoint.ts; it is tried again).
 */
export function openDatabase(
  target: DatabaseTarget,
  onConnectionError: DatabaseErrorLog,
): RegisterDb {
  const { kysely, insertRows, beforeClose } =
    target.kind === 'sqlite'
      ? openSqlite(target.file, onConnectionError)
      : {
          kysely: openPostgres(target.url, onConnectionError),
          insertRows: postgresInsertRows,
          beforeClose: () => Promise.resolve(),
        };
  return {
    kind: target.kind,
    kysely,
    insertRows,
    utf8Of:
      target.kind === 'sqlite'
        ? (column) => sql<Uint8Array>`cast(${sql.ref(column)} as blob)`
        : (column) => sql<Uint8Array>`convert_to(${sql.ref(column)}, 'UTF8')`,
    close: async () => {
      await beforeClose();
      await kysely.destroy();
    },
  };
}

/**
 * 8 KB pages instead of SQLite's default 4 KB (issue #14): a record's row is about 1 KB, its
 * body JSON, so a page holds twice as many and a push of 1,000 new records splits, writes and
 * logs half as many pages. The register alone (30,000 persons in pushes of 1,000, after two
 * unmeasured, eight runs taking turns, 2026-12-06): 68.3 → 64.4 µs of register CPU per op;
 * a fresh pull of 50,000, register CPU 779–785 → 703–763 ms. The many small commits of
 * 200 tablets pushing 100 records each (bench/ingest.ts) are no worse: open-loop p99 50–57 ms
 * at 4 KB and 37–49 at 8 KB, three runs each taking turns. 16 KB saved a little more on the
 * push but logs twice the bytes per page a small commit touches (p99 54 and 58 ms, two runs).
 */
export const SQLITE_PAGE_BYTES = 8192;

function openSqlite(
  file: string,
  onCheckpointError: DatabaseErrorLog,
): {
  kysely: Kysely<RegisterTables>;
  insertRows: RowInserter;
  beforeClose: () => Promise<void>;
} {
  const database = new Database(file);
  // A new file gets pages of SQLITE_PAGE_BYTES; a file that already holds tables keeps the
  // size it was made with (SQLite ignores the pragma then, and in WAL mode for good).
  database.pragma(`page_size = ${SQLITE_PAGE_BYTES}`);
  // WAL lets health checks and reads run while a sync batch writes; foreign keys are off
  // by default in SQLite and the schema relies on them; a busy timeout rides out a
  // concurrent writer (e.g. an admin CLI) instead of failing at once.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // In WAL mode, NORMAL syncs the log to disk at checkpoints instead of at every commit
  // (issue #14: with FULL, fsync was a large share of a push). A commit is still atomic, and
  // it survives the register's process crashing or being killed: the log is in the OS's page
  // cache, read back on open. What NORMAL gives up is the last commits before a power cut or
  // kernel crash (the file is never corrupted). Those pushes' answers may have reached the
  // tablets, which then no longer hold the ops: a register on SQLite belongs on a machine with
  // a UPS, and one that must not lose a commit to a power cut runs on PostgreSQL (whose
  // default, synchronous_commit=on, syncs every commit).
  database.pragma('synchronous = NORMAL');
  // Checkpoints run in a worker, off the request path (walCheckpoint.ts); a file that cannot
  // be in WAL mode (in memory) has no log to checkpoint.
  const inWal = database.pragma('journal_mode', { simple: true }) === 'wal';
  if (inWal) database.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  const checkpointer = inWal ? startCheckpointer(file, onCheckpointError) : undefined;
  const statements = keepingStatements(database);
  return {
    kysely: new Kysely<RegisterTables>({
      dialect: new RegisterSqliteDialect(database, statements),
    }),
    insertRows: sqliteInsertRows(statements),
    beforeClose: () => checkpointer?.stop() ?? Promise.resolve(),
  };
}

/** Prepared statements kept per SQL text: enough for every query the register builds. */
const STATEMENT_CACHE_SIZE = 200;

/**
 * better-sqlite3 with its prepared statements kept. Kysely prepares every query anew, and
 * preparing cost more than running for the small statements of a push (issue #14: 2 of 13
 * CPU-seconds for 10,000 ops). Least recently used statements are dropped past the limit
 * (a `where id in (?, ?, …)` has one text per length). Kysely holds one connection at a time,
 * so a statement is never run twice at once.
 */
function keepingStatements(database: Database.Database): SqliteDatabase {
  const kept = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(text) {
      const found = kept.get(text);
      if (found !== undefined) {
        kept.delete(text);
        kept.set(text, found);
        return found;
      }
      const statement = database.prepare(text);
      kept.set(text, statement);
      if (kept.size > STATEMENT_CACHE_SIZE) {
        const oldest = kept.keys().next();
        if (oldest.done !== true) kept.delete(oldest.value);
      }
      return statement;
    },
  };
}

/**
 * SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, SQLITE_IOERR, …);
 * Kysely's ROLLBACK after that fails with "no transaction is active" and hides the real
 * error, which would make a full disk a 500 instead of a 503. This driver skips a ROLLBACK
 * when SQLite has already done it.
 */
class RegisterSqliteDialect extends SqliteDialect {
  readonly #database: Database.Database;

  readonly #statements: SqliteDatabase;

  constructor(database: Database.Database, statements: SqliteDatabase) {
    super({ database: statements });
    this.#database = database;
    this.#statements = statements;
  }

  override createDriver(): Driver {
    const database = this.#database;
    return new (class extends SqliteDriver {
      override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
        if (database.inTransaction) await super.rollbackTransaction(connection);
      }
    })({ database: this.#statements });
  }
}

function openPostgres(url: string, onConnectionError: DatabaseErrorLog): Kysely<RegisterTables> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Without it a request waits for ever on a server that accepts TCP but never answers.
    connectionTimeoutMillis: POSTGRES_CONNECT_TIMEOUT_MS,
  });
  // An idle client losing its connection emits 'error' on the pool.
  pool.on('error', onConnectionError);
  // A checked-out client has no pool listener (pg-pool removes it on acquire): this one
  // stays for the client's life. The failed query rejects by itself; this only logs.
  pool.on('connect', (client) => {
    client.on('error', onConnectionError);
  });
  return new Kysely<RegisterTables>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * PostgreSQL SQLSTATE classes and codes that mean "the database cannot serve now, try
 * again": 08 connection exception, 57P01–57P03 admin shutdown / crash / cannot connect now,
 * 53 insufficient resources (disk full, out of memory, too many connections), 40001/40P01
 * serialization failure and deadlock (a retry succeeds), 55P03 lock not available.
 */
const RETRYABLE_POSTGRES_CODE = /^(08...|57P0[123]|53...|40001|40P01|55P03)$/;

/** Node socket errors seen while connecting to, or talking with, PostgreSQL. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/**
 * SQLite result codes that say the file is busy or cannot take more now: another writer
 * holds the lock past the busy timeout, the disk is full, or the disk failed a read/write.
 * The transaction was rolled back, so nothing is half-written.
 */
const RETRYABLE_SQLITE_CODE = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|NOMEM|PROTOCOL)/;

/** Messages pg gives, without a code, for a connection that died under a query. */
const LOST_CONNECTION_MESSAGE =
  /Connection terminated|connection error and is not queryable|Client was closed|timeout exceeded when trying to connect|Connection has been discarded|not queryable/i;

/**
 * Whether an error means the database is unreachable or unable to work right now (the
 * request may be retried unchanged), as opposed to a fault in the register or in the data.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (RETRYABLE_POSTGRES_CODE.test(code) || SOCKET_CODES.has(code)) return true;
  if (RETRYABLE_SQLITE_CODE.test(code)) return true;
  if (LOST_CONNECTION_MESSAGE.test(error.message)) return true;
  // AggregateError (a connection attempt to several addresses) and wrapped causes.
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return error.cause !== undefined && error.cause !== error && isDatabaseUnavailable(error.cause);
}

/** PostgreSQL refused text it cannot store (a NUL character in a string): bad input, a 400. */
export function isUnstorableText(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error)) return false;
  return error.code === '22021' || error.code === '22P05';
}
