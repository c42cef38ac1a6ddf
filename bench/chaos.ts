import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import type { Faults } from '../tests/support/faultProxy';
import type { ChaosOptions, ChaosReport } from '../tests/support/chaosRun';
import { runChaos } from '../tests/support/chaosRun';
import { seedFrom } from '../tests/support/seededRandom';
import type { ThrowawayPostgres } from '../tests/support/throwawayPostgres';
import { postgresBinDir, startThrowawayPostgres } from '../tests/support/throwawayPostgres';
import { machineLine } from './decode';
import { createPostgresDatabase } from '../tests/support/databases';

// `npm run chaos` (issue #13): the long chaos run, not part of `npm test`. Simulated tablets
// write persons and sync through a lossy, duplicating, delaying proxy while the register
// process is SIGKILLed three times and, on PostgreSQL, the database is stopped with
// `pg_ctl stop -m immediate` once. Prints the report and writes it into docs/RELIABILITY.md.
//
//   npm run chaos                              5 tablets × 2,000 records, a fresh seed
//   npm run chaos -- --tablets 5 --records 500 --seed 42
//
// PostgreSQL runs on a throwaway cluster of its own when the server binaries are installed
// (the only kind it may stop); otherwise on a fresh database in CHAOS_DATABASE_URL (an admin
// connection), without the database stop; otherwise SQLite alone.

const DOC = fileURLToPath(new URL('../docs/RELIABILITY.md', import.meta.url));
const START = '<!-- chaos:start -->';
const END = '<!-- chaos:end -->';

const FAULTS: Faults = {
  drop: 0.05,
  loseAnswer: 0.05,
  duplicate: 0.05,
  delay: 0.2,
  maxDelayMs: 300,
};

function argumentText(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function argument(name: string, fallback: number): number {
  const text = argumentText(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} wants a whole number above 0, not "${text}"`);
    process.exit(2);
  }
  return value;
}

function reportLines(report: ChaosReport, databaseNote: string): string[] {
  const converged = report.tabletsConverged === report.tablets;
  return [
    `| ${report.engine}${databaseNote} | ${report.tablets} × ${report.recordsPerTablet.toLocaleString('en')} | ` +
      `${report.recordsWritten.toLocaleString('en')} | ${report.recordsAtRegister.toLocaleString('en')} | ` +
      `${report.duplicates} | ${report.missing} | ${report.unexpected} | ` +
      `${report.tabletsConverged} of ${report.tablets}${converged ? '' : ' **(not converged)**'} | ` +
      `${report.kills} | ${report.databaseStops} | ${report.crashes.length} | ${report.seconds} s |`,
  ];
}

function proxyLine(report: ChaosReport): string {
  const p = report.proxy;
  return (
    `- ${report.engine}: ${p.requests} requests through the proxy — ${p.dropped} dropped, ` +
    `${p.answersLost} answers lost after the register acted, ${p.duplicated} duplicated, ` +
    `${p.delayed} delayed, ${p.unreachable} with the register down or restarting; ` +
    `${report.syncRuns} sync runs, ${report.failedSyncRuns} of them ended in an error and were retried.`
  );
}

async function main(): Promise<void> {
  const tablets = argument('tablets', 5);
  const records = argument('records', 2000);
  const seed = seedFrom(argumentText('seed'), Math.floor(Math.random() * 2 ** 31));
  const base: Omit<ChaosOptions, 'postgres'> = {
    tablets,
    recordsPerTablet: records,
    batch: 50,
    kills: 3,
    seed,
    faults: FAULTS,
    log: (line) => {
      console.log(`  ${line}`);
    },
  };
  console.log(
    `chaos: ${tablets} tablets × ${records} records, seed ${seed} (rerun with --seed ${seed})`,
  );
  const results: { report: ChaosReport; note: string }[] = [];

  console.log('SQLite');
  results.push({ report: await runChaos(base), note: '' });
  console.log(JSON.stringify(results.at(-1)?.report));

  let cluster: ThrowawayPostgres | null = null;
  const adminUrl = process.env['CHAOS_DATABASE_URL'];
  if (postgresBinDir() !== null) {
    console.log('PostgreSQL (a throwaway cluster)');
    cluster = await startThrowawayPostgres();
    try {
      results.push({
        report: await runChaos({ ...base, postgres: { url: cluster.url, cluster } }),
        note: ' (own cluster)',
      });
    } finally {
      cluster.remove();
    }
  } else if (adminUrl !== undefined && adminUrl !== '') {
    console.log('PostgreSQL (CHAOS_DATABASE_URL; no database stop: the cluster is not ours)');
    const database = await createPostgresDatabase(adminUrl, 'serodesk_chaos');
    try {
      results.push({
        report: await runChaos({ ...base, postgres: { url: database.url } }),
        note: ' (shared cluster, not stopped)',
      });
    } finally {
      await database.drop();
    }
  } else {
    console.log('PostgreSQL skipped: no server binaries and no CHAOS_DATABASE_URL');
  }
  if (results.length > 1) console.log(JSON.stringify(results.at(-1)?.report));

  const section = [
    START,
    '',
    `${machineLine()} Seed ${seed}; faults per request: ${FAULTS.drop * 100} % dropped, ` +
      `${FAULTS.loseAnswer * 100} % answer lost, ${FAULTS.duplicate * 100} % duplicated, ` +
      `${FAULTS.delay * 100} % delayed by up to ${FAULTS.maxDelayMs} ms.`,
    '',
    '| database | tablets × records | written | at the register | duplicates | missing | unexpected | tablets converged | SIGKILLs | database stops | register crashes | time |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.flatMap(({ report, note }) => reportLines(report, note)),
    '',
    ...results.map(({ report }) => proxyLine(report)),
    ...results.flatMap(({ report }) =>
      report.crashes.map(
        (crash) =>
          `- ${report.engine}: the register exited on its own: \`${crash.split('\n')[0] ?? ''}\``,
      ),
    ),
    '',
    END,
  ].join('\n');
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${doc.slice(0, start)}${section}${doc.slice(end + END.length)}`
      : `${doc}\n${section}\n`;
  writeFileSync(DOC, await format(next, { parser: 'markdown', printWidth: 100 }));
  console.log(`written to docs/RELIABILITY.md`);

  const bad = results.some(
    ({ report }) =>
      report.missing + report.duplicates + report.unexpected > 0 ||
      report.tabletsConverged !== report.tablets,
  );
  process.exit(bad ? 1 : 0);
}

await main();
