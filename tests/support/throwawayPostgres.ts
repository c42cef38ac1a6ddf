import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './freePort';

// A PostgreSQL cluster of a test's own, for tests that stop and start the server (the shared
// TEST_DATABASE_URL cluster must never be stopped). Made as .ci/run makes its cluster:
// initdb and pg_ctl from the Debian package, run as the `postgres` user (tests run as root),
// on a free loopback port, in a temporary directory that stop() removes.
//
//   const pg = await startThrowawayPostgres();   // pg.url = "postgres://postgres@127.0.0.1:41871/postgres"
//   pg.stopImmediate();                           // pg_ctl stop -m immediate: no clean shutdown
//   pg.start();                                   // the same data, the same port

export type ThrowawayPostgres = {
  readonly url: string;
  /** Stops the server the hard way (`-m immediate`), as a crash or an operator would. */
  stopImmediate(): void;
  /** Starts the server again on the same data directory and port. */
  start(): void;
  /** Stops the server (if running) and removes its directory. */
  remove(): void;
};

/** The newest PostgreSQL binary directory, or null when the server package is not installed. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  return newest === undefined ? null : path.join(root, newest, 'bin');
}

export const INSTALL_HINT =
  'PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install them ' +
  '(apt-get install postgresql), as .ci/run does, or unset TEST_DATABASE_URL';

function asPostgres(command: string): void {
  execFileSync('su', ['postgres', '-c', command], { stdio: 'pipe' });
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  if (bin === null) throw new Error(INSTALL_HINT);
  const root = mkdtempSync(path.join(tmpdir(), 'serodesk-pg-'));
  chownSync(root, postgresUid(), postgresGid());
  const data = path.join(root, 'data');
  const port = await freePort();
  asPostgres(
    `${bin}/initdb -D ${data} -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null`,
  );
  const start = () => {
    asPostgres(
      `${bin}/pg_ctl -D ${data} -l ${root}/log -w -o "-p ${port} -k ${root} -c listen_addresses=127.0.0.1" start >/dev/null`,
    );
  };
  let running = false;
  start();
  running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stopImmediate() {
      asPostgres(`${bin}/pg_ctl -D ${data} -m immediate -w stop >/dev/null`);
      running = false;
    },
    start() {
      start();
      running = true;
    },
    remove() {
      if (running) {
        try {
          asPostgres(`${bin}/pg_ctl -D ${data} -m immediate -w stop >/dev/null`);
        } catch {
          // Already stopped; the directory goes either way.
        }
        running = false;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function postgresUid(): number {
  return Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
}

function postgresGid(): number {
  return Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
}
