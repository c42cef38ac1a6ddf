import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { newId } from '../src/core/ids';
import type { PulledChange } from '../src/core/protocol/sync';
import { PULL_SLICE_ROWS } from '../src/sync/pullSlices';
import { launchDiskProfile } from '../tests/support/browser';
import { startRegister } from '../tests/support/register';
import { benchPersons } from './syncData';
import type { QueryKind, Spread, TypedQuery } from './webData';
import { buildAppWithProbe, loadProbe, spreadLine, spreadOf, typedQueries } from './webData';
import type * as Probe from './webProbe';
import type { SearchSample, SearchVariant } from './webProbe';

// The desk's local search over 100,000 persons in Chromium's IndexedDB (issue #14: "surname
// prefix, SNILS, document, phone: p95 ≤ 20 ms"). The built app is served by a register booted
// as `npm start` boots it; the page opens it, and the bench-only probe (webProbe.ts, built
// beside the app, never shipped) fills the app's database with `persons` varied persons
// (syncData.ts, seed 42) through the app's own storing of pulled pages (storage/pulled.ts
// applyPulled, pages of 1,000): the same rows a pull writes, without a register holding
// 100,000 persons and a pull of minutes. Then, with nothing else running, it times each typed
// query (webData.ts typedQueries) in the page with performance.now(), in two variants, round
// after round in turn:
//  - desk: src/desk/queries.ts searchPersons, what the search screen calls, timed until its
//    rows, then countPersonMatches when they do not tell the number, timed until the count;
//  - before: the rows and the count in one read and one answer, as the desk ran it until
//    session 19 (the before of that change, in the same run).
//
//   npx tsx bench/webSearch.ts [--json]     BENCH_WEB_SEARCH_PERSONS=100000 (the default)
//   BENCH_WEB_SEARCH_PROFILE=/tmp/search.cpuprofile   … and a CPU profile of the surname searches

export type WebSearchResult = {
  readonly persons: number;
  readonly fillMs: number;
  readonly variants: Readonly<Record<SearchVariant, Timings & { readonly counted: Timings }>>;
  readonly load: { readonly before: number; readonly after: number };
};

/** Search times over every query, and by kind of query. */
type Timings = { readonly all: Spread; readonly byKind: Record<QueryKind, Spread> };

type ProbeModule = typeof Probe;
type ProbeWindow = { readonly __probe: ProbeModule };

async function fill(page: Page, persons: readonly unknown[]): Promise<number> {
  const started = performance.now();
  // In the slices of a first download (sync/pullSlices.ts), which stores them by the page.
  for (let start = 0; start < persons.length; start += PULL_SLICE_ROWS) {
    const changes: PulledChange[] = persons
      .slice(start, start + PULL_SLICE_ROWS)
      .map((record, index) => ({ seq: start + index + 1, version: 1, record }));
    await page.evaluate(
      async ({ page: rows, cursor }) => {
        await (window as unknown as ProbeWindow).__probe.storePage(rows, cursor);
      },
      { page: changes, cursor: start + changes.length },
    );
  }
  return performance.now() - started;
}

async function timeAll(
  page: Page,
  queries: readonly TypedQuery[],
  variant: SearchVariant,
): Promise<SearchSample[]> {
  return page.evaluate(
    async ({ texts, which }) => {
      const probe = (window as unknown as ProbeWindow).__probe;
      const samples: SearchSample[] = [];
      for (const text of texts) samples.push(await probe.timeSearch(text, which));
      return samples;
    },
    { texts: queries.map((query) => query.text), which: variant },
  );
}

const KINDS: readonly QueryKind[] = ['surname prefix', 'SNILS', 'document', 'phone'];
const VARIANTS: readonly SearchVariant[] = ['before', 'desk'];

