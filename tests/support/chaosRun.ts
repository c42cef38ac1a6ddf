import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { SQLITE_FILE_NAME } from '../../src/register/config';
import { openDatabase } from '../../src/register/db/connect';
import { DEMO_STAFF } from '../../src/register/seed';
import type { SyncStatus } from '../../src/sync/status';
import type { Faults } from './faultProxy';
import { NO_FAULTS, startFaultProxy } from './faultProxy';
import type { FaultCounts } from './faultProxy';
import type { RegisterChild } from './registerChildProcess';
import { startRegisterChild } from './registerChildProcess';
import { seededRandom } from './seededRandom';
import type { SimTablet } from './tablets';
import { makeTablet, newPerson, personRows, signInStaff } from './tablets';
import type { ThrowawayPostgres } from './throwawayPostgres';

// The chaos run of issue #13, shared by `npm run chaos` (bench/chaos.ts) and its short
// seeded twin in the suite (tests/integration/chaos.test.ts): simulated tablets (the app's
// own storage and sync engine over fake IndexedDB) write persons and sync through a fault
// proxy, while the register — a real child process — is SIGKILLed and started again on the
// same data, and a throwaway PostgreSQL is stopped with `-m immediate` once. Afterwards the
// faults stay on and every tablet syncs until a run ends clean; then the register's tables
// and every tablet are counted against what was written.

export type ChaosOptions = {
  readonly tablets: number;
  readonly recordsPerTablet: number;
  /** Records each tablet writes between two sync runs. */
  readonly batch: number;
  readonly kills: number;
  readonly seed: number;
  readonly faults: Faults;
  /** PostgreSQL to run on; SQLite in a temporary directory when omitted. */
  readonly postgres?: {
    readonly url: string;
    /** Given when the cluster is the run's own: it is stopped once, mid-run. */
    readonly cluster?: ThrowawayPostgres;
  };
  /** Sync runs a tablet may take to end clean once the writing is over (default 300). */
  readonly maxSettleRuns?: number;
  /** Tablets take turns instead of running at once, which keeps a short run reproducible. */
  readonly oneAtATime?: boolean;
  readonly log?: (line: string) => void;
};

