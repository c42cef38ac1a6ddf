import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './freePort';

// A register in a child process (tests/support/registerChild.ts) that can be SIGKILLed and
// started again on the same data and the same port, so a proxy in front of it needs no new
// address. Exits the parent did not ask for (a crash) are counted, not hidden.

export type RegisterChild = {
  /** "http://127.0.0.1:41871", the same across restarts. */
  readonly url: string;
  /** SIGKILL, as a power cut or the OOM killer would; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts the process again on the same data and port; resolves once it listens. */
  start(): Promise<void>;
  isRunning(): boolean;
  /** What the demo seed did at the latest start: "seeded" or "kept-existing". */
  seed(): string | undefined;
  /** Exits nobody asked for, with the end of the process's stderr for each. */
  readonly crashes: string[];
  /** Stops the process (SIGTERM, then SIGKILL) at the end of a run. */
  close(): Promise<void>;
};

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const READY = /serodesk-register listening (\d+)(?: (\S+))?/;
const START_TIMEOUT_MS = 30_000;

export async function startRegisterChild(options: {
  readonly dataDir: string;
  readonly databaseUrl?: string;
  /** More environment for the register, e.g. `{ TRUST_PROXY: '127.0.0.1' }`. */
  readonly env?: Readonly<Record<string, string>>;
}): Promise<RegisterChild> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  let expectingExit = false;
  const crashes: string[] = [];
  let seed: string | undefined;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      expectingExit = false;
      const env: Record<string, string> = {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: options.dataDir,
        LOG_LEVEL: 'warn',
        ISSUER_URL: 'https://register.serodesk.test',
      };
      if (options.databaseUrl !== undefined) env['DATABASE_URL'] = options.databaseUrl;
      Object.assign(env, options.env);
      // One process (node with the tsx loader), not the tsx CLI, which would relay signals
      // to a grandchild: SIGKILL must reach the register itself.
      const spawned = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(repositoryRoot, 'tests/support/registerChild.ts')],
        { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = spawned;
      let stdout = '';
      let stderr = '';
      let ready = false;
      const timer = setTimeout(() => {
        spawned.kill('SIGKILL');
        reject(
          new Error(`register did not start in ${START_TIMEOUT_MS} ms: ${stderr.slice(-800)}`),
        );
      }, START_TIMEOUT_MS);
      spawned.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const listening = READY.exec(stdout);
        if (!ready && listening !== null) {
          ready = true;
          seed = listening[2];
          clearTimeout(timer);
          resolve();
        }
      });
      spawned.stderr.on('data', (chunk: Buffer) => {
        stderr = (stderr + chunk.toString()).slice(-4000);
      });
      spawned.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (child === spawned) child = null;
        if (!ready) {
          reject(new Error(`register exited on start (${code ?? signal}): ${stderr.slice(-800)}`));
          return;
        }
        if (!expectingExit) crashes.push(`exit ${code ?? signal}: ${stderr.slice(-800)}`);
      });
    });

  const stopWith = (signal: NodeJS.Signals) => {
    const running = child;
    if (running === null) return Promise.resolve();
    expectingExit = true;
    return new Promise<void>((resolve) => {
      running.once('exit', () => {
        resolve();
      });
      running.kill(signal);
    });
  };

  // A run that dies or times out (a test hook) must not leave a register listening behind it.
  process.once('exit', () => {
    child?.kill('SIGKILL');
  });
  await start();
  return {
    url: `http://127.0.0.1:${port}`,
    kill: () => stopWith('SIGKILL'),
    start,
    isRunning: () => child !== null,
    seed: () => seed,
    crashes,
    async close() {
      const running = child;
      if (running === null) return;
      const timer = setTimeout(() => running.kill('SIGKILL'), 5_000);
      await stopWith('SIGTERM');
      clearTimeout(timer);
    },
  };
}
