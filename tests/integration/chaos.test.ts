import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChaosReport } from '../support/chaosRun';
import { runChaos } from '../support/chaosRun';
import { testDatabases } from '../support/databases';
import { seedFrom } from '../support/seededRandom';

// The short, seeded twin of `npm run chaos` (issue #13): two tablets write 100 persons each
// through a lossy proxy (dropped requests, answers lost after the register committed,
// duplicated and delayed requests) while the register process is SIGKILLed once and started
// again on the same data. Nothing may be lost or applied twice, and both tablets end holding
// every record once. The seed is fixed (13) so a failure in CI is the same failure here; the
// shared PostgreSQL cluster is never stopped here; the database stop
// is in the long run only. Rerun a failure with CHAOS_SEED=<seed printed below>.

const seed = seedFrom(process.env['CHAOS_SEED'], 13);

describe.each(testDatabases())('a short chaos run on $engine', (database) => {
  let report: ChaosReport;
  let created: Awaited<ReturnType<typeof database.create>>;

  beforeAll(async () => {
    created = await database.create();
    console.warn(`chaos seed ${seed} on ${database.engine} (rerun with CHAOS_SEED=${seed})`);
    report = await runChaos({
      tablets: 2,
      recordsPerTablet: 100,
      batch: 10,
      kills: 1,
      seed,
      faults: { drop: 0.1, loseAnswer: 0.15, duplicate: 0.1, delay: 0.2, maxDelayMs: 100 },
      oneAtATime: true,
      maxSettleRuns: 60,
      ...(created.url === undefined ? {} : { postgres: { url: created.url } }),
    });
    console.warn(JSON.stringify(report));
  }, 55_000);

  afterAll(async () => {
    await created.drop();
  });

  it(`loses nothing and applies nothing twice (seed ${seed})`, () => {
    expect(report.recordsWritten).toBe(200);
    expect(report.kills).toBe(1);
    expect(report.crashes).toEqual([]);
    // The run must have met every fault, or it proved nothing about that fault.
    expect(report.proxy.dropped).toBeGreaterThan(0);
    expect(report.proxy.answersLost).toBeGreaterThan(0);
    expect(report.proxy.duplicated).toBeGreaterThan(0);
    expect({
      missing: report.missing,
      duplicates: report.duplicates,
      unexpected: report.unexpected,
    }).toEqual({
      missing: 0,
      duplicates: 0,
      unexpected: 0,
    });
    expect(report.recordsAtRegister).toBe(200);
  });

  it(`leaves every tablet holding every record once (seed ${seed})`, () => {
    expect(report.tabletsConverged).toBe(2);
  });
});
