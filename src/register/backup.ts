import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { DatabaseTarget } from './config';

// A backup of the register's database into one file, while the register runs (issue #12):
//
//   SQLite      SQLite's online backup API (better-sqlite3 `backup()`): a consistent copy of
//               the database file, WAL included, page by page, while writers go on. The copy
//               is an ordinary SQLite file: stop the register and put it in DATA_DIR as
//               register.sqlite to restore.
//   PostgreSQL  `pg_dump --format=custom` of DATABASE_URL (one consistent snapshot);
//               restore with `pg_restore --clean --dbname=<url> <file>`. pg_dump must be
//               installed (postgresql-client) and not older than the server.

export type BackupFailure =
  'backup-target-exists' | 'sqlite-missing' | 'pg-dump-missing' | 'pg-dump-failed';

export async function backupDatabase(
  target: DatabaseTarget,
  out: string,
): Promise<Result<{ readonly engine: DatabaseTarget['kind'] }, BackupFailure>> {
  if (existsSync(out)) return fail('backup-target-exists', out);
  if (target.kind === 'sqlite') {
    if (!existsSync(target.file)) return fail('sqlite-missing', target.file);
    const source = new Database(target.file, { fileMustExist: true });
    try {
      source.pragma('busy_timeout = 5000');
      await source.backup(out);
    } finally {
      source.close();
    }
    return ok({ engine: 'sqlite' });
  }
  const dumped = await runPgDump(target.url, out);
  if (!dumped.ok) rmSync(out, { force: true });
  return dumped.ok ? ok({ engine: 'postgres' }) : dumped;
}

function runPgDump(
  url: string,
  out: string,
): Promise<Result<null, 'pg-dump-missing' | 'pg-dump-failed'>> {
  return new Promise((resolve) => {
    // The URL (with its password) goes to pg_dump as an argument only: it is not printed.
    const child = spawn('pg_dump', ['--format=custom', `--file=${out}`, `--dbname=${url}`], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      resolve(
        error.code === 'ENOENT' ? fail('pg-dump-missing') : fail('pg-dump-failed', error.message),
      );
    });
    child.on('close', (code) => {
      resolve(
        code === 0
          ? ok(null)
          : fail('pg-dump-failed', stderr.trim().split('\n').at(-1) ?? `exit ${String(code)}`),
      );
    });
  });
}
