import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../support/databases';
import { makeFakeApp } from '../support/fakeApp';

// `npm start` as a person meets it: a start-up that cannot work says why in one line
// (Russian / English) and exits non-zero, with no stack trace.

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsx = path.join(repositoryRoot, 'node_modules', '.bin', 'tsx');

type Exit = { code: number | null; stdout: string; stderr: string };

function runStart(env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['src/cli/start.ts'], {
      cwd: repositoryRoot,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function expectOneLineWithoutStack(exit: Exit): string {
  const lines = exit.stderr.split('\n').filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(1);
  expect(exit.stdout + exit.stderr).not.toMatch(/^\s+at /m);
  return lines[0] ?? '';
}

describe('npm start refusing to start', () => {
  let work: string;
  let appDir: string;

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'serodesk-start-'));
    appDir = makeFakeApp();
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(appDir, { recursive: true, force: true });
  });

  describe.each(testDatabases())('on $engine', (database) => {
    let occupied: Server;
    let port: number;
    let databaseUrl: string | undefined;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const created = await database.create();
      databaseUrl = created.url;
      drop = created.drop;
      occupied = createServer();
      await new Promise<void>((resolve) => occupied.listen(0, '127.0.0.1', resolve));
      port = (occupied.address() as AddressInfo).port;
    });

    afterAll(async () => {
      await new Promise<void>((resolve) =>
        occupied.close(() => {
          resolve();
        }),
      );
      await drop();
    });

    it('says in one line that the port is taken, and exits 1', async () => {
      const exit = await runStart({
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: path.join(work, `data-${database.engine}`),
        STATIC_DIR: appDir,
        LOG_LEVEL: 'warn',
        ...(databaseUrl === undefined ? {} : { DATABASE_URL: databaseUrl }),
      });
      expect(exit.code).toBe(1);
      const line = expectOneLineWithoutStack(exit);
      expect(line).toContain(`Порт ${port} уже занят`);
      expect(line).toContain(`Port ${port} is already in use`);
    });
  });

  it('says in one line that the data directory is not writable, and exits 1', async () => {
    // A path under a regular file cannot be created even by root, unlike a chmod'ed folder.
    const blocker = path.join(work, 'not-a-directory');
    writeFileSync(blocker, '');
    const exit = await runStart({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: path.join(blocker, 'data'),
      STATIC_DIR: appDir,
    });
    expect(exit.code).toBe(1);
    const line = expectOneLineWithoutStack(exit);
    expect(line).toContain('Каталог данных недоступен для записи');
    expect(line).toContain('The data directory is not writable');
  });

  it('says in one line which setting is invalid, and exits 2', async () => {
    const exit = await runStart({ PORT: 'eighty', STATIC_DIR: appDir });
    expect(exit.code).toBe(2);
    expect(expectOneLineWithoutStack(exit)).toContain('PORT');
  });
});
