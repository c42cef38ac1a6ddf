import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StaffRole } from '../../src/core/protocol/session';
import { DEMO_STAFF } from '../../src/register/seed';
import { loadTabletToken } from '../../src/storage/tablet';
import type { RunSizes } from '../../src/sync/syncRun';
import type { TestDatabase } from './databases';
import type { RunningRegister, StartRegisterOptions } from './register';
import { startRegister } from './register';
import type { SimTablet } from './tablets';
import { makeTablet, signInStaff, staffIds } from './tablets';

// One register per sync suite, on a data directory (SQLite) or database (PostgreSQL) the
// suite owns, so a test can stop the register and start it again on the same data. Staff
// sign in once per suite: sign-in is rate limited per login.

export type SyncSuite = {
  register: RunningRegister;
  staff: Record<StaffRole, string>;
  registrarToken: string;
  adminToken: string;
  /** Stops the register and starts it again on the same data (a new port). */
  restart(): Promise<void>;
  tablet(name: string, options?: { clockOffsetMs?: number; sizes?: RunSizes }): Promise<SimTablet>;
  close(): Promise<void>;
};

function demo(role: StaffRole) {
  const account = DEMO_STAFF.find((staff) => staff.role === role);
  if (account === undefined) throw new Error(`no demo ${role}`);
  return account;
}

/** Further settings of the suite's register, kept across restarts (e.g. FEDERAL_TRANSFER). */
export type SyncSuiteOptions = Pick<StartRegisterOptions, 'env' | 'now'>;

export async function openSyncSuite(
  database: TestDatabase,
  options: SyncSuiteOptions = {},
): Promise<SyncSuite> {
  const created = await database.create();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'serodesk-sync-'));
  const start = () => startRegister({ dataDir, databaseUrl: created.url, ...options });
  const register = await start();
  const registrar = demo('registrar');
  const admin = demo('admin');
  const suite: SyncSuite = {
    register,
    staff: await staffIds(register.db),
    registrarToken: (await signInStaff(register.url, registrar.login, registrar.password)).token,
    adminToken: (await signInStaff(register.url, admin.login, admin.password)).token,
    async restart() {
      await suite.register.stop();
      suite.register = await start();
    },
    tablet: (name, options = {}) =>
      makeTablet({ url: suite.register.url, name, staffToken: suite.registrarToken, ...options }),
    async close() {
      await suite.register.stop();
      await created.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return suite;
}

/** A raw sync call with the tablet's own token, for what the engine would never send. */
export async function rawSync(
  suite: SyncSuite,
  tablet: SimTablet,
  route: 'push' | 'pull' | 'card-voids',
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; headers: Headers }> {
  const token = await loadTabletToken(tablet.db);
  const response = await fetch(`${suite.register.url}/api/sync/${route}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token ?? ''}`,
      ...headers,
    },
    body:
      typeof body === 'string' || body instanceof Uint8Array
        ? (body as string | Uint8Array<ArrayBuffer>)
        : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    json: text ? (JSON.parse(text) as unknown) : null,
    headers: response.headers,
  };
}
