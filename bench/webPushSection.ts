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
it and taken and encoded it. CPU profiles of the page during a push of 10,000 (session 32): its main thread
idle 3.8 of 8.8 s sampled, waiting for IndexedDB and the register; IndexedDB's \`get\` 0.49 s and
\`put\` 0.46 s — the batch's envelopes read and its settled rows written, one request per record
(storage/outboxAnswers.ts, settledSync.ts) — 2.3 s of native work V8 leaves unattributed, the
bodies' UTF-8 encoding 0.16 s, garbage collection 0.14 s. The envelopes are now read as one
range of ids where the batch's ids lie close, as a desk's time-ordered ids do
(storage/envelopeRange.ts): \`get\` left the profile and the main thread's busy time fell from
4.9 to 3.8 s (one profile each), which leaves the desk more room while a push runs, but the push
took as long (4.44, 5.09, 5.06 s safe against 5.00, 4.78, 4.55 s before): the page then waits
for IndexedDB's own work in the browser (idle 3.9 of 7.7 s). On fake-indexeddb the same push
took 1.0–1.7 s in sessions 30 to 32 (the sync section above), and the range read took its
tablet's CPU from 1.20–1.41 s to 1.05–1.28 s (four and six runs): the Node benchmark understates
what a browser's IndexedDB costs per row. What would shorten it here is less written and read
per record at each batch: the settled rows (one per record) fewer, the envelopes not read at all
where the outbox can tell what they would.

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
