// `npm run bench`: runs the benchmarks and writes docs/PERFORMANCE.md with the machine and
// date. Timings are for reading, not for tests to assert (they vary with the machine and its
// load); the request counts are stable and are asserted in tests/integration/sync.test.ts.
//
//   npm run bench                      10,000 records on SQLite
//   BENCH_DATABASE_URL=postgres://… npm run bench   … on PostgreSQL
//   npm run bench -- 2000              fewer records
//   BENCH_DECODE_PHOTOS=60 npm run bench   fewer photos for the QR decoding benchmark (300)
// The QR decoding benchmark also runs on its own: `npx tsx bench/decode.ts` (see its header).
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import type { SyncBenchResult } from './sync';
import { benchDecode, decodeSection, machineLine } from './decode';
import { benchSignInFlood, signInFloodSection } from './signInFlood';
import { benchSync } from './sync';
import { benchVerify } from './verify';

const records = Number(process.argv[2] ?? 10_000);
if (!Number.isInteger(records) || records <= 0) {
  console.error('usage: npm run bench -- [records]');
  process.exit(2);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perRecord = (ms: number, n: number) => `${((ms / n) * 1000).toFixed(0)} µs`;

function table(result: SyncBenchResult): string {
  const n = result.records;
  return [
    '| Step | Time | Per record | Requests |',
    '| ---- | ---- | ---------- | -------- |',
    `| Desk writes on the writer tablet (fake IndexedDB) | ${seconds(result.writeMs)} | ${perRecord(result.writeMs, n)} | 0 |`,
    `| Writer: push everything, then pull | ${seconds(result.pushMs)} | ${perRecord(result.pushMs, n)} | ${result.pushRequests} |`,
    `| Reader (new tablet): first pull of everything | ${seconds(result.pullMs)} | ${perRecord(result.pullMs, n)} | ${result.pullRequests} |`,
  ].join('\n');
}

const result = await benchSync(records);
const verify = await benchVerify(1000);
const decode = await benchDecode(Number(process.env['BENCH_DECODE_PHOTOS'] ?? 300));
const flood = await benchSignInFlood();
const cpu = cpus();
const machine = [
  `- Date: ${new Date().toISOString()}`,
  `- CPU: ${cpu[0]?.model ?? 'unknown'} ×${cpu.length}; load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`,
  `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB; OS: ${platform()} ${release()}`,
  `- Node ${process.version}; register database: ${result.database}`,
].join('\n');

const document = `# Performance

Written by \`npm run bench\` (bench/run.ts); numbers from one run on the machine below. Tests
assert request *counts*, never these timings.

## Sync: ${records.toLocaleString('en')} records from one tablet to another

Two simulated tablets (the app's storage and sync engine in Node over fake-indexeddb) and a
real register on loopback. The writer's desk writes ${records.toLocaleString('en')} persons offline, then
syncs; a freshly enrolled reader then pulls them all. Batches and pages are 1,000 records;
bodies are gzipped.

${table(result)}

Loopback hides latency: over a 600 ms satellite round trip add about
${result.pushRequests + result.pullRequests} × 0.6 s ≈ ${(0.6 * (result.pushRequests + result.pullRequests)).toFixed(0)} s of waiting for
${result.pushRequests + result.pullRequests} requests (PouchDB-style per-document replication needs about 400 for
10,000 documents). fake-indexeddb is much slower than a browser's IndexedDB, so the tablet
side of these times is pessimistic. The register applies each op in its own transaction
(exactly-once needs the answer committed with the op), which dominates its share.

## Verifying a scanned certificate (target: well under a second)

From the camera's decoded \`shc:/\` text to the verdict, offline, for a realistic card
(${verify.jwsLength}-character JWS), ${verify.runs.toLocaleString('en')} runs in Node's WebCrypto: median
${verify.medianMs.toFixed(2)} ms, 95th percentile ${verify.p95Ms.toFixed(2)} ms. The camera's QR decoding (next
section) comes on top; the browser tests see the verdict within a few frames.

${decodeSection(decode, machineLine())}

${signInFloodSection(flood, machineLine())}

## Machine

${machine}
`;

const target = fileURLToPath(new URL('../docs/PERFORMANCE.md', import.meta.url));
// Formatted as `npm run format:check` expects, so a fresh run leaves the tree clean.
const formatted = await format(document, { parser: 'markdown', printWidth: 100 });
writeFileSync(target, formatted);
console.log(formatted);
