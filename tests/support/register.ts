import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { openRegister } from '../../src/register/boot';
import type { RegisterConfig } from '../../src/register/config';
import { loadConfig } from '../../src/register/config';
import type { RegisterDb } from '../../src/register/db/connect';
import type { SeedOutcome } from '../../src/register/seed';

// A real register for tests: the same boot path as `npm start` (data directory, migrations,
// demo seed), on 127.0.0.1 and a port the OS picks, with a temporary data directory that
// `stop()` removes. Integration and browser tests both use it.

export type StartRegisterOptions = {
  /** Built app to serve (relative to the repository root or absolute); none when omitted. */
  readonly staticDir?: string;
  /** postgres://… for PostgreSQL; the temporary SQLite file when omitted. */
  readonly databaseUrl?: string;
  /** Reuse a data directory (e.g. to start twice on the same data); the caller removes it. */
  readonly dataDir?: string;
  /** Fixed clock for the register; the real clock when omitted. */
  readonly now?: () => Date;
  /** Further environment variables (e.g. short timeouts, TRUST_PROXY) for loadConfig. */
  readonly env?: Readonly<Record<string, string>>;
};

export type RunningRegister = {
  /** "http://127.0.0.1:41234", no trailing slash. */
  readonly url: string;
  readonly db: RegisterDb;
  readonly config: RegisterConfig;
  readonly seed: SeedOutcome;
  /** Every JSON log line the register wrote, for tests that check what is (not) logged. */
  readonly logLines: readonly string[];
  /** Closes the server and database and removes a temporary data directory; idempotent. */
  stop(): Promise<void>;
};

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export async function startRegister(options: StartRegisterOptions = {}): Promise<RunningRegister> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'serodesk-register-'));
  const loaded = loadConfig(
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl,
      LOG_LEVEL: 'info',
      // The port is only known after listening, so the SHC issuer is a fixed test name.
      ISSUER_URL: 'https://register.serodesk.test',
      ...options.env,
    },
    repositoryRoot,
  );
  if (!loaded.ok) throw new Error(`test register config: ${loaded.detail ?? loaded.reason}`);
  const config: RegisterConfig = {
    ...loaded.value,
    staticDir:
      options.staticDir === undefined ? null : path.resolve(repositoryRoot, options.staticDir),
  };

  const logLines: string[] = [];
  const opened = await openRegister(config, {
    now: options.now ?? (() => new Date()),
    random: (bytes) => randomBytes(bytes),
    log: { write: (line) => logLines.push(line) },
  });
  if (!opened.ok)
    throw new Error(`test register failed to start: ${opened.reason} ${opened.detail ?? ''}`);
  const { app, db, seed } = opened.value;
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    config,
    seed,
    logLines,
    stop() {
      stopped ??= (async () => {
        await app.close();
        await db.close();
        if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}
