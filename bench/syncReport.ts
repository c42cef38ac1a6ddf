import type { IngestResult } from './ingest';
import type { PeerFigure } from './peers';
import type { SyncBenchResult } from './sync';

// The sync part of docs/PERFORMANCE.md and of `--json` (issue #14): each target of the issue
// as a row — measure, figure, target, met or not — then the figures behind them. Ratios
// against PouchDB come from the same run (`--peers`); without it those rows say so.

export type SyncReport = {
  readonly scenarios: readonly SyncBenchResult[];
  readonly peers: readonly PeerFigure[] | null;
  readonly ingest: IngestResult | null;
};

export type TargetRow = {
  readonly measure: string;
  readonly figure: string;
  readonly target: string;
  /** null: not measured in this run. */
  readonly met: boolean | null;
  /** Why it is missed and what it would take; shown only when missed. */
  readonly whyMissed?: string;
};

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const times = (value: number) => `${value.toFixed(1)}×`;

function scenario(report: SyncReport, records: number, rttMs: number) {
  return report.scenarios.find((r) => r.records === records && r.rttMs === rttMs);
}

function peer(
  report: SyncReport,
  stack: PeerFigure['stack'],
  scenarioName: string,
  records: number,
  rttMs: number,
) {
  return report.peers?.find(
    (p) =>
      p.stack === stack &&
      p.scenario === scenarioName &&
      p.records === records &&
      p.rttMs === rttMs,
  );
}

