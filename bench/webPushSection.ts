import { machineLine } from './decode';
import { writePerformanceSection } from './performanceDoc';
import { median, seconds } from './webData';
import type { WebPushResult } from './webPush';
import { benchWebPush, webPushLine } from './webPush';

// The section of docs/PERFORMANCE.md for a desk back online in Chromium (webPush.ts): the
// push the Node benchmark measures on fake-indexeddb, here from the app in a browser.
// `npm run bench -- --only webpush` runs it and replaces the section; `npm run bench` runs it
// after the rest.

export const WEB_PUSH_HEADING = '## A desk back online, in a browser: the push (issue #14)';

const RUNS = 3;

export function webPushSection(runs: readonly WebPushResult[], machine: string): string {
  const first = runs[0];
  const persons = (first?.persons ?? 0).toLocaleString('en');
  const each = (pick: (run: WebPushResult) => number) =>
    `${seconds(median(runs.map(pick)))} (${runs.map((run) => seconds(pick(run))).join(', ')})`;
  const load = runs.map((run) => `${run.load.before.toFixed(1)} → ${run.load.after.toFixed(1)}`);
  return `${WEB_PUSH_HEADING}

\`bench/webPush.ts\`: the clerk's question after days offline — are my records safe at the
register? — asked of the built app in headless Chromium, where bench/sync.ts asks it of the
app's engine in Node over fake-indexeddb. A register booted as \`npm start\` boots it serves
the app; in a new browser profile on disk an admin signs in and enrols the tablet, the network
goes, ${persons} varied persons (bench/syncData.ts, seed 42) are put on the tablet as the desk
leaves them written offline (bench/offlineQueue.ts: envelopes "pending", ops queued, in the
app's own IndexedDB), and the network comes back: the browser's \`online\` event starts the
app's engine, which pushes them in batches of 1,000 and then pulls. Timed in the page from the
first push request; ${runs.length} runs, each in a new profile and against a new register
(median, then each run). No target of the issue is set in a browser for the push: this is what
a real tablet does where the Node figures stand in for one.

| ${persons} persons, loopback | Time |
| --- | --- |
| Every record at the register (the last push answered) | ${each((run) => run.safeMs)} |
| The run over (its pull included) | ${each((run) => run.runMs)} |
| The header says «Все записи отправлены» | ${each((run) => run.allSentMs)} |
| … of which the register and the network, push by push | ${each((run) => run.answerMs)} |
| … of which the tablet, between an answer and its next push | ${each((run) => run.betweenMs)} |

Requests: ${runs.map((run) => run.pushes).join(', ')} pushes. One-minute load averages, before → after each run:
${load.join(', ')}.

The tablet, not the register, is most of it: the register and the network took ${seconds(
    median(runs.map((run) => run.answerMs / Math.max(1, run.pushes))),
  )} a
push (median), and the next batch leaves only once the tablet has applied the answers before
it and taken and encoded it. What the tablet waited on (session 33, a trace of IndexedDB's own
work during a push of 10,000: \`BENCH_WEB_PUSH_TRACE\`, bench/idbTrace.ts): the database's
thread, which serves the page's requests in turn, spent 3.1 of the push's 7.7 s counting —
the header's live counts every 500 ms, each walking the 10,000 "pending" envelopes and the
settled rows, for Chromium counts an index by walking it — and the settled rows, a row and so
a put per record, took 1.6 s there and 2.2 s of the page's main thread for their requests and
success events. Now a count that was costly is repeated no sooner than ten times its duration
later, an empty outbox is asked about every 500 ms meanwhile, and with no op queued the
envelopes are not counted (storage/syncCountsWatch.ts, syncCounts.ts); and a batch's settled
records are one row per kind, found by their ids' span (storage/settledWrites.ts; the ids
indexed multi-entry, tried first, saved little: a thousand index entries cost the database
nearly what a thousand rows had). Taking turns the same day: every record at the register
after 4.46–4.56 s before (two runs), 3.89–4.24 s with the counts changed (two), 3.23–3.64 s with
the rows too (three); the tablet between answers 2.90–2.92, 2.22–2.39 and 1.51–1.80 s; the
header «Все записи отправлены» after 5.41–5.47, 4.30–5.15 and 3.76–3.96 s. Earlier (session 32)
the batch's envelopes came to be read as one range of ids (storage/envelopeRange.ts), which
took IndexedDB's \`get\` out of the page's CPU profile without shortening the push. What is
left, traced the same way after both changes: the database's thread busy 2.7 s, of it 1.8 s in 45
\`getAll\` reads of up to 1,000 rows (each batch's ops taken from the outbox and its envelopes
read back) and 0.5 s in 114 counts; deleting each batch's ops by their range, 0.2 s. Session 38: a batch taken
as sent is noted settled without its envelopes being read back (storage/laterEdits.ts: one
read of the outbox's recordId index, keys only, says which records have edits beyond the
batch). Taking turns the same day, three runs each, new, old, new: every record at the
register after 2.50–2.96 and 2.43–2.85 s against 2.99–3.21 s before; the tablet between
answers 0.95–1.26 and 0.91–1.36 s against 1.24–1.57 s; the header «Все записи отправлены»
after 2.82–3.96 and 2.66–3.22 s against 3.52–4.23 s.

${machine}`;
}

/** Runs the push in Chromium RUNS times, each in a new profile, and replaces the section. */
export async function writeWebPushSection(): Promise<readonly WebPushResult[]> {
  const runs: WebPushResult[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    console.error(`webPush: run ${run + 1} of ${RUNS}`);
    const result = await benchWebPush(10_000);
    console.error(webPushLine(result));
    runs.push(result);
  }
  await writePerformanceSection(WEB_PUSH_HEADING, webPushSection(runs, machineLine()));
  return runs;
}
