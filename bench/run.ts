// `npm run bench`: runs the benchmarks and writes docs/PERFORMANCE.md with the machine and
// date. Timings are for reading, not for tests to assert (they vary with the machine and its
// load); the request counts are stable and are asserted in tests/integration/sync.test.ts.
//
//   npm run bench                                   everything; sync at 10,000 and 50,000 records
//   npm run bench -- --peers /tmp/peers/pouchdb-sync   … and the PouchDB/floor harness, same run
//   npm run bench -- --rtt-ms 0,50,600              … and pushes/pulls of 10,000 through a delay proxy
//   npm run bench -- --only sync,ingest             only these; the doc's other sections stay
//   npm run bench -- --json                         the figures as JSON on stdout too
//   npm run bench -- --sizes 2000,10000             other sizes (a quick look)
//   BENCH_DATABASE_URL=postgres://… npm run bench   the register on PostgreSQL
//   BENCH_DECODE_PHOTOS=60 npm run bench            fewer photos for the QR decoding benchmark (300)
//   BENCH_CPU_PROF=/tmp/prof npm run bench -- --only sync   a CPU profile of each register
// Parts: sync, ingest, verify, decode, flood, webdata (a fresh tablet's download and the local
// search in Chromium: bench/webDataSection.ts), webpush (a desk back online in Chromium:
// bench/webPushSection.ts), firstload (a new tablet's first load over a satellite link:
// bench/webFirstLoad.ts). `--peers-rtt 50,600` chooses the round trips
// PouchDB is run at (default: those of --rtt-ms up to 100 ms; at 600 ms it takes minutes).
// The QR decoding benchmark also runs on its own: `npx tsx bench/decode.ts` (see its header).
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format } from 'prettier';
import { benchDecode, decodeSection, machineLine } from './decode';
import type { IngestResult } from './ingest';
import { benchIngest } from './ingest';
import type { PeerFigure } from './peers';
import { benchPeers } from './peers';
import { writePerformanceSection } from './performanceDoc';
import { benchSignInFlood, signInFloodSection } from './signInFlood';
import type { SyncBenchResult } from './sync';
import { benchSync } from './sync';
import { syncSection, targetRows } from './syncReport';
import type { TabletFloor } from './tabletFloor';
import { benchTabletFloor } from './tabletFloor';
import { benchVerify } from './verify';