export function targetRows(report: SyncReport, sizes: readonly [number, number]): TargetRow[] {
  const [small, large] = sizes;
  const rows: TargetRow[] = [];
  const push10 = scenario(report, small, 0);
  const pouchPush = peer(report, 'pouchdb', 'push', small, 0);
  if (push10 !== undefined) {
    const ratio = pouchPush === undefined ? null : (pouchPush.seconds * 1000) / push10.push.ms;
    rows.push({
      measure: `Push ${small.toLocaleString('en')}, loopback, vs PouchDB in the same run`,
      figure:
        ratio === null
          ? `${s(push10.push.ms)} (PouchDB not run: \`--peers\`)`
          : `${s(push10.push.ms)} vs ${pouchPush?.seconds.toFixed(2)} s: ${times(ratio)} faster`,
      target: '≥ 5× faster',
      met: ratio === null ? null : ratio >= 5,
      whyMissed:
        'the tablet’s CPU is most of the run: per batch of 1,000 about 200 ms on fake-indexeddb (reading the ops, deleting them with their 3 index entries, reading the envelopes and writing each once with the person’s 6 index entries), with the register’s side overlapped; beyond this would need fewer person indexes (a schema change shared with the search work), a tablet storage cheaper than fake-indexeddb per write (the browser’s IndexedDB is native), and the register’s record check cheaper than zod’s full parse',
    });
    const opsPerSecond = push10.records / (push10.push.registerCpuMs / 1000);
    rows.push({
      measure: 'Register side of that push (ops per CPU-second of the register process)',
      figure: `${Math.round(opsPerSecond).toLocaleString('en')} ops/s`,
      target: '≥ 20,000 ops/s',
      met: opsPerSecond >= 20_000,
      whyMissed:
        'new records go as multi-row inserts after one look-up of the batch’s ids, and WAL checkpoints run in a worker; about 100 µs of register CPU per op remain (profile: SQLite’s inserts ≈ 25 µs and commit ≈ 12 µs, zod’s parse ≈ 18 µs, the op hash ≈ 15 µs, the body’s UTF-8 decoding and JSON.parse ≈ 14 µs, garbage collection ≈ 13 µs); 20,000/s (≤ 50 µs per op) would need less written per record (three rows and seven index entries now; fewer indexes or other table layouts measured no better) and the record checked with less than zod’s full parse',
    });
  }
  const push50 = scenario(report, large, 0);
  if (push10 !== undefined && push50 !== undefined) {
    const factor = large / small;
    const limit = factor * 1.1;
    const growth = (a: number, b: number) => b / a;
    for (const [name, pick] of [
      ['Push', (r: SyncBenchResult) => r.push],
      ['Pull', (r: SyncBenchResult) => r.pull],
    ] as const) {
      const wall = growth(pick(push10).ms, pick(push50).ms);
      const tablet = growth(pick(push10).tabletCpuMs, pick(push50).tabletCpuMs);
      const register = growth(pick(push10).registerCpuMs, pick(push50).registerCpuMs);
      rows.push({
        measure: `${name} cost growth, ${large.toLocaleString('en')} ÷ ${small.toLocaleString('en')} records`,
        figure: `time ${times(wall)}; tablet CPU ${times(tablet)}; register CPU ${times(register)}`,
        target: `≤ ${limit.toFixed(1)}× (linear)`,
        met: Math.max(wall, tablet, register) <= limit,
        whyMissed:
          name === 'Push'
            ? 'the register side is linear; the tablet’s CPU grew faster than the records until the backlog was no longer counted before every request (profiled at 50,000: 4 of 25 CPU-seconds; now read once per run); what is left grows with fake-indexeddb’s trees (log N per index entry) and the collector’s work on a heap holding every record, and the wall time with the machine’s load'
            : 'a first pull now adds each slice’s rows without reading them first (storage/pulled.ts); what still grows with the store is fake-indexeddb’s: seven trees per person (the row and six indexes, each put O(log n)) and garbage collection of a heap that holds every row; the register counted the rows after each page (O(N²/page)) until the count was carried from page to page (pullPage.ts)',
      });
    }
  }
  for (const [rtt, limitS] of [
    [50, 2],
    [600, 10],
  ] as const) {
    const run = scenario(report, small, rtt);
    if (run === undefined) continue;
    const pouch = peer(report, 'pouchdb', 'push', small, rtt);
    rows.push({
      measure: `Push ${small.toLocaleString('en')} at ${rtt} ms round trip (delay proxy)`,
      figure: `${s(run.push.ms)}, ${run.push.requests} requests${pouch === undefined ? '' : `; PouchDB ${pouch.seconds.toFixed(1)} s, ${pouch.requests} requests`}`,
      target: `≤ ${limitS} s`,
      met: run.push.ms <= limitS * 1000,
      whyMissed: `the round trips cost ${run.push.requests} × ${rtt} ms; the tablet's work overlaps them (the next batch is taken and gzipped while one is out, and answers are applied while the next is out), so a batch costs the larger of the tablet's own work (about 200 ms of CPU per 1,000 on fake-indexeddb) and the register's time plus the round trip; meeting it needs both under about 150 ms per batch`,
    });
  }
  const pull50 = scenario(report, large, 0);
  const pouchPull = peer(report, 'pouchdb', 'pull', large, 0);
  if (pull50 !== undefined) {
    const ratio = pouchPull === undefined ? null : (pouchPull.seconds * 1000) / pull50.pull.ms;
    rows.push({
      measure: `Fresh tablet pulls ${large.toLocaleString('en')}, vs PouchDB in the same run`,
      figure:
        ratio === null
          ? `${s(pull50.pull.ms)} (PouchDB not run: \`--peers\`)`
          : `${s(pull50.pull.ms)} vs ${pouchPull?.seconds.toFixed(2)} s: ${times(ratio)} faster`,
      target: '≥ 8× faster',
      met: ratio === null ? null : ratio >= 8,
      whyMissed:
        'storing costs the tablet most of the time: each person is parsed by the record schema, cloned by fake-indexeddb and put into seven trees (the row and its six indexes, every one of them queried by the desk or the sync counts; a person without a phone or SNILS also costs a thrown DataError inside fake-indexeddb). A first pull no longer reads before it writes; ≥ 8× (≈ 2.8 s for 50,000) would need fewer index entries per person, such as a sync-state index holding only the rows not synced (the outbox’s code queries it as it is), and a cheaper record check',
    });
  }
  if (report.ingest !== null) {
    const { open, closed, tablets, opsPerPush, offeredPerSecond } = report.ingest;
    rows.push({
      measure: `Register ingest, ${tablets} tablets, ${opsPerPush} ops per push`,
      figure: `${Math.round(closed.recordsPerSecond).toLocaleString('en')} records/s at most (all pushing at once; p99 ${Math.round(closed.p99Ms)} ms)`,
      target: '≥ 5,000 records/s',
      met: closed.recordsPerSecond >= 5_000,
      whyMissed:
        'the register spends 130–160 µs of CPU per record at 100 ops per push (one core serves 6,000–7,500 records/s), but on this 2-core machine it shares the cores with the 200 tablets’ process and other work, and one writer at a time (SQLite) commits each push, whose random ids dirty many index pages; the figure follows the CPU the register gets',
    });
    rows.push({
      measure: `Push latency at ${offeredPerSecond.toLocaleString('en')} records/s offered by ${tablets} tablets`,
      figure: `p50 ${Math.round(open.p50Ms)} ms, p99 ${Math.round(open.p99Ms)} ms (${Math.round(open.recordsPerSecond).toLocaleString('en')} records/s served)`,
      target: 'p99 ≤ 100 ms',
      met: open.p99Ms <= 100,
      whyMissed:
        'WAL checkpoints (a copy and an fsync every ~1,000 pages) no longer stall a push’s commit: they run in a worker (src/register/db/walCheckpoint.ts); the tail left is pushes arriving together and waiting for the one writer (SQLite) while the register shares 2 cores with the 200 tablets’ process, so the next step is less CPU per op (the register side above)',
    });
  }
  return rows;
}

