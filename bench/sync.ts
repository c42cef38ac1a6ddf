import { performance } from 'node:perf_hooks';
import { DEMO_STAFF } from '../src/register/seed';
import { countRecordsOf } from '../src/storage/pagedRecords';
import type { SimTablet } from '../tests/support/tablets';
import { makeTablet, signInStaff } from '../tests/support/tablets';
import type { DelayProxy } from '../tests/support/delayProxy';
import { startDelayProxy } from '../tests/support/delayProxy';
import { startRegisterChild } from './registerChild';
import type { Warmup } from './registerWarmup';
import { warmRegister } from './registerWarmup';
import { benchPersons, seedOffline } from './syncData';

// One sync scenario (issue #14): a tablet that wrote `records` persons offline syncs them to
// an empty register (push), then a freshly enrolled tablet downloads them all (pull). The
// tablets are the app's own storage and sync engine in this process, over fake-indexeddb;
// the register runs as a process of its own (registerProcess.ts; SQLite, or PostgreSQL when
// BENCH_DATABASE_URL is set), reached on loopback directly or through a delay proxy
// (delayProxy.ts) when `rttMs` > 0. Batches and pages are 1,000 records, bodies gzipped.
// The writer's database is closed and let go before the new tablet pulls, which then works in
// a heap without the writer's records, as a new device does (and as the PouchDB harness's
// pull, in a new client process). The register is warmed first by 10,000 persons of another
// clinic (registerWarmup.ts), as a register in service is warm; what those cost the fresh
// process is reported beside.

export type SyncStep = {
  readonly ms: number;
  readonly requests: number;
  /** CPU time of the tablet's process (and the delay proxy, when there is one). */
  readonly tabletCpuMs: number;
  readonly registerCpuMs: number;
};

export type SyncBenchResult = {
  readonly records: number;
  readonly rttMs: number;
  readonly database: string;
  /** The register's warm-up before the scenario: a fresh process's first pushes. */
  readonly warmup: Warmup;
  /** The writer's sync run: push every op, then its (empty) pull. */
  readonly push: SyncStep;
  /**
   * After that run, at idle: the envelopes the push settled without writing them written
   * (storage/settledSync.ts), timed from the run's end until the engine is done (its
   * `settling()`).
   */
  readonly settle: { readonly ms: number; readonly tabletCpuMs: number };
  /** A new tablet's first sync run: pull everything. */
  readonly pull: SyncStep;
  /**
   * After that run, at idle: the page index's sorted pairs written (storage/pagedRecords.ts
   * storePageIndex), timed from the run's end until the engine is done.
   */
  readonly pullIdle: { readonly ms: number; readonly tabletCpuMs: number };
  /** How much the register's database grew with the push, in bytes. */
  readonly registerGrowthBytes: number;
  /**
   * With repetitions (bench/run.ts `--reps`): every repetition's push and pull time, in the
   * order run; the steps above are each the median repetition of their own time.
   */
  readonly repetitions?: { readonly pushMs: readonly number[]; readonly pullMs: readonly number[] };
};

/** CPU time of this process so far (user and system), in milliseconds. */
export function cpuNowMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

export async function benchSync(records: number, rttMs = 0): Promise<SyncBenchResult> {
  const register = await startRegisterChild();
  let proxy: DelayProxy | undefined;
  try {
    const warmup = await warmRegister(register);
    if (rttMs > 0) proxy = await startDelayProxy(register.url, rttMs);
    const url = proxy?.url ?? register.url;
    const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
    if (registrar === undefined) throw new Error('no demo registrar');
    const { token } = await signInStaff(url, registrar.login, registrar.password);
    const reader = await makeTablet({
      url,
      name: `bench-reader-${records}-${rttMs}`,
      staffToken: token,
    });
    // Where the last step's run ended: the engine's idle work starts there, and goes on while
    // the register is asked for its CPU time, so it is timed from there.
    let ended = { at: 0, cpu: 0 };
    const step = async (run: () => Promise<void>, requests: () => number): Promise<SyncStep> => {
      const registerBefore = await register.cpuMs();
      const cpuBefore = cpuNowMs();
      const started = performance.now();
      await run();
      ended = { at: performance.now(), cpu: cpuNowMs() };
      const ms = ended.at - started;
      const tabletCpuMs = ended.cpu - cpuBefore;
      const registerCpuMs = (await register.cpuMs()) - registerBefore;
      return { ms, requests: requests(), tabletCpuMs, registerCpuMs };
    };
    const atIdle = async (tablet: SimTablet) => {
      await tablet.engine.settling();
      return { ms: performance.now() - ended.at, tabletCpuMs: cpuNowMs() - ended.cpu };
    };
    const pushed = await writerRun(records, rttMs, {
      url,
      token,
      registrarId: register.registrarId,
      step,
      atIdle,
      databaseBytes: () => register.databaseBytes(),
    });
    const pull = await step(
      async () => {
        const status = await reader.engine.syncNow();
        if (status.lastError !== null) throw new Error(status.lastError.message.en);
      },
      () => reader.network.requests.length,
    );
    // As for the writer: what the engine does once the run is over is timed apart.
    const pullIdle = await atIdle(reader);
    const stored = await countRecordsOf(reader.db, 'person');
    if (stored !== records) throw new Error(`the reader holds ${stored} of ${records}`);
    reader.db.close();
    const { database } = register;
    return { records, rttMs, database, warmup, ...pushed, pull, pullIdle };
  } finally {
    await proxy?.close();
    await register.stop();
  }
}

type WriterSteps = {
  readonly url: string;
  readonly token: string;
  readonly registrarId: string;
  readonly step: (run: () => Promise<void>, requests: () => number) => Promise<SyncStep>;
  readonly atIdle: (tablet: SimTablet) => Promise<{ ms: number; tabletCpuMs: number }>;
  readonly databaseBytes: () => Promise<number>;
};

/**
 * The writer's part: `records` persons written offline, pushed, then settled at idle. Its
 * tablet is closed on return and nothing refers to it any more (see the header).
 */
async function writerRun(
  records: number,
  rttMs: number,
  steps: WriterSteps,
): Promise<Pick<SyncBenchResult, 'push' | 'settle' | 'registerGrowthBytes'>> {
  const writer = await makeTablet({
    url: steps.url,
    name: `bench-writer-${records}-${rttMs}`,
    staffToken: steps.token,
  });
  await seedOffline(writer.db, benchPersons(records, writer.clinicId, steps.registrarId));
  const bytesBefore = await steps.databaseBytes();
  const push = await steps.step(
    async () => {
      const status = await writer.engine.syncNow();
      if (status.lastError !== null) throw new Error(status.lastError.message.en);
      if (status.waiting !== 0) throw new Error(`${status.waiting} records still waiting`);
    },
    () => writer.network.requests.length,
  );
  const settle = await steps.atIdle(writer);
  const registerGrowthBytes = (await steps.databaseBytes()) - bytesBefore;
  writer.db.close();
  return { push, settle, registerGrowthBytes };
}
