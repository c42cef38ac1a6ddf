import type { IngestResult, IngestRun } from './ingest';
import type { PeerFigure } from './peers';
import type { SyncBenchResult } from './sync';
import type { TabletFloor } from './tabletFloor';
import {
  BEFORE_AND_AFTER,
  PULL_BEFORE_AND_AFTER,
  TABLE_RUN,
  REGISTER_PER_REQUEST,
  REGISTER_CHECKPOINTS,
  TABLET_BEFORE_AND_AFTER,
  TABLET_THIRD_STEP,
} from './syncHistory';

// The sync part of docs/PERFORMANCE.md and of `--json` (issue #14): each target of the issue
// as a row — measure, figure, target, met or not — then the figures behind them. Ratios
// against PouchDB come from the same run (`--peers`); without it those rows say so.

export type SyncReport = {
  readonly scenarios: readonly SyncBenchResult[];
  readonly peers: readonly PeerFigure[] | null;
  readonly ingest: IngestResult | null;
  /** The tablet's storage alone at each size (tabletFloor.ts); empty when not run. */
  readonly floors: readonly TabletFloor[];
};

export type TargetRow = {
  readonly measure: string;
  readonly figure: string;
  readonly target: string;
  /** null: not measured in this run. */
  readonly met: boolean | null;
  /** Why it is missed and what it would take; shown only when missed. */
  readonly whyMissed?: string;
  /** What earlier sessions measured and changed on the way to it; shown met or missed. */
  readonly history?: string;
};

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
/** Milliseconds per 1,000 records (a batch or a page). */
const perThousand = (ms: number, records: number) =>
  `${String(Math.round(ms / (records / 1000)))} ms`;
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

/**
 * What the tablet floor (tabletFloor.ts) says of a target: the storage alone against the time
 * the target leaves for the whole run.
 */
function floorSays(floorMs: number, allowedMs: number, work: string): string {
  const verdict =
    floorMs >= allowedMs
      ? 'so the target is out of reach for this storage (one row per person, these indexes, fake-indexeddb) whatever the sync code does'
      : `which leaves ${s(allowedMs - floorMs)} for everything else`;
  return `. The target leaves ${s(allowedMs)}; ${work} alone, in the app’s database with nothing else, take ${s(floorMs)} here (the tablet floor below), ${verdict}`;
}

/**
 * What the floor in a layout the app does not have says of the same target: the storage
 * design that would meet it (docs/DECISIONS.md, "Records by the page").
 */
function redesignSays(floorMs: number, allowedMs: number, layout: string): string {
  const verdict =
    floorMs < allowedMs
      ? `${s(allowedMs - floorMs)} of the target would be left for everything else`
      : 'still more than the target leaves';
  return `. ${layout}, the same floor takes ${s(floorMs)}: ${verdict} (docs/DECISIONS.md, “Records by the page”)`;
}