/** What the profiles showed before the changes (kept with the figures, not re-measured). */
const BEFORE_AND_AFTER = `Before and after (issue #14; CPU profiles of a 10,000-record push with the register in the
tablet's process, \`node --cpu-prof\`, on this machine while it was shared): on the landed main
the push took 17.6 s and 12.8 CPU-seconds. Its largest costs were the register's: SQLite
statements prepared anew for every query (2.3 s; Kysely keeps none) and running them,
commits included (2.9 s: one transaction, so one commit, per op), then fake-indexeddb
reading the whole queued outbox after every batch (0.9 s at 10,000 ops, growing as N²/B:
the ×13 for ×5 records the issue saw). One transaction per push with a savepoint per op,
kept statements and \`synchronous = NORMAL\` brought the same push to 8.0 s and 7.9
CPU-seconds; reading the envelopes instead of the outbox halved the tablet's value reads and
made them linear. The issue's own figures on the landed main: push 10,000 in 8.9–11.0 s
(PouchDB 5.6–6.7 s), 50,000 in 91.4 s; pull 10,000 / 50,000 in 1.1 / 7.4 s.

The register's side, next (a profile of answerPush alone: 10,000 new persons in batches of
1,000, SQLite): 3.6 CPU-seconds, spent on Kysely building ~7 statements per op, a savepoint
per op, canonical JSON for the op hash and zod. The batch's ids are now looked up in one
query, runs of brand-new records are written as multi-row inserts (record, version, answer)
under one savepoint with the per-op path as the fallback, and the hash is built from one
sorted copy: 1.05 CPU-seconds (≈ 9,500 ops per CPU-second). In the benchmark (\`--only
sync,ingest --sizes 2000,10000\`, before and after back to back at a load average of 1.5): the
register's CPU for the 10,000-record push 3.02 → 1.40 s (3,300 → 7,100 ops per CPU-second);
ingest, all 200 tablets at once, 3,582 → 6,962 records/s (register CPU 15.7 → 7.8 s); at
5,000 records/s offered, push latency p50 2,104 → 28 ms, p99 8,694 → 119 ms. At load
averages of 9–14 the same ingest served only 1,500–2,600 records/s either way.`;

/** The register's side, session 8: where its CPU goes, and the WAL checkpoints moved off. */
const REGISTER_CHECKPOINTS = `The register's side, session 8 (\`node --cpu-prof\` of the register process while 10,000 new
persons were pushed four times in gzipped batches of 1,000, then of the ingest benchmark):
per op, SQLite running the inserts ≈ 25 µs and the commit ≈ 12 µs, zod's parse ≈ 18 µs, the
op hash ≈ 15 µs (canonical text ≈ 6, SHA-256 of its UTF-8 ≈ 4), the body's UTF-8 decoding
and JSON.parse ≈ 14 µs, garbage collection ≈ 13 µs. In the ingest the commit was the largest
item, 3.5 ms per push of 100: SQLite checkpointed the WAL (copy and fsync) inside whichever
commit passed 1,000 pages, so one push in about twelve waited 30–50 ms and the pushes behind
it queued (replayed alone: commit p99 28–37 ms, 200 commits 0.95–1.13 s in all). Checkpoints
now run in a worker thread on a connection of its own (\`src/register/db/walCheckpoint.ts\`):
commit p99 6–12 ms, 200 commits 0.30–0.40 s. Run inserts go in groups of 64, 32, … 1 (a
push of 100: three statements per table instead of 37). Before and after back to back, at a
one-minute load of 9–10 (other sessions' tests and browsers on the 2 cores): register CPU of
the 10,000-record push 1.85 → 1.51 s (5,400 → 6,600 ops per CPU-second; of the 2,000-record push 0.48 → 0.40 s); ingest at 1,500
records/s offered, push latency p50 807 → 36 ms, p99 4,268 → 243 ms, all at once 1,830 →
2,850 records/s. At 5,000 offered neither kept up at that load (2,100–2,900 records/s). Not
reached: ops per CPU-second. Inserting three rows and seven index entries per record and
committing them (≈ 37 µs) with zod, the hash and the body's parse (≈ 47 µs) already exceed
the 50 µs a record may have; schema changes (fewer indexes, WITHOUT ROWID, larger pages)
measured no better than the noise, so 20,000 would need less written per record (e.g. no
copy of a record's first version beside the record) and a record check cheaper than zod. On a quiet machine (load ≈ 1), the session's base commit and
this one taking turns, ingest at 5,000 records/s offered: p99 178, 181, 165 ms before and
131, 157 ms after (the table above is one run, 192 ms); all at once 5,890–6,540 records/s
before and 6,600–7,490 after.`;

