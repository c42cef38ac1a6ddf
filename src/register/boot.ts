import type { FastifyInstance } from 'fastify';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { RegisterConfig } from './config';
import { errorCode, prepareDataDir } from './dataDir';
import type { RegisterDb } from './db/connect';
import { openDatabase } from './db/connect';
import { MigrationError, migrateToLatest } from './db/migrate';
import type { SeedOutcome } from './seed';
import { seedDemoClinic } from './seed';
import type { LogDestination } from './server';
import { buildRegister } from './server';
import type { StartupFailure } from './startupFailure';

// The one way a register comes up, shared by `npm start`, `npm run dev` and the tests:
// data directory → database → migrations → demo seed → HTTP app (not yet listening).

export type OpenedRegister = {
  readonly app: FastifyInstance;
  readonly db: RegisterDb;
  readonly seed: SeedOutcome;
};

export type BootDeps = {
  readonly now: () => Date;
  readonly random: (bytes: number) => Uint8Array;
  readonly log?: LogDestination;
};

/** PostgreSQL and network codes that mean "cannot reach or enter the database". */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  '28000', // invalid authorization specification
  '28P01', // invalid password
  '3D000', // database does not exist
]);

/** SQLite codes that mean the file or its directory cannot be written. */
const UNWRITABLE_SQLITE_CODES = /^SQLITE_(CANTOPEN|READONLY|PERM|IOERR|FULL)/;

/** "db.example:5432/serodesk" — where we tried to connect, without user or password. */
function describePostgresTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

export async function openRegister(
  config: RegisterConfig,
  deps: BootDeps,
): Promise<Result<OpenedRegister, StartupFailure>> {
  if (config.database.kind === 'sqlite') {
    const dir = prepareDataDir(config.dataDir);
    if (!dir.ok) return dir;
  }

  // The pool reports lost idle connections to the app's logger once the app exists; before
  // that, a lost connection makes the migration below fail and say so itself.
  let app: FastifyInstance | undefined;
  let db: RegisterDb;
  try {
    db = openDatabase(config.database, (error) => {
      app?.log.error({ err: error }, 'database client lost its connection');
    });
  } catch (error) {
    return fail('data-dir-unwritable', `${config.dataDir} (${errorCode(error)})`);
  }

  try {
    await migrateToLatest(db);
    const seed = await seedDemoClinic(db, deps);
    app = await buildRegister({ config, db, ...deps });
    return ok({ app, db, seed });
  } catch (error) {
    await db.close();
    const cause = error instanceof MigrationError ? error.cause : error;
    const code = errorCode(cause);
    if (config.database.kind === 'postgres' && UNREACHABLE_CODES.has(code)) {
      const target = describePostgresTarget(config.database.url);
      return fail('database-unreachable', `${target} (${code})`);
    }
    if (config.database.kind === 'sqlite' && UNWRITABLE_SQLITE_CODES.test(code)) {
      return fail('data-dir-unwritable', `${config.dataDir} (${code})`);
    }
    if (error instanceof MigrationError) {
      return fail('migration-failed', `${error.migrationName ?? '(setup)'}: ${code}`);
    }
    throw error;
  }
}
