import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from '../config';
import type { RegisterTables } from './tables';

// One query layer over two engines: an embedded SQLite file (the default, nothing to
// install) or PostgreSQL (when DATABASE_URL is given). Everything above this file speaks
// Kysely and never asks which engine it has, except /api/health which reports it.

export type DatabaseKind = DatabaseTarget['kind'];

export type RegisterDb = {
  readonly kind: DatabaseKind;
  readonly kysely: Kysely<RegisterTables>;
  /** Closes the connection(s); the object is unusable afterwards. */
  close(): Promise<void>;
};

export type DatabaseErrorLog = (error: Error) => void;

/**
 * Opens the database. For SQLite this touches the file at once (so an unwritable directory
 * fails here); PostgreSQL connects lazily, on the first query.
 */
export function openDatabase(target: DatabaseTarget, onIdleError: DatabaseErrorLog): RegisterDb {
  const kysely =
    target.kind === 'sqlite' ? openSqlite(target.file) : openPostgres(target.url, onIdleError);
  return {
    kind: target.kind,
    kysely,
    close: () => kysely.destroy(),
  };
}

function openSqlite(file: string): Kysely<RegisterTables> {
  const database = new Database(file);
  // WAL lets health checks and reads run while a sync batch writes; foreign keys are off
  // by default in SQLite and the schema relies on them; a busy timeout rides out a
  // concurrent writer (e.g. an admin CLI) instead of failing at once.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new Kysely<RegisterTables>({ dialect: new SqliteDialect({ database }) });
}

function openPostgres(url: string, onIdleError: DatabaseErrorLog): Kysely<RegisterTables> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its connection emits 'error' on the pool; unhandled, it would
  // crash the register. The next query simply opens a fresh connection.
  pool.on('error', onIdleError);
  return new Kysely<RegisterTables>({ dialect: new PostgresDialect({ pool }) });
}
