import { performance } from 'node:perf_hooks';
import { DEMO_STAFF } from '../src/register/seed';
import { recordTables } from '../src/storage/recordTables';
import { startRegister } from '../tests/support/register';
import { makeTablet, newPerson, signInStaff, staffIds } from '../tests/support/tablets';

// 10,000 records from one tablet to another through a real register on loopback (SQLite, or
// PostgreSQL when BENCH_DATABASE_URL is set): how long the writer's push and the reader's
// first pull take, and how many requests each needs. Loopback hides the network's latency;
// on a 600 ms satellite round trip add requests × 0.6 s.

export type SyncBenchResult = {
  readonly records: number;
  readonly database: string;
  readonly writeMs: number;
  readonly pushMs: number;
  readonly pushRequests: number;
  readonly pullMs: number;
  readonly pullRequests: number;
};

export async function benchSync(records = 10_000): Promise<SyncBenchResult> {
  const databaseUrl = process.env['BENCH_DATABASE_URL'];
  const register = await startRegister(databaseUrl === undefined ? {} : { databaseUrl });
  try {
    const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
    if (registrar === undefined) throw new Error('no demo registrar');
    const { token } = await signInStaff(register.url, registrar.login, registrar.password);
    const staff = await staffIds(register.db);
    const writer = await makeTablet({ url: register.url, name: 'bench-writer', staffToken: token });
    const reader = await makeTablet({ url: register.url, name: 'bench-reader', staffToken: token });

    let started = performance.now();
    await writer.db.transaction('rw', [writer.db.outbox, ...recordTables(writer.db)], async () => {
      for (let i = 0; i < records; i++) {
        const written = await writer.write(newPerson(writer, staff.registrar), 'registrar');
        if (!written.ok) throw new Error(written.reason);
      }
    });
    const writeMs = performance.now() - started;

    started = performance.now();
    const pushed = await writer.engine.syncNow();
    const pushMs = performance.now() - started;
    if (pushed.lastError !== null) throw new Error(pushed.lastError.message.en);

    started = performance.now();
    const pulled = await reader.engine.syncNow();
    const pullMs = performance.now() - started;
    if (pulled.lastError !== null) throw new Error(pulled.lastError.message.en);

    return {
      records,
      database: register.db.kind,
      writeMs,
      pushMs,
      pushRequests: writer.network.requests.length,
      pullMs,
      pullRequests: reader.network.requests.length,
    };
  } finally {
    await register.stop();
  }
}