export type ChaosReport = {
  readonly engine: 'sqlite' | 'postgres';
  readonly seed: number;
  readonly tablets: number;
  readonly recordsPerTablet: number;
  readonly recordsWritten: number;
  readonly recordsAtRegister: number;
  /** Ops applied more than once: record versions beyond the first (every record is written once). */
  readonly duplicates: number;
  /** Written on a tablet, absent at the register. */
  readonly missing: number;
  /** At the register, written by nobody. */
  readonly unexpected: number;
  /** Tablets holding every record exactly once, nothing queued. */
  readonly tabletsConverged: number;
  readonly kills: number;
  readonly databaseStops: number;
  /** Register exits nobody asked for (each with the end of its stderr). */
  readonly crashes: readonly string[];
  readonly syncRuns: number;
  readonly failedSyncRuns: number;
  readonly proxy: FaultCounts;
  readonly seconds: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Gives up on a tablet that cannot finish a clean run after this many tries. */
const MAX_SETTLE_RUNS = 300;

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const started = performance.now();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'serodesk-chaos-'));
  const register = await startRegisterChild({
    dataDir,
    ...(options.postgres === undefined ? {} : { databaseUrl: options.postgres.url }),
  });
  const proxy = await startFaultProxy({ upstreamUrl: register.url, random });
  try {
    const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
    if (registrar === undefined) throw new Error('no demo registrar');
    // Sign in and enrol straight and without faults: what is under test is sync.
    const session = await signInStaff(register.url, registrar.login, registrar.password);
    const tablets: SimTablet[] = [];
    for (let i = 0; i < options.tablets; i++) {
      tablets.push(
        await makeTablet({
          url: proxy.url,
          name: `chaos-${options.seed}-${i}`,
          staffToken: session.token,
        }),
      );
    }
    proxy.setFaults(options.faults);

    const total = options.tablets * options.recordsPerTablet;
    const written = new Set<string>();
    let syncRuns = 0;
    let failedSyncRuns = 0;
    // Records each tablet has written and the register has acknowledged (nothing queued).
    const writtenBy = new Map<SimTablet, number>();
    const acknowledgedBy = new Map<SimTablet, number>();
    const acknowledged = () => [...acknowledgedBy.values()].reduce((sum, n) => sum + n, 0);
    const syncOnce = async (tablet: SimTablet) => {
      syncRuns += 1;
      const status = await tablet.engine.syncNow();
      const queued = await tablet.db.outbox.where('state').equals('queued').count();
      acknowledgedBy.set(tablet, (writtenBy.get(tablet) ?? 0) - queued);
      if (status.lastError !== null) {
        failedSyncRuns += 1;
        // The app backs off after a failure too; a tight loop would only count refusals.
        await sleep(100);
      }
      return status;
    };

    // Faults on the register side at fixed shares of the records acknowledged, so they fall
    // among pushes: kills spread evenly, the database stop between the first two kills.
    const chaos = chaosPlan(options, random);
    let kills = 0;
    let databaseStops = 0;
    const chaosState = { done: false };
    const chaosLoop = (async () => {
      for (const step of chaos) {
        while (acknowledged() < step.at * total) {
          // A register that died on its own (counted in `crashes`) must not stall the run.
          if (!register.isRunning()) await register.start();
          await sleep(20);
        }
        if (step.kind === 'kill') {
          log(`SIGKILL the register at ${acknowledged()}/${total} records acknowledged`);
          await register.kill();
          kills += 1;
          await sleep(step.downMs);
          await register.start();
        } else if (options.postgres?.cluster !== undefined) {
          log(`pg_ctl stop -m immediate at ${acknowledged()}/${total} records acknowledged`);
          options.postgres.cluster.stopImmediate();
          databaseStops += 1;
          await sleep(step.downMs);
          options.postgres.cluster.start();
        }
        if (!register.isRunning()) await register.start();
      }
    })().finally(() => {
      chaosState.done = true;
    });
    // Handled here so a failure waits for the `await` below instead of killing the process.
    chaosLoop.catch(() => undefined);

    const writeBatch = async (tablet: SimTablet, count: number) => {
      for (let i = 0; i < count; i++) {
        const result = await tablet.write(newPerson(tablet, session.staff.id), 'registrar');
        if (!result.ok) throw new Error(`write failed on ${tablet.name}: ${result.reason}`);
        written.add(result.value.id);
        writtenBy.set(tablet, (writtenBy.get(tablet) ?? 0) + 1);
      }
      await syncOnce(tablet);
    };
    const batches = Array.from(
      { length: Math.ceil(options.recordsPerTablet / options.batch) },
      (_, i) => Math.min(options.batch, options.recordsPerTablet - i * options.batch),
    );
    if (options.oneAtATime === true) {
      for (const count of batches) for (const tablet of tablets) await writeBatch(tablet, count);
    } else {
      await Promise.all(
        tablets.map(async (tablet) => {
          for (const count of batches) await writeBatch(tablet, count);
        }),
      );
    }
    log(`${written.size} records written; waiting for the register-side faults to finish`);
    while (!chaosState.done) {
      for (const tablet of tablets) await syncOnce(tablet);
    }
    await chaosLoop;
    if (!register.isRunning()) await register.start();

    // Settle with the faults still on: each tablet syncs until one run ends clean with
    // nothing left to send, twice round, so everybody has pulled everybody's last push.
    for (let round = 0; round < 2; round++) {
      for (const tablet of tablets) {
        await settle(tablet, syncOnce, register, options.maxSettleRuns ?? MAX_SETTLE_RUNS);
      }
    }
    log('settled; counting');

    await register.close();
    const atRegister = await registerCounts(dataDir, options.postgres?.url);
    let tabletsConverged = 0;
    for (const tablet of tablets) {
      if (await holdsExactly(tablet, atRegister.ids, written)) tabletsConverged += 1;
    }
    let missing = 0;
    for (const id of written) if (!atRegister.ids.has(id)) missing += 1;
    let unexpected = 0;
    for (const id of atRegister.ids) if (!written.has(id)) unexpected += 1;
    return {
      engine: options.postgres === undefined ? 'sqlite' : 'postgres',
      seed: options.seed,
      tablets: options.tablets,
      recordsPerTablet: options.recordsPerTablet,
      recordsWritten: written.size,
      recordsAtRegister: atRegister.ids.size,
      duplicates: atRegister.duplicates,
      missing,
      unexpected,
      tabletsConverged,
      kills,
      databaseStops,
      crashes: [...register.crashes],
      syncRuns,
      failedSyncRuns,
      proxy: { ...proxy.counts },
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    proxy.setFaults(NO_FAULTS);
    await proxy.close();
    await register.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type ChaosStep = {
  readonly kind: 'kill' | 'database-stop';
  readonly at: number;
  readonly downMs: number;
};

function chaosPlan(options: ChaosOptions, random: () => number): ChaosStep[] {
  const steps: ChaosStep[] = [];
  for (let i = 1; i <= options.kills; i++) {
    steps.push({ kind: 'kill', at: i / (options.kills + 1), downMs: 200 + random() * 800 });
  }
  if (options.postgres?.cluster !== undefined) {
    const between = options.kills >= 2 ? 1.5 / (options.kills + 1) : 0.6;
    steps.push({ kind: 'database-stop', at: between, downMs: 1000 + random() * 1000 });
  }
  return steps.sort((a, b) => a.at - b.at);
}

async function settle(
  tablet: SimTablet,
  syncOnce: (tablet: SimTablet) => Promise<SyncStatus>,
  register: RegisterChild,
  maxRuns: number,
): Promise<void> {
  let last = '';
  for (let run = 0; run < maxRuns; run++) {
    if (!register.isRunning()) await register.start();
    const status = await syncOnce(tablet);
    const queued = await tablet.db.outbox.where('state').equals('queued').count();
    if (status.lastError === null && queued === 0) return;
    last = status.lastError?.reason ?? `${queued} ops still queued`;
  }
  throw new Error(`${tablet.name} did not finish a clean sync run in ${maxRuns} tries (${last})`);
}

/** Every person at the register, and versions beyond the first (each op applied once more). */
async function registerCounts(
  dataDir: string,
  postgresUrl: string | undefined,
): Promise<{ ids: Set<string>; duplicates: number }> {
  const db = openDatabase(
    postgresUrl === undefined
      ? { kind: 'sqlite', file: path.join(dataDir, SQLITE_FILE_NAME) }
      : { kind: 'postgres', url: postgresUrl },
    () => undefined,
  );
  try {
    const rows = await db.kysely
      .selectFrom('clinic_record')
      .select(['id', 'version'])
      .where('kind', '=', 'person')
      .execute();
    // The history holds the versions a record left behind (migration 0015): each is one
    // version beyond the first.
    const extraVersions = await sql<{ extra: number | string }>`
      select count(*) as extra
      from clinic_record_version v join clinic_record r on r.id = v.record_id
      where r.kind = 'person'`.execute(db.kysely);
    const extra = Number(extraVersions.rows[0]?.extra ?? 0);
    const bumped = rows.filter((row) => row.version !== 1).length;
    return { ids: new Set(rows.map((row) => row.id)), duplicates: Math.max(extra, bumped) };
  } finally {
    await db.close();
  }
}

/** The tablet holds exactly the register's persons, all it wrote among them, nothing queued. */
async function holdsExactly(
  tablet: SimTablet,
  atRegister: ReadonlySet<string>,
  written: ReadonlySet<string>,
): Promise<boolean> {
  const rows = await personRows(tablet.db);
  const ids = new Set(rows.map((row) => row.id));
  if (rows.length !== ids.size || ids.size !== atRegister.size || ids.size !== written.size)
    return false;
  for (const id of written) if (!ids.has(id)) return false;
  for (const row of rows) if (row.sync.version !== 1 || row.sync.state !== 'synced') return false;
  const queued = await tablet.db.outbox.where('state').equals('queued').count();
  return queued === 0;
}