export function targetRows(report: SyncReport, sizes: readonly [number, number]): TargetRow[] {
  const [small, large] = sizes;
  const rows: TargetRow[] = [];
  const floorSmall = report.floors.find((floor) => floor.records === small);
  const floorLarge = report.floors.find((floor) => floor.records === large);
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
      whyMissed: `the tablet’s CPU and the register’s, overlapped, are the run: per batch of 1,000 in this run the tablet’s process spent ${perThousand(push10.push.tabletCpuMs, small)} of CPU and the register’s ${perThousand(push10.push.registerCpuMs, small)} (its row)${
        floorSmall === undefined || pouchPush === undefined
          ? ''
          : floorSays(
              floorSmall.pushStateRows.ms,
              (pouchPush.seconds * 1000) / 5,
              'deleting the ops and putting a small row per record',
            ) +
            redesignSays(
              floorSmall.pushOpsOnly.ms,
              (pouchPush.seconds * 1000) / 5,
              'Were a record’s sync state read from the outbox alone, so that a push only deletes its ops',
            )
      }`,
      history: `Session 29, timed inside the run, per batch of 1,000: the tablet ≈ 80 ms — applying the answers 47–57 ms (deleting the ops 10–12, by key range since session 29, 20–29 one by one; reading the envelopes 20–25; a settled row per record 9–13; the envelopes themselves are written at idle after the run, “Settled at idle” below), taking the next batch 11–15 ms, its JSON and gzip 19–23 ms — and the register 85–100 ms. Profiled in session 28 (10,000 on loopback, both processes sampled): the register was busy ≈ 84 µs per op and idle 190 of the push’s 1,031 ms (before the first batch and after the last), the tablet idle 441 of 1,371 ms, waiting for answers. The register’s time per batch is now the run’s critical path and the tablet’s own work a close second (session 29: the register, sampled every 0.1 ms, still idle a fifth of the push, waiting for the next batch): 5× needs the register under ≈ 60 µs per op as well as less work on the tablet. Session 33: a batch’s settled records are one row per kind, no longer a row per record (storage/settledWrites.ts; in Chromium that was 1,000 requests a batch: “A desk back online, in a browser” below): the tablet’s CPU in a push of 10,000 went from 1.24–1.51 s to 1.01–1.25 s and the push from 1.46–1.66 s to 1.30–1.58 s (three runs each, taking turns, on a day this machine ran slow). Session 34: a push is written an op a line, in pieces of ≈ 48 K characters each encoded and gzipped in turn, no longer as one text of the batch, which V8 was slow to turn into UTF-8 (core/protocol/linedJson.ts; bench/wireJson.ts: a batch of 1,000 written and gzipped in 13.4–13.9 ms instead of 15.0–16.0 in Node, 19.5–19.9 instead of 35.8–37.0 in Chromium). Session 35: two batches out at once (“Pushes in a row”, docs/DECISIONS.md) take the round trips off a push over a slow link, but on loopback, where the register’s work is already the run, they moved it within the noise (and three made the register spend 7–15 % more CPU per op). Session 37: the register’s checks compiled and its copy of each body gone (its row) brought its CPU for the push to 0.87 s and the push to 1.12 s in the table’s run; the tablet’s 1.02 CPU-seconds, most of it fake-indexeddb reading and deleting the batch’s rows (a profile of the tablet alone: fake-indexeddb ≈ a third, garbage collection ≈ a fifth with every record in its heap), now lead. Session 38: a batch taken as sent is noted settled without its envelopes being read back, the outbox’s recordId index telling which of its records have edits beyond it (storage/laterEdits.ts): the tablet’s storage work for the push alone 0.72–0.78 → 0.51–0.52 CPU-seconds (three runs each), the push, old and new taking turns, median 1.27 → 1.21 s (nine each), and in the table’s run the tablet’s 0.90 CPU-seconds are again below the register’s 0.97: the register’s time per batch is the run. Session 42: a run no longer counts the waiting records for the header before its first push (two counts of the 10,000 waiting envelopes had left the first request ≈ 75–100 ms after the run’s start; one is left, the backlog that push reports): first request out after a median of 74 → 60 ms, six runs each taking turns. A smaller first batch (100) let the register start at ≈ 45 ms but made the push longer (1.14–1.18 against 1.10–1.12 s), and one batch out instead of two cost the register no less CPU (docs/DECISIONS.md, “A sync run counts once”). Session 47: the register measured warm (its row): the push of 10,000 0.68–0.81 → 0.60–0.66 s, four runs each taking turns, the register’s CPU in it 0.63–0.67 → 0.49–0.51 s and the tablet’s 0.56–0.73 → 0.53–0.56 s`,
    });
    const opsPerSecond = push10.records / (push10.push.registerCpuMs / 1000);
    const { warmup } = push10;
    const freshPerSecond = warmup.records / (warmup.registerCpuMs / 1000);
    rows.push({
      measure: 'Register side of that push (ops per CPU-second of the register process)',
      figure: `${Math.round(opsPerSecond).toLocaleString('en')} ops/s, warm; a fresh process’s first ${warmup.records.toLocaleString('en')} (the warm-up, alone): ${Math.round(freshPerSecond).toLocaleString('en')} ops/s`,
      target: '≥ 20,000 ops/s',
      met: opsPerSecond >= 20_000,
      whyMissed:
        'new records go as multi-row inserts after one look-up of the batch’s ids, with no hash of their content (the version each wrote is its content: docs/DECISIONS.md, “An op id names one content”), and WAL checkpoints run in a worker. The figure is a warm register’s (bench/registerWarmup.ts: 10,000 persons of another clinic first), with the tablet on the same two cores (session 48: alone, its second 10,000 39–42 µs per op, its first 53–58). What is left per op, alone and warm: SQLite’s inserts and commit, the body’s UTF-8 and JSON.parse, garbage collection, the stored body’s JSON and the record check (history below)',
      history:
        'before session 47 the figure was a fresh process’s first 10,000 ops: 85–120 µs of register CPU per op before session 37 (the most on session 36’s slower machine), 87 µs in session 37’s run (session 35: warmed first by an unmeasured push of 10,000 from another tablet, it spent as much: 1.03–1.37 CPU-seconds against 1.07–1.30 cold). Alone on the machine (session 27: a client sending pre-encoded pushes of 1,000, doing nothing else), the same register spent 75–88 µs per op on its first 10,000 and 51–62 µs by its third (16,000–19,600 per CPU-second): a third of the cold figure is the JIT warming up. A profile over those 30,000 ops, per op: garbage collection ≈ 10 µs, SQLite’s inserts ≈ 8 µs and its other statements ≈ 4 µs, zod’s parse ≈ 7 µs, the op hash ≈ 7.5 µs (canonical text 5.4, SHA-256 2.2), JSON.parse ≈ 4 µs, the stored body’s JSON ≈ 3 µs; a larger young generation (`--max-semi-space-size=64`) took ≈ 10 % off warm and nothing cold. Session 28: a person’s names and dates are checked without parsing them (the record schema 7.0–7.4 → 6.2 µs warm); a 64 MB SQLite page cache instead of the default 2 MB changed nothing (first 10,000 ops alone: 72–77 against 72–80 µs per op); profiled with the tablet beside it, a first 10,000 cost per op: zod ≈ 15 µs, SQLite ≈ 18 µs (inserts 12, other statements 4, commits 2), the body’s gunzip, text and JSON.parse ≈ 15 µs, the op hash ≈ 8 µs, garbage collection ≈ 6 µs, the stored body’s JSON ≈ 3.4 µs. Session 29, sampled every 0.1 ms over the same, per op: SQLite ≈ 16.5 µs, the body’s gunzip (a stream of chunks), text and JSON parse ≈ 12 µs (gunzipping the whole body at once would save ≈ 2.5), the op hash ≈ 11 µs (the sorted copy 4.3, its JSON 3.5, SHA-256 3.3), zod ≈ 11 µs, garbage collection ≈ 11 µs, the stored body’s JSON ≈ 3.7 µs: no item large enough that removing it alone reaches 50 µs. 20,000/s (≤ 50 µs per op) cold would need less written per record (two rows and six index entries now: the copy of a record’s current version in the history went in session 11, which made the database 40 % smaller but saved CPU within the noise; fewer indexes or other table layouts measured no better) and the record checked with less than zod’s full parse. Session 31: the op hash’s canonical text is JSON.stringify of the record as sent, after a walk that finds its keys already in sorted order (the tablet now queues records so: core/records/canonicalJson.ts), with no sorted copy: ≈ 2 µs per op less (a person’s text and SHA-256 alone, 6.3–7.7 → 4.5–5.6 µs). Measured and left: decoding a push body’s UTF-8 into text costs ≈ 4.6 µs per op on Node 20 (a body of 1,000 persons, 665 KB with Cyrillic: 4.6 ms); decoding it in chunks takes 1.1 ms but JSON.parse then joins the pieces at the same total, and the same JSON with its Cyrillic written as \\u escapes decodes in 3.5 ms but costs the tablet ≈ 25 ms a batch to write. Session 32, where the register process’s CPU goes (Linux /proc, per thread; a fresh register taking 10,000 persons, two runs): its main thread 0.69 s, the four threads V8 starts (its garbage collector’s and optimizing compiler’s helpers) 0.26–0.30 s, libuv’s pool (gunzipping the bodies) 0.04–0.07 s, the WAL-checkpoint worker 0.02–0.03 s: a quarter is spent off the main thread. V8 flags that move that work or give the young generation more room, `--single-threaded-gc`, `--max-semi-space-size=32` and both, measured no better (three runs of each, taking turns with none: register CPU 1.00–1.32 s against 1.04–1.27 s without), so the register runs with none. Session 36: a push’s body is inflated in one zlib pass into a buffer sized from the bytes sent (src/register/sync/compression.ts), no longer as a stream of 16 KB pieces through libuv’s pool, and read from its bytes a line-piece at a time (sync/syncJsonBody.ts), not as one string of the whole body: for a body of 1,000 persons alone in Node, inflating 4.3–7.1 → 1.8–2.3 ms of CPU and decoding with JSON.parse 9.4 → 4.5 ms (≈ 7 µs per op); in the benchmark, within the noise (register CPU for the push of 10,000 1.13–1.15 s before and 1.05–1.14 s after, two runs of `--reps 3` each, taking turns). Tried and left the same day, V8 flags for the cold register: `--maglev`, `--interrupt-budget=16384`, `--no-lazy-feedback-allocation`, and the young generation fixed at 16 or 64 MB from the start (`--min-semi-space-size` too, which session 27’s try lacked): a fresh register’s first 10,000 alone cost 0.93–1.45 CPU-seconds with them against 0.90–1.33 without (three runs of each, taking turns). A profile of 30,000 ops alone, cold to warm, per op: garbage collection ≈ 15 µs (93 scavenges: a push’s 1,000 records outlive the young generation while they are written), SQLite’s multi-row inserts ≈ 10 µs and the commit ≈ 3.6 µs, zod ≈ 7 µs, the pieces’ JSON.parse ≈ 6 µs, the op hash ≈ 5 µs, Fastify’s copy of the inflated body ≈ 2.3 µs. Session 37: a heap profile of the same 30,000 ops (every allocation sampled, the collected ones counted) had the register allocate 23 KB per op, a third of it zod’s check of the record, which kept a memo of every object of every parse: zod took the record schemas for possibly recursive (a z.lazy not yet built, inside another). Records and push bodies are now checked with zod’s compiled schemas (register/sync/recordCheck.ts: a person 7.4 → 3.1 µs, 7.6 → 2.7 KB of garbage) and a body’s bytes reach the parser without Fastify’s copy (2.6 ms less a push of 1,000): alone, a fresh register’s first 10,000 cost 1.12 → 0.96 CPU-seconds (mean of five, taking turns). Still allocated, per op: the body’s parsed JSON ≈ 4.1 KB, the op hash’s text ≈ 3.7 KB, the stored body’s JSON ≈ 2.3 KB, the rows’ values ≈ 1.5 KB (17.8 KB in all). Profiled again alone, per op: garbage collection ≈ 13 µs, SQLite’s inserts ≈ 12 µs and the commit ≈ 3.9 µs, the pieces’ UTF-8 and JSON.parse ≈ 7.4 µs, the op hash ≈ 6.2 µs, the stored body’s JSON ≈ 3 µs, zod’s generated check ≈ 1.5 µs. In the benchmark the register is now the lighter side of the push (0.87 CPU-seconds against the tablet’s 1.02), so 5× against PouchDB needs the tablet’s work per batch down as well. Session 39: a new SQLite file is made with 8 KB pages instead of 4 KB (src/register/db/connect.ts): a record’s row is about 1 KB, so a push splits, writes and logs half as many pages; alone, 30,000 persons after two unmeasured pushes, eight runs taking turns, 68.3 → 64.4 µs of register CPU per op, and a fresh pull of 50,000 cost the register 703–763 ms against 779–785 (the ingest benchmark’s small commits no worse). Measured and left the same day: a memory-mapped file (`mmap_size` 256 MB) changed nothing; the log growing through a long push (the checkpointer never catches a moment with nothing new to copy, so the WAL reaches ≈ 2 MB per batch) costs nothing measurable either (SQLite alone: batches into a 74 MB log as fast as into one restarted after every batch). Per batch of 1,000 warm, the register’s transaction takes ≈ 30–45 ms of the ≈ 50–65 ms of CPU the batch costs its process (the inserts 8–14, the commit 1.5–4); a fresh register’s first batch costs 141–164 ms, and its first ten batches 30–47 % more than its next ten (five runs). Session 42, profiled with the tablet beside it (one push of 10,000), per op: the multi-row inserts ≈ 17 µs, garbage collection ≈ 12, the record check ≈ 9, the body’s JSON ≈ 8, the op hash ≈ 7, the commit ≈ 4, its main thread busy ≈ 90 % of the push; alone, its first 10,000 cost 90–100 µs per op (three runs), its first batch 156–171 ms and its tenth 75–86 ms. Session 47, alone (pre-built pushes of 1,000, Linux /proc per thread): a fresh process’s first 10,000 cost 60–65 µs per op and its next 10,000 45–51 µs, the difference V8’s optimising compiler (≈ 12 µs an op of the first 10,000, moved onto the main thread by `--no-concurrent-recompilation`); since then the figure is a warm register’s, and the fresh process’s is shown beside it (docs/DECISIONS.md, “The sync benchmark measures a warm register”); measured and left then, V8’s young generation at 64 MB (`--max-semi-space-size=64`): 5 % off the warm register alone (41.0–41.6 against 43.2–43.8 µs per op) and nothing with the tablet beside it, for up to ≈ 100 MB more memory. Session 48: hashing each op’s canonical JSON (the text ≈ 2.2 µs, SHA-256 ≈ 1.7, and ≈ 3.7 KB of garbage an op) went for ops that write a new record, whose written version is now their content, compared only when an op id comes again (src/register/sync/writtenContent.ts): alone, four runs each taking turns, a register’s second 10,000 47.5–51.0 → 39.2–42.2 µs per op and its first 59.3–63.0 → 52.6–57.8; in the benchmark, 18,766–19,711 → 23,491 ops per CPU-second in quick runs the same morning, 25,228 in the table’s run. Measured and left the same day: a partial statement index (persons have none) and sync_op without its rowid saved nothing measurable in SQLite alone (10.0–10.9 µs per op either way), nor did making the rows of a run 64 at a time so that their bodies die young (alone, four runs each taking turns: 46.8 µs per op against 45.2 without)',
    });
  }
  const push50 = scenario(report, large, 0);
  const floorGrowth =
    floorSmall === undefined || floorLarge === undefined
      ? ''
      : `. The storage alone grows ${times(floorLarge.pull.cpuMs / floorSmall.pull.cpuMs)} in CPU in this run (the tablet floor below: the same rows added to the app’s database with nothing else); in four runs of it alone on 2026-12-02, 5.0×, 5.7×, 5.9× and 6.3×, with or without a second tablet’s 50,000 records in the same process: the store’s own growth is at the target’s limit before any sync code. The register’s own thread grows linearly: CPU profiles of its pull at 10,000 and 50,000 on 2026-12-02 had its main thread busy 0.27 and 1.18 s (4.4×), SQLite’s page query ≈ 9 ms a page at both sizes; the rest of the register process’s CPU (its figure here) is spent off that thread, and it grows linearly too: per-thread CPU of the register process (Linux /proc, 2026-12-02, another machine) during pulls of 10,000 / 50,000 was main thread 0.22–0.25 / 1.20 s, libuv’s pool (gzipping the pages) 0.11–0.13 / 0.62 s, V8’s garbage-collection helpers 0.04–0.05 / 0.22 s, the WAL-checkpoint worker 0.01 / 0.03 s, 4.7–5.4× in all, and waiting for the register to go idle between the push and the pull changed nothing — so the push’s checkpoints are not in the pull’s figure, and a register growth above 5.5× in a run is the noise of a figure of a few tenths of a second. Session 30’s changes (a pulled person stored without the record schema’s check, the register’s pages sent as bytes in brotli) took more off the small pull than the large in proportion: 0.53 → 0.37 s for 10,000 and 2.79 → 2.32 s for 50,000 (session 29’s run against session 30’s), the register’s CPU 0.20 → 0.11 s and 1.13 → 0.75 s, so the same fixed costs now weigh more in the smaller figure`;
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
            : `a first pull now adds each slice’s rows without reading them first (storage/pulled.ts); what still grows with the store is fake-indexeddb’s: seven trees per person (the row and six indexes, each put O(log n)) and garbage collection of a heap that holds every row; the register counted the rows after each page (O(N²/page)) until the count was carried from page to page (pullPage.ts). The figure swings between runs more than the changes moved it: on 2026-12-01, 5.1× in session 8’s run; then session 8’s commit and session 9’s taking turns on a quiet machine (tablet CPU, 10,000 / 50,000): 1.52 / 9.39 s and 2.14 / 8.35 s before, 1.77 / 9.21 s and 1.41 / 8.64 s after, growth 6.2×, 3.9×, 5.2×, 6.1×. Meeting it reliably needs the per-person index trees fewer (see the fresh pull below)${floorGrowth}`,
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
      whyMissed: `two batches are out at once since session 35 (core/protocol/sync.ts, “Pushes in a row”): after the first answer, a round trip overlaps the register’s work on the batch before, so a batch costs about the larger of the round trip, the tablet’s own work (${perThousand(run.push.tabletCpuMs, small)} of its process's CPU per 1,000 in this run, on fake-indexeddb) and the register's (${perThousand(run.push.registerCpuMs, small)}); meeting it needs the larger under about ${perThousand(limitS * 1000 - 2 * rtt, small)} per batch. The tablet floor (below) also says how fast the machine ran: in session 30’s run its push of 10,000 took 0.70 s, and this push 1.62 s${
        floorSmall === undefined
          ? ''
          : floorSays(
              floorSmall.push.ms,
              limitS * 1000,
              'reading the ops, deleting them and writing the persons “synced”',
            )
      }`,
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
      whyMissed: `a first download stores the persons by the page since session 26 (parts of 25 per slice of 125 and one row of their index keys: storage/pagedRecords.ts), no longer a row per person with six index entries; what the tablet spends per person now is mostly outside the storage: the page's JSON, the index keys, fake-indexeddb's copy of each part and garbage collection, and, until session 30, the record schema (≈ 12 µs; a pulled person is now checked at the pull only for what storing it reads, storage/pulledPerson.ts, and in full at each read)${
        floorLarge === undefined || pouchPull === undefined
          ? ''
          : `. The target leaves ${s((pouchPull.seconds * 1000) / 8)}; the pages alone, in the app’s database with nothing else, take ${s(floorLarge.pullByPage.ms)} here (the tablet floor below, "Pull by the page"), against ${s(floorLarge.pull.ms)} for a row per person`
      }. Measured in session 28 and left: the parts stored as JSON text instead of record trees (fake-indexeddb then copies one string a part: 2.42–2.66 s against 2.44–2.53 s, within the noise), and the page’s text, JSON and record schema done in a worker thread (2.68–2.71 s against 2.55–2.61 s inline: on two cores the worker competes with the register, and the checked page’s copy back to the main thread costs it about what the parse did). Session 29: the page index takes each page’s keys with less work (its sorted pairs found once a page, not once a key) and is handed the key rows this connection stored instead of reading them back (storage/pageIndex.ts, pageParts.ts): 2.50 → 2.35 s, the mean of four runs each, taking turns; a CPU profile of the tablet’s download of 50,000 now: the record schema 0.60 s, the page’s text and JSON 0.43 s, garbage collection 0.45–0.56 s, fake-indexeddb’s copy of the parts 0.37–0.38 s, the page index 0.15 s. Session 30: storing a first download of 50,000 persons without the record schema’s check, 1.16 → 0.80 s (storage alone, fake-indexeddb, four runs each, taking turns); the register reads a page’s records as their bytes and copies them into the answer (register/sync/pullAnswer.ts: 5.1 → 1.9 ms a page of 1,000) and compresses it with brotli, which the app’s transport now asks Node’s fetch for as Chromium does (4.7 ms a page against gzip’s 7.8); a profile of the tablet’s download of 50,000 after the first: ≈ 0.5 s waiting for the register’s pages, garbage collection 0.37 s, fake-indexeddb’s copy of the parts 0.26 s, the transport’s JSON.parse 0.18 s, the check for storing 0.13 s, the page index 0.10 s. Session 31, the download timed page by page (50,000 and 20,000 persons, Node): the tablet asks for the next page as it starts storing one, the register’s headers come back 13–20 ms later and the body is read between the slices being stored, so the tablet waits 10–15 ms for most pages once it has stored the one before (≈ 0.5 s in 50 pages): the two sides are nearly balanced, and a deeper pipeline would need the next cursor before the page (the register reading ahead for the tablet, say). Session 32 built that read-ahead to see (the register reads the next page, as bytes, as soon as it has answered one, and answers the tablet’s request for it from there), and took it out again: fresh pulls of 50,000, taking turns, 2.44, 2.82, 2.66, 2.75, 2.97 s with it against 3.38, 2.88, 2.71, 2.52, 2.40, 2.70 s without — within the noise, since the download is the tablet’s CPU: 2.7–4.1 CPU-seconds of its process in pulls of 2.4–3.4 s (a slow day for this machine). A profile of that CPU: garbage collection 0.82 s, fake-indexeddb’s copy of the parts 0.38 s, Node’s UTF-8 decoding of the pages 0.36 s (≈ 7 ms a page of ≈ 680 KB with Cyrillic; TextDecoder and Buffer.toString take the same on Node 20), the pages’ JSON.parse 0.27 s, the check for storing 0.22 s, the page index 0.16 s. A pull also read the backlog before each page, queued behind the slices’ writes; it is now read once, for the first page (sync/syncRun.ts). Session 33: a heap profile of that download (sampled, the objects collected since counted too) had it allocate 617 MB, of which zod/mini’s check for storing 127 MB — an output object and a result per field, ≈ 2.2 KB a person, thrown away — and the person’s copy with its version 31 MB; a type guard now checks the same fields and the page’s object is kept when it carries the register’s version already (storage/pulledPerson.ts): storing a first download of 50,000 alone (fake-indexeddb), five runs each, taking turns, 1.88–1.98 s before and 1.70–1.96 s after (CPU 2.66–2.81 → 2.44–2.80 s); whole pulls of 50,000 moved within their noise (2.32–3.11 s before, 2.32–3.00 s after, four each). What the tablet then allocates is the pages’ text and JSON (≈ 115 MB), fake-indexeddb’s copies (≈ 95 MB) and the page index’s pairs (≈ 80 MB): the store itself. PouchDB's own time moves by half from run to run on this machine (15.5–30.8 s in sessions 25 to 30), and the ratio with it. Session 34: the register writes a page a change a line, and the tablet reads a page's bytes in pieces of at most 48 KB instead of as one text of 1.4 MB (core/protocol/linedJson.ts; docs/DECISIONS.md, “Sync bodies laid out a change a line”): in a profile of the download of 50,000 the transport went from ≈ 0.67 to ≈ 0.30 CPU-seconds (decoding the pages 0.39 → 0.09 s, parsing them 0.28 → 0.21 s); bench/wireJson.ts reads a page of 1,000 in 3.9–4.3 ms instead of 8.0–8.6 in Node and in 6.7–7.2 instead of 13.3–13.5 in Chromium. Left in that profile: garbage collection ≈ 0.6 s (50 scavenges, each finding about half of what was allocated still alive: fake-indexeddb’s copies and the page being stored), fake-indexeddb’s copy of the parts ≈ 0.33 s, the page index ≈ 0.1 s`,
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
      figure: `p50 ${Math.round(open.p50Ms)} ms, p99 ${Math.round(open.p99Ms)} ms as the tablets waited; the register’s own p50 ${Math.round(open.registerP50Ms)} ms, p99 ${Math.round(open.registerP99Ms)} ms (${Math.round(open.recordsPerSecond).toLocaleString('en')} records/s served)`,
      target: 'p99 ≤ 100 ms',
      met: open.p99Ms <= 100,
      whyMissed:
        'WAL checkpoints (a copy and an fsync every ~1,000 pages) no longer stall a push’s commit: they run in a worker (src/register/db/walCheckpoint.ts); the tail left is pushes arriving together and waiting for the one writer (SQLite) while the register shares 2 cores with the 200 tablets’ process, and intermittent stalls: warm, at 2,000–3,000 records/s offered to a 2-core machine that keeps up with about 4,000, the tablets waited p50 32–41 ms and p99 54–274 ms from run to run, of which the register’s own time was p50 21–26 ms and p99 34–139 ms; the rest is the 200 tablets’ one process (building and gzipping their bodies, reading the answers, its own garbage collection), which real tablets do each on its own device (session 15, above); so the next step is less CPU per op (the register side above)',
    });
  }
  return rows;
}