const PARTS = [
  'sync',
  'ingest',
  'verify',
  'decode',
  'flood',
  'webdata',
  'webpush',
  'firstload',
] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,50000' },
    'rtt-ms': { type: 'string', default: '0' },
    peers: { type: 'string' },
    'peers-rtt': { type: 'string' },
    reps: { type: 'string', default: '1' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const numbers = (text: string) => text.split(',').map(Number);
const sizes = numbers(values.sizes);
const rtts = numbers(values['rtt-ms']);
const reps = Number(values.reps);
const only = values.only?.split(',');
const [small, large] = sizes;
if (
  small === undefined ||
  large === undefined ||
  sizes.length !== 2 ||
  ![...sizes, ...rtts, reps].every((n) => Number.isInteger(n) && n >= 0) ||
  (only !== undefined && !only.every((part) => (PARTS as readonly string[]).includes(part)))
) {
  console.error(
    'usage: npm run bench -- [--sizes 10000,50000] [--rtt-ms 0,50,600] [--peers <folder>] [--peers-rtt 50] [--reps 1] [--only sync,ingest,verify,decode,flood,webdata,webpush,firstload] [--json]',
  );
  process.exit(2);
}
const runs = (part: Part) => only === undefined || only.includes(part);

const loadBefore = loadavg()[0]?.toFixed(1) ?? '?';
const cpu = cpus();
const cpuLine = `${cpu[0]?.model ?? 'unknown'} ×${cpu.length}`;

/**
 * Our scenarios: every size on loopback, the smaller per RTT. With repetitions, each step is
 * its own median: the push (with what follows from it: the register's CPU, the idle settling,
 * the database's growth) from the repetition with the median push time, the pull (and its idle
 * index) from the one with the median pull time, as the PouchDB harness takes the median of
 * each of its scenarios. (Until session 47 the pull came from the push's repetition: one
 * draw of a figure that moves by a quarter from run to run.)
 */
async function syncScenarios(): Promise<SyncBenchResult[]> {
  const plan: [number, number][] = [
    ...sizes.map((n): [number, number] => [n, 0]),
    ...rtts.filter((rtt) => rtt > 0).map((rtt): [number, number] => [small ?? 0, rtt]),
  ];
  const results: SyncBenchResult[] = [];
  for (const [records, rtt] of plan) {
    const tries: SyncBenchResult[] = [];
    for (let rep = 0; rep < reps; rep++) {
      console.error(`sync: ${records} records, rtt ${rtt} ms, rep ${rep + 1}`);
      tries.push(await benchSync(records, rtt));
    }
    const middle = Math.floor(tries.length / 2);
    const push = [...tries].sort((a, b) => a.push.ms - b.push.ms)[middle];
    const pull = [...tries].sort((a, b) => a.pull.ms - b.pull.ms)[middle];
    if (push === undefined || pull === undefined) continue;
    const repetitions = {
      pushMs: tries.map((run) => run.push.ms),
      pullMs: tries.map((run) => run.pull.ms),
    };
    results.push({ ...push, pull: pull.pull, pullIdle: pull.pullIdle, repetitions });
  }
  return results;
}

const scenarios = runs('sync') ? await syncScenarios() : [];
const peerRtts =
  values['peers-rtt'] === undefined
    ? rtts.filter((rtt) => rtt <= 100)
    : numbers(values['peers-rtt']);
const peers: PeerFigure[] | null =
  runs('sync') && values.peers !== undefined
    ? await benchPeers(values.peers, { sizes, rtts: peerRtts, reps })
    : null;
const ingest: IngestResult | null = runs('ingest') ? await benchIngest() : null;
const loadAfter = loadavg()[0]?.toFixed(1) ?? '?';
const floors: TabletFloor[] = [];
if (runs('sync')) {
  for (const records of sizes) {
    console.error(`sync: the tablet floor, ${records} records`);
    floors.push(await benchTabletFloor(records));
  }
}
const syncReport = { scenarios, peers, ingest, floors };
const sync =
  runs('sync') || runs('ingest')
    ? syncSection(syncReport, [small, large], {
        machine: `${cpuLine}, Node ${process.version}, ${new Date().toISOString()}.`,
        loadBefore,
        loadAfter,
      })
    : null;

const verify = runs('verify') ? await benchVerify(1000) : null;
const verifySection =
  verify === null
    ? null
    : `## Verifying a scanned certificate (target: well under a second)

From the camera's decoded \`shc:/\` text to the verdict, offline, for a realistic card
(${verify.jwsLength}-character JWS), ${verify.runs.toLocaleString('en')} runs in Node's WebCrypto: median
${verify.medianMs.toFixed(2)} ms, 95th percentile ${verify.p95Ms.toFixed(2)} ms. The camera's QR decoding (next
section) comes on top; the browser tests see the verdict within a few frames.`;
const decode = runs('decode')
  ? decodeSection(
      await benchDecode(Number(process.env['BENCH_DECODE_PHOTOS'] ?? 300)),
      machineLine(),
    )
  : null;
const flood = runs('flood') ? signInFloodSection(await benchSignInFlood(), machineLine()) : null;

const machine = `## Machine

- Date: ${new Date().toISOString()}
- CPU: ${cpuLine}; load average at start ${loadBefore}, at the end ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ')}
- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB; OS: ${platform()} ${release()}
- Node ${process.version}; register database: ${scenarios[0]?.database ?? ingest?.database ?? 'sqlite'}`;

const sections = [sync, verifySection, decode, flood];
if (only === undefined) {
  const document = `# Performance

Written by \`npm run bench\` (bench/run.ts); numbers from one run on the machine below. Tests
assert request _counts_, never these timings.

${sections.filter((section) => section !== null).join('\n\n')}

${machine}
`;
  const target = fileURLToPath(new URL('../docs/PERFORMANCE.md', import.meta.url));
  // Formatted as `npm run format:check` expects, so a fresh run leaves the tree clean.
  writeFileSync(target, await format(document, { parser: 'markdown', printWidth: 100 }));
} else {
  // A partial run replaces its own sections and keeps the others' figures.
  const headings = [
    '## Sync and register ingest (issue #14)',
    '## Verifying a scanned certificate',
    '## Decoding photos of a printed certificate',
    '## Sign-in flood',
  ];
  for (const [index, section] of sections.entries()) {
    const heading = headings[index];
    if (section !== null && heading !== undefined) await writePerformanceSection(heading, section);
  }
  // The machine and date of this run, the latest of the file's figures.
  await writePerformanceSection('## Machine', machine);
}
if (only === undefined) await (await import('./web')).writeWebSection(); // issue #14's web part; alone: npx tsx bench/web.ts
// Issue #14's browser data part, after the document is written: its section replaces its own.
const webData = runs('webdata')
  ? await (await import('./webDataSection')).writeWebDataSection()
  : null;
// A desk back online in Chromium: the push from the built app (bench/webPushSection.ts).
const webPush = runs('webpush')
  ? await (await import('./webPushSection')).writeWebPushSection()
  : null;
// A new tablet's first load over a satellite link (bench/webFirstLoad.ts).
const webFirstLoad = runs('firstload')
  ? await (await import('./webFirstLoad')).writeWebFirstLoadSection()
  : null;
console.error(sync ?? '');
if (values.json) {
  const targets = runs('sync') || runs('ingest') ? targetRows(syncReport, [small, large]) : [];
  console.log(
    JSON.stringify(
      {
        machine: { cpu: cpuLine, node: process.version, loadBefore, loadAfter },
        sync: syncReport,
        targets,
        verify,
        webData,
        webPush,
        webFirstLoad,
      },
      null,
      2,
    ),
  );
}