export async function benchWebSearch(
  persons: number,
  options: {
    readonly rounds?: number;
    readonly queriesPerKind?: number;
    /** Writes a CPU profile of one pass of the surname queries (Chrome's .cpuprofile) here. */
    readonly profileTo?: string;
  } = {},
): Promise<WebSearchResult> {
  const rounds = options.rounds ?? 3;
  const outDir = mkdtempSync(path.join(tmpdir(), 'serodesk-websearch-'));
  try {
    await buildAppWithProbe(outDir);
    const register = await startRegister({ staticDir: outDir });
    const profile = await launchDiskProfile({ locale: 'ru-RU' });
    try {
      const page = await profile.context.newPage();
      await page.goto(register.url);
      await loadProbe(page);
      const bytes = (n: number) => new Uint8Array(randomBytes(n));
      const records = benchPersons(
        persons,
        newId(() => new Date(), bytes),
        newId(() => new Date(), bytes),
      );
      console.error(`webSearch: storing ${persons} persons in the page`);
      const fillMs = await fill(page, records);
      const stored = await page.evaluate(() =>
        (window as unknown as ProbeWindow).__probe.countPersons(),
      );
      if (stored !== persons) throw new Error(`the page holds ${stored} of ${persons}`);
      const queries = typedQueries(records, options.queriesPerKind ?? 50);
      await timeAll(page, queries.slice(0, 20), 'desk'); // warm-up, not counted
      if (options.profileTo !== undefined) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await timeAll(
          page,
          queries.filter((query) => query.kind === 'surname prefix'),
          'desk',
        );
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(options.profileTo, JSON.stringify(profile));
      }
      const before = loadavg()[0] ?? Number.NaN;
      const samples: Record<SearchVariant, { kind: QueryKind; sample: SearchSample }[]> = {
        before: [],
        desk: [],
      };
      for (let round = 0; round < rounds; round += 1) {
        for (const variant of round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()) {
          const timed = await timeAll(page, queries, variant);
          timed.forEach((sample, index) => {
            samples[variant].push({ kind: queries[index]?.kind ?? 'phone', sample });
          });
        }
      }
      const timings = (
        items: readonly { kind: QueryKind; sample: SearchSample }[],
        ms: (sample: SearchSample) => number,
      ): Timings => {
        const spread = (of: typeof items) => spreadOf(of.map((item) => ({ ms: ms(item.sample) })));
        const byKind = Object.fromEntries(
          KINDS.map((kind) => [kind, spread(items.filter((item) => item.kind === kind))]),
        ) as Record<QueryKind, Spread>;
        return { all: spread(items), byKind };
      };
      const summary = (variant: SearchVariant) => ({
        ...timings(samples[variant], (sample) => sample.ms),
        counted: timings(samples[variant], (sample) => sample.countedMs),
      });
      return {
        persons,
        fillMs,
        variants: { before: summary('before'), desk: summary('desk') },
        load: { before, after: loadavg()[0] ?? Number.NaN },
      };
    } finally {
      await profile.close();
      await register.stop();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export function webSearchLines(result: WebSearchResult): string[] {
  const lines = [
    `stored ${result.persons.toLocaleString('en')} persons through applyPulled in ${(result.fillMs / 1000).toFixed(1)} s`,
  ];
  for (const variant of VARIANTS) {
    const { all, byKind, counted } = result.variants[variant];
    lines.push(`${variant}: all ${spreadLine(all)}`);
    for (const kind of KINDS) lines.push(`  ${kind}: ${spreadLine(byKind[kind])}`);
    if (variant === 'desk') {
      lines.push(
        `  surname prefix until the count: ${spreadLine(counted.byKind['surname prefix'])}`,
      );
    }
  }
  return lines;
}

const count = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

if (
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  const profileTo = process.env['BENCH_WEB_SEARCH_PROFILE'];
  const result = await benchWebSearch(
    count('BENCH_WEB_SEARCH_PERSONS', 100_000),
    profileTo === undefined ? {} : { profileTo },
  );
  console.error(webSearchLines(result).join('\n'));
  console.error(`load average ${result.load.before.toFixed(1)} → ${result.load.after.toFixed(1)}`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
}