function metText(met: boolean | null): string {
  if (met === null) return 'not measured';
  return met ? '**met**' : '**missed**';
}

/** What the pushes added to the register's database, per size on loopback. */
function growthLines(scenarios: readonly SyncBenchResult[]): string[] {
  const loopback = scenarios.filter((r) => r.rttMs === 0);
  if (loopback.length === 0) return [];
  const each = loopback.map(
    (r) =>
      `${(r.registerGrowthBytes / 1e6).toFixed(1)} MB for ${r.records.toLocaleString('en')} (${(r.registerGrowthBytes / r.records / 1024).toFixed(2)} KiB a person)`,
  );
  return [
    '',
    `The register’s database grew by ${each.join(' and by ')} with the push: each person is its record row and its op’s answer, with their index entries (the history holds only versions a record has left behind: migration 0015).`,
  ];
}

/** Each scenario's repetitions, when there were several: how far one run is from the next. */
function repetitionLines(scenarios: readonly SyncBenchResult[]): string[] {
  const seconds = (times: readonly number[]) =>
    times.map((ms) => (ms / 1000).toFixed(2)).join(', ');
  const each = scenarios.flatMap(({ records, rttMs, repetitions }) =>
    repetitions === undefined || repetitions.pushMs.length < 2
      ? []
      : [
          `${records.toLocaleString('en')} at ${rttMs} ms: push ${seconds(repetitions.pushMs)} s, pull ${seconds(repetitions.pullMs)} s`,
        ],
  );
  if (each.length === 0) return [];
  return [
    '',
    `Each repetition, in the order run (the table’s push is the median push, its pull the median pull, which may be another repetition’s): ${each.join('; ')}.`,
  ];
}