/** The tablet's side of the same issue (overlap with the network), measured the same way. */
const TABLET_BEFORE_AND_AFTER = `The tablet's side (issue #14, second step; \`npx tsx bench/run.ts --only sync --sizes
2000,10000 --rtt-ms 0,50\`, before and after back to back, twice, on this machine while it
was shared: one-minute load 4 to 15, so wall times are rough): the tablet now takes the next
batch while one is out and applies its answers while the next is out, fetches the next pull
page while it stores one, compares envelopes member by member and gzips natively. A push of
10,000 on loopback went from 19.3 / 15.9 s to 10.8 / 10.7 s, the tablet's CPU in it from
5.0 / 3.6 s to 2.8 / 3.2 s; a push of 2,000 at 50 ms from 3.7 / 3.3 s to 2.1 / 6.1 s (the
second pair at load 13 to 15; three further pairs of that scenario alone: 10.8, 4.4, 6.4 s
before, 5.8, 4.8, 4.1 s after); fresh pulls of 10,000 3.2 / 2.3 s to 3.2 / 2.1 s (the pull
is the tablet's storing, which the overlap does not shorten).`;

/** The tablet's third step (session 8), measured the same way. */
const TABLET_THIRD_STEP = `The tablet's side, third step (issue #14, session 8; \`--only sync --sizes 10000,50000
--rtt-ms 0,50\`, the commit before and after back to back, twice, one-minute load 7 to 10,
so wall times are rough and CPU-seconds the fairer figures): taking a batch no longer writes each
envelope "sending" (the desk shows the record waiting until its answer), an accepted record
keeps its checked record and search keys, the backlog is read once per run instead of
counting every waiting envelope before each request (the part that grew faster than the
records), and the next body is gzipped while one is out. Tablet CPU: push of 10,000 4.38 /
4.59 → 2.48 / 3.26 s, of 50,000 24.4 / 26.7 → 10.8 / 13.7 s (5.6× / 5.8× → 4.4× / 4.2× for
5×), of 10,000 at 50 ms 4.21 / 3.89 → 2.28 / 1.72 s; push wall time 16.6 / 21.6 → 5.1 / 10.7
s, 76.2 / 115.4 → 19.6 / 38.2 s and 8.5 / 9.9 → 7.2 / 5.6 s.`;

/** The pull's storing (issue #14, third step), measured the same way. */
const PULL_BEFORE_AND_AFTER = `The pull's storing (issue #14, third step; \`--only sync --sizes 10000,50000\`, before
and after back to back at a one-minute load of 6 to 10): a first pull adds its rows without
reading them first and stores each page in slices of 250, each with its own cursor
(storage/pulled.ts, sync/pullSlices.ts), and the search keys are lowercased without the
locale. Fresh pulls of 10,000 / 50,000: 2.70 / 15.03 s and 1.49 / 5.87 tablet CPU-seconds
before, 3.90 / 13.54 s and 1.72 / 5.78 after (noise: a push the change does not touch went
from 36.7 to 55.0 s in the same pair). Storing alone (applyPulled over fake-indexeddb, no
network, old and new taking turns at a load of 7 to 11): 10,000 rows 1.55–1.59 → 1.20–1.24
CPU-seconds; 50,000 rows 4.9–6.5 before and 4.0–5.7 after, within the noise. Most of it is
fake-indexeddb's own: its index trees take about 70 % of a put (profile).`;

function metText(met: boolean | null): string {
  if (met === null) return 'not measured';
  return met ? '**met**' : '**missed**';
}

