// The before-and-after paragraphs of issue #14's sync work, kept with the figures they quote
// (measured once each, not re-measured by a run); syncReport.ts places them in the section.

/** What the profiles showed before the changes (kept with the figures, not re-measured). */
export const BEFORE_AND_AFTER = `Before and after (issue #14; CPU profiles of a 10,000-record push with the register in the
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
export const REGISTER_CHECKPOINTS = `The register's side, session 8 (\`node --cpu-prof\` of the register process while 10,000 new
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
export const TABLET_BEFORE_AND_AFTER = `The tablet's side (issue #14, second step; \`npx tsx bench/run.ts --only sync --sizes
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
export const TABLET_THIRD_STEP = `The tablet's side, third step (issue #14, session 8; \`--only sync --sizes 10000,50000
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
export const PULL_BEFORE_AND_AFTER = `The pull's storing (issue #14, third step; \`--only sync --sizes 10000,50000\`, before
and after back to back at a one-minute load of 6 to 10): a first pull adds its rows without
reading them first and stores each page in slices of 250, each with its own cursor
(storage/pulled.ts, sync/pullSlices.ts), and the search keys are lowercased without the
locale. Fresh pulls of 10,000 / 50,000: 2.70 / 15.03 s and 1.49 / 5.87 tablet CPU-seconds
before, 3.90 / 13.54 s and 1.72 / 5.78 after (noise: a push the change does not touch went
from 36.7 to 55.0 s in the same pair). Storing alone (applyPulled over fake-indexeddb, no
network, old and new taking turns at a load of 7 to 11): 10,000 rows 1.55–1.59 → 1.20–1.24
CPU-seconds; 50,000 rows 4.9–6.5 before and 4.0–5.7 after, within the noise. Most of it is
fake-indexeddb's own: its index trees take about 70 % of a put (profile).`;

export const REGISTER_PER_REQUEST = `The register per request (issue #14, session 15; AMD EPYC ×2, 2026-12-02): every SQLite
statement of the ingest benchmark timed. Per record, the multi-row inserts took 24 µs (records)
and 10 µs (answers); per push of 100, the commit 1.15 ms and ten other statements 1.25 ms, three
of them separate writes to the tablet's row, each its own commit. Those are now one statement
inside the push's transaction, and a pull page's three one (src/register/sync/syncContact.ts):
within the noise, 50 tablets pushing 2 persons at a time used 4.9–5.5 / 3.5–3.9 ms of register
CPU per push after and 5.2–5.3 / 3.3–3.9 ms before (open / closed loop). A push that small
costs the register ≈ 4–5 ms here, mostly per request (SQLite ≈ 0.9 ms, Kysely building the
queries ≈ 0.9 ms, then zod, Fastify, HTTP, helmet, pino). A person's check no longer builds a
\`Date\` per calendar date or a \`BigInt\` for the ОМС check digit: 23.5 → 17.5 µs a parse in
Node; the register's CPU for a 10,000-person push stayed within the noise (2.15–2.34 s after,
2.15–2.62 s before, three runs each). The ingest now warms the register with one unmeasured
push per tablet: cold, its open loop used ≈ 1.5 more CPU-seconds and its p99 was half as high
again. Warm, at 2,000–3,000 records/s offered (this machine keeps up with about 4,000), the
tablets waited p50 32–41 ms and p99 54–274 ms from run to run; the register's own time for the
same pushes, from its log (now beside the tablets' figure in the table below), was p50 21–26 ms
and p99 34–139 ms. The rest is the one process that plays all 200 tablets: building and
gzipping their bodies, reading the answers, its own garbage collection. (An open loop serves
three quarters of the rate offered whenever each push returns within its interval: the figure
counts its staggered start.)`;

export const TABLE_RUN = `The run in the table (session 49; Intel Xeon ×2, family 6 model 167, 2026-12-07, the
whole \`npm run bench -- --peers … --rtt-ms 0,50,600 --reps 3\` from 14:46 to 15:06 UTC, its
sync part 14:47–14:54, one-minute load 1.2 before it and 1.0 after) is three repetitions of
each scenario (\`--reps 3\`), each scenario's register warmed first (bench/registerWarmup.ts;
docs/DECISIONS.md, "The sync benchmark measures a warm register"), the push and the pull each
its own median (the repetitions are listed below the scenarios). Since session 47's runs the
register keeps no hash of a new record's op (the version it wrote is the op's content:
docs/DECISIONS.md, "An op id names one content") and a pull skips the asking tablet's own
records in the index (migration 0019). The push of 10,000 took 0.56 s against PouchDB's 3.17 s
(5.7×) with 25,441 ops per CPU-second at the warm register (19,185 in a fresh process's first
10,000, the warm-up); at 50 ms 0.81 s, at 600 ms 4.59 s. The fresh pull of 50,000 took 1.79 s
against 16.01 s (9.0×; its three repetitions 1.78, 1.85 and 1.79 s) and grew 4.9× in time from
10,000. Every target of the table was met, as in session 48's two runs of the same sync code
(7cbd46d; the code since changed the app's routes and the sweep of refused ops, neither in
these scenarios): push 6.0× / 6.2×, 25,228 / 23,118 ops per CPU-second warm (19,573 / 16,119
fresh), pull of 50,000 8.5× / 9.0× (repetitions 2.03, 1.70, 1.92 s and 2.08, 1.81, 1.87 s),
growth 4.3–4.5× / 4.8–5.2×. Session 47's four runs on the code before had the register at
18,646–21,520 ops per CPU-second: on the target's line, where these three are 16–27 % above
it. The pull against PouchDB has the least room: single repetitions at 8.0–9.6× over
session 48's runs, 8.7–9.0× in this one. Measured and left in session 48: each
part of a downloaded page stored as the JSON text of its 25 persons instead of their objects
(in a profile of the tablet's pull, fake-indexeddb's structured clone of the parts took ≈ 10 %
and garbage collection ≈ 22 %): in Node the pull of 50,000
took 1.89 / 1.91 s against 2.03 / 1.99 s and 2.18–2.20 against 2.47–2.50 tablet CPU-seconds
(two quick runs each, taking turns), but in Chromium, where the app runs, the pull did not
move (3.39 / 3.56 s against 3.35 s, \`--only webdata\`) and searches, which then parse the
parts they read, got slower (100,000 persons, p95 of all four kinds 8.3 / 8.9 ms against
4.2 ms; a surname prefix during the download, median 23.3 / 23.5 against 16.8 ms): not done.
Before, with a fresh register for each
scenario: session 45's run on this kind of machine, 0.86 s against 4.25 s (4.9×, 14,066 ops
per CPU-second) and 2.14 s against 18.07 s (8.4×); session 42's (AMD EPYC ×2), 0.98 s against
4.94 s (5.1×, 10,642) and 2.18 s against 23.83 s (11.0×).`;