function floorRows(floors: readonly TabletFloor[]): string[] {
  if (floors.length === 0) return [];
  return [
    '',
    'The tablet floor, same run (`bench/tabletFloor.ts`): the least storage work each sync must do, in the app’s own database on fake-indexeddb, with nothing else (no network, no register, no record check). Push: per batch of 1,000, its ops read, then deleted and their persons written “synced” in one transaction (what the app’s push did until session 25; it now leaves the envelope writes to the engine at idle, after the run: “Settled at idle” above). Pull: the rows a first pull writes (storage/pulled.ts `freshRow`) added in transactions of the pull’s slice size.',
    '',
    '| Records | Push: storage alone | CPU | Pull: storage alone | CPU |',
    '| ------- | ------------------- | --- | ------------------- | --- |',
    ...floors.map(
      (floor) =>
        `| ${floor.records.toLocaleString('en')} | ${s(floor.push.ms)} | ${s(floor.push.cpuMs)} | ${s(floor.pull.ms)} | ${s(floor.pull.cpuMs)} |`,
    ),
    '',
    'The same floors in other layouts: a pull storing each slice’s rows as one row, with the slice’s key row beside it (storage/pageIndex.ts `pageKeysOf`), in tables without indexes (what a first download has done since session 26, in parts of 25: storage/pagedRecords.ts); a push that only reads and deletes its ops, leaving the envelopes as they were written (a record’s sync state read from the outbox instead of written on it); and one that writes, instead of each envelope, a small row of the record’s sync state in a table of its own indexed by state, so the waiting records stay an index count (docs/DECISIONS.md, “Step 4 tried”). The app’s push since session 25 is close to the last: it reads the envelopes (to see whether the desk edited one meanwhile) and puts a settled row, without an index, per record (“Step 4 built”).',
    '',
    '| Records | Push, ops only | CPU | Push, state rows | CPU | Pull by the page | CPU |',
    '| ------- | -------------- | --- | ---------------- | --- | ---------------- | --- |',
    ...floors.map(
      (floor) =>
        `| ${floor.records.toLocaleString('en')} | ${s(floor.pushOpsOnly.ms)} | ${s(floor.pushOpsOnly.cpuMs)} | ${s(floor.pushStateRows.ms)} | ${s(floor.pushStateRows.cpuMs)} | ${s(floor.pullByPage.ms)} | ${s(floor.pullByPage.cpuMs)} |`,
    ),
  ];
}

