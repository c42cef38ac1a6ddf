import { machineLine } from './decode';
import { writePerformanceSection } from './performanceDoc';
import type { Spread } from './webData';
import type { WebPullResult } from './webPull';
import { benchWebPull, webPullLines } from './webPull';
import type { WebSearchResult } from './webSearch';
import { benchWebSearch, webSearchLines } from './webSearch';

// The section of docs/PERFORMANCE.md for the web app's data (issue #14): a fresh tablet's
// first download in Chromium (webPull.ts) and the local search over 100,000 persons
// (webSearch.ts). `npm run bench -- --only webdata` runs both and replaces the section;
// `npm run bench` runs them after the rest.

export const WEB_DATA_HEADING = '## The web app’s data: first download and local search';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const met = (ok: boolean) => (ok ? '**met**' : '**not met**');
const spread = (s: Spread | null) =>
  s === null
    ? '—'
    : `median ${ms(s.medianMs)}, p95 ${ms(s.p95Ms)}, max ${ms(s.maxMs)} (${s.count})`;

export function webDataSection(
  pull: WebPullResult,
  search: WebSearchResult,
  machine: string,
): string {
  const alone = pull.runs.find((run) => !run.searching);
  const searching = pull.runs.find((run) => run.searching);
  const pullMs = alone?.pullMs ?? Number.NaN;
  const during = searching?.during ?? null;
  const { desk, storage } = search.variants;
  const persons = (n: number) => n.toLocaleString('en');
  const kindRows = (['surname prefix', 'SNILS', 'document', 'phone'] as const).map(
    (kind) =>
      `| … ${kind} | ${spread(storage.byKind[kind])} | ${spread(desk.byKind[kind])} | ≤ 20 ms | ${met(desk.byKind[kind].p95Ms <= 20)} |`,
  );
  return `${WEB_DATA_HEADING} (issue #14)

Measured by \`bench/webPull.ts\` and \`bench/webSearch.ts\` (\`npm run bench -- --only webdata\`):
the built app served by a register booted as \`npm start\` boots it, headless Chromium
(\`/usr/bin/chromium\`), times taken in the page with \`performance.now()\`.

- **Pull**: the register holds ${persons(pull.persons)} varied persons (the sync bench's, seed 42),
  pushed beforehand by another tablet. In a new profile an admin signs in and enrols the
  tablet; the app's own sync engine pulls pages of 1,000 into the real IndexedDB. Timed from
  the first \`/api/sync/pull\` request to the header's progress reaching the last page. A
  second profile pulls again while the desk's search runs for a surname prefix every 100 ms.
- **Search**: ${persons(search.persons)} persons stored in the app's database through the
  app's own \`applyPulled\` (storage/pulled.ts, pages of 1,000; the same rows a pull writes,
  ${(search.fillMs / 1000).toFixed(0)} s here) by a bench-only module built beside the app
  and loaded with \`import()\` (\`bench/webProbe.ts\`, never part of the shipped app). Then,
  with nothing else running, each typed query (surname prefix of 3 letters or whole, SNILS
  as printed, passport as written, phone as said) ${search.variants.desk.all.count / 4} times per kind.
  "Desk" is \`src/desk/queries.ts\` searchPersons, what the search screen runs; "before" is
  storage's search called directly, as the desk ran it before, taking turns in the same run.

| Measure | Before (a transaction per read) | Now (one read transaction) | Target | |
| --- | --- | --- | --- | --- |
| Fresh tablet pull ${persons(pull.persons)} in Chromium | — | ${(pullMs / 1000).toFixed(2)} s in ${alone?.pages ?? 0} pages (register answering ${((alone?.answerMs ?? 0) / 1000).toFixed(2)} s, the tablet reading and storing ${((alone?.storeMs ?? 0) / 1000).toFixed(2)} s) | ≤ 5 s | ${met(pullMs <= 5000)} |
| Surname-prefix search during that pull | ${spread(searching?.duringBefore ?? null)} | ${spread(during)} | ≤ 100 ms | ${met(during !== null && during.p95Ms <= 100)} |
| … right after it (${persons(pull.persons)} stored) | ${spread(searching?.afterBefore ?? null)} | ${spread(searching?.after ?? null)} | — | — |
| Local search, ${persons(search.persons)} persons, all four kinds | ${spread(storage.all)} | ${spread(desk.all)} | p95 ≤ 20 ms | ${met(desk.all.p95Ms <= 20)} |
${kindRows.join('\n')}

The pull with the search running took ${((searching?.pullMs ?? Number.NaN) / 1000).toFixed(2)} s.
Load average (1 min) ${pull.load.before.toFixed(1)} → ${pull.load.after.toFixed(1)} during the pull,
${search.load.before.toFixed(1)} → ${search.load.after.toFixed(1)} during the search: the machine's
2 cores are shared, so absolute times run high; the before/after columns met the same load.

${machine}
`;
}

/** Runs both benchmarks and replaces their section of docs/PERFORMANCE.md. */
export async function writeWebDataSection(): Promise<{
  pull: WebPullResult;
  search: WebSearchResult;
}> {
  const pull = await benchWebPull(50_000);
  console.error(webPullLines(pull).join('\n'));
  const search = await benchWebSearch(100_000);
  console.error(webSearchLines(search).join('\n'));
  await writePerformanceSection(WEB_DATA_HEADING, webDataSection(pull, search, machineLine()));
  return { pull, search };
}