export function syncSection(
  report: SyncReport,
  sizes: readonly [number, number],
  context: { readonly machine: string; readonly loadBefore: string; readonly loadAfter: string },
): string {
  const rows = targetRows(report, sizes);
  const missed = rows.filter((row) => row.met === false && row.whyMissed !== undefined);
  const scenarioRows = report.scenarios.map(
    (r) =>
      `| ${r.records.toLocaleString('en')} | ${r.rttMs} ms | ${s(r.push.ms)} | ${r.push.requests} | ${s(r.push.tabletCpuMs)} / ${s(r.push.registerCpuMs)} | ${s(r.pull.ms)} | ${r.pull.requests} | ${s(r.pull.tabletCpuMs)} / ${s(r.pull.registerCpuMs)} |`,
  );
  const peerRows =
    report.peers === null
      ? []
      : [
          '',
          'The PouchDB/floor harness, same run (`--peers`; medians of its reps, seconds):',
          '',
          '| Stack | Scenario | Records | RTT | Time | Requests |',
          '| ----- | -------- | ------- | --- | ---- | -------- |',
          ...report.peers.map(
            (p) =>
              `| ${p.stack} | ${p.scenario} | ${p.records.toLocaleString('en')} | ${p.rttMs} ms | ${p.timedOut ? '>' : ''}${p.seconds.toFixed(2)} s | ${p.requests} |`,
          ),
        ];
  const ingest = report.ingest;
  const ingestRows =
    ingest === null
      ? []
      : [
          '',
          `Register ingest (\`bench/ingest.ts\`, ${ingest.database}): ${ingest.tablets} enrolled tablets each push ${ingest.opsPerPush} new persons per request, gzipped as the app sends them.`,
          '',
          '| Load | Pushes | Records/s served | p50 | p99 | Register CPU |',
          '| ---- | ------ | ---------------- | --- | --- | ------------ |',
          `| open loop, ${ingest.offeredPerSecond.toLocaleString('en')} records/s offered | ${ingest.open.pushes} | ${Math.round(ingest.open.recordsPerSecond).toLocaleString('en')} | ${Math.round(ingest.open.p50Ms)} ms | ${Math.round(ingest.open.p99Ms)} ms | ${s(ingest.open.registerCpuMs)} |`,
          `| closed loop, all ${ingest.tablets} at once | ${ingest.closed.pushes} | ${Math.round(ingest.closed.recordsPerSecond).toLocaleString('en')} | ${Math.round(ingest.closed.p50Ms)} ms | ${Math.round(ingest.closed.p99Ms)} ms | ${s(ingest.closed.registerCpuMs)} |`,
        ];
  return [
    '## Sync and register ingest (issue #14)',
    '',
    `Written by \`npm run bench\` (bench/sync.ts, bench/ingest.ts, bench/syncReport.ts). Tablets are the app's own storage and sync engine in Node over fake-indexeddb, with varied, realistic persons (the demo data's people, seed 42) written offline; the register runs as a process of its own (as \`npm start\` does) on ${report.scenarios[0]?.database ?? 'sqlite'}; batches and pages of 1,000, gzipped. One run of each (the machine is shared with other work: times are noisy, ratios from one run are the fairer figures). ${context.machine} One-minute load average ${context.loadBefore} before the run, ${context.loadAfter} after.`,
    '',
    '| Measure | Figure | Target | Met |',
    '| ------- | ------ | ------ | --- |',
    ...rows.map(
      (row) => `| ${row.measure} | ${row.figure} | ${row.target} | ${metText(row.met)} |`,
    ),
    '',
    BEFORE_AND_AFTER,
    '',
    REGISTER_CHECKPOINTS,
    '',
    TABLET_BEFORE_AND_AFTER,
    '',
    TABLET_THIRD_STEP,
    '',
    PULL_BEFORE_AND_AFTER,
    '',
    ...(missed.length === 0
      ? []
      : [
          'Where a target is missed, why, and what it would take:',
          '',
          ...missed.map((row) => `- ${row.measure}: ${row.whyMissed ?? ''}.`),
          '',
        ]),
    'Every scenario (CPU: tablet process / register process):',
    '',
    '| Records | RTT | Push run | Requests | CPU | Fresh pull | Requests | CPU |',
    '| ------- | --- | -------- | -------- | --- | ---------- | -------- | --- |',
    ...scenarioRows,
    ...peerRows,
    ...ingestRows,
  ].join('\n');
}