/** A heading and a bullet per row, its measure and one of its texts; nothing without rows. */
function rowList(
  heading: string,
  rows: readonly TargetRow[],
  text: 'whyMissed' | 'history',
): string[] {
  if (rows.length === 0) return [];
  return [heading, '', ...rows.map((row) => `- ${row.measure}: ${row[text] ?? ''}.`), ''];
}

function ingestRow(load: string, run: IngestRun): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  return `| ${load} | ${run.pushes} | ${Math.round(run.recordsPerSecond).toLocaleString('en')} | ${ms(run.p50Ms)} | ${ms(run.p99Ms)} | ${ms(run.registerP50Ms)} / ${ms(run.registerP99Ms)} | ${s(run.registerCpuMs)} |`;
}

export function syncSection(
  report: SyncReport,
  sizes: readonly [number, number],
  context: { readonly machine: string; readonly loadBefore: string; readonly loadAfter: string },
): string {
  const rows = targetRows(report, sizes);
  const missed = rows.filter((row) => row.met === false && row.whyMissed !== undefined);
  const histories = rows.filter((row) => row.history !== undefined);
  const scenarioRows = report.scenarios.map(
    (r) =>
      `| ${r.records.toLocaleString('en')} | ${r.rttMs} ms | ${s(r.push.ms)} | ${r.push.requests} | ${s(r.push.tabletCpuMs)} / ${s(r.push.registerCpuMs)} | ${s(r.settle.ms)} / ${s(r.settle.tabletCpuMs)} | ${s(r.pull.ms)} | ${r.pull.requests} | ${s(r.pull.tabletCpuMs)} / ${s(r.pull.registerCpuMs)} | ${s(r.pullIdle.ms)} / ${s(r.pullIdle.tabletCpuMs)} |`,
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
          `Register ingest (\`bench/ingest.ts\`, ${ingest.database}): ${ingest.tablets} enrolled tablets each push ${ingest.opsPerPush} new persons per request, gzipped as the app sends them, after one unmeasured push each (the register measured warm, as a running one is).`,
          '',
          '| Load | Pushes | Records/s served | p50 | p99 | Register’s own p50 / p99 | Register CPU |',
          '| ---- | ------ | ---------------- | --- | --- | ------------------------ | ------------ |',
          ingestRow(
            `open loop, ${ingest.offeredPerSecond.toLocaleString('en')} records/s offered`,
            ingest.open,
          ),
          ingestRow(`closed loop, all ${ingest.tablets} at once`, ingest.closed),
          '',
          'p50 and p99 are what the tablets waited (request to parsed answer); the register’s own is its log’s response time for the same pushes (arrival to answer).',
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
    REGISTER_PER_REQUEST,
    '',
    TABLE_RUN,
    '',
    ...rowList('Where a target is missed, why, and what it would take:', missed, 'whyMissed'),
    ...rowList(
      'On the way to the closest targets, what was measured and changed:',
      histories,
      'history',
    ),
    'Every scenario (CPU: tablet process / register process). "Settled at idle" is what the writer does after its run, when nobody waits (time / tablet CPU): records the register took as sent read "synced" from the push on, noted in a row per kind of each batch (since session 33; a small row beside each envelope before), and the engine then writes the envelopes themselves, a batch’s row a transaction (storage/settledSync.ts). "Index at idle" is the new tablet’s after its download (time / tablet CPU): the page index’s sorted pairs written, so that a start need not sort them (storage/pagedRecords.ts storePageIndex). Before session 26 the fresh pull’s figure included the check that counts the persons stored; it is now taken after the idle work. Since session 28 the writer’s tablet is closed and let go before the new tablet pulls, so the pull works in a heap without the writer’s records, as a new device does and as the PouchDB harness’s pull (a new client process). Since session 29 both idle figures are timed from the run’s end: the work starts there and went on while the benchmark asked the register for its CPU time, which left it partly untimed (the index at idle of 50,000 read 0.20 s in session 28’s run and 0.00 s in one of session 29’s).',
    '',
    '| Records | RTT | Push run | Requests | CPU | Settled at idle | Fresh pull | Requests | CPU | Index at idle |',
    '| ------- | --- | -------- | -------- | --- | --------------- | ---------- | -------- | --- | ------------- |',
    ...scenarioRows,
    ...repetitionLines(report.scenarios),
    ...growthLines(report.scenarios),
    ...floorRows(report.floors),
    ...peerRows,
    ...ingestRows,
  ].join('\n');
}
