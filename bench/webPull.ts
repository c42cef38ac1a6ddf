import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { DEMO_STAFF } from '../src/register/seed';
import { launchDiskProfile } from '../tests/support/browser';
import { startRegister } from '../tests/support/register';
import { staffIds } from '../tests/support/tablets';
import { StaffHome } from '../tests/e2e/pages/StaffHome';
import type { Spread } from './webData';
import {
  buildAppWithProbe,
  loadProbe,
  seedRegister,
  spreadLine,
  seconds,
  spreadOf,
  timedRequests,
  typedQueries,
  waitFor,
} from './webData';
import type * as Probe from './webProbe';
import type { CardSample, SearchSample, SearchVariant } from './webProbe';

// A fresh tablet's first download in headless Chromium (issue #14: "fresh tablet pull 50,000
// in Chromium ≤ 5 s; surname-prefix search stays ≤ 100 ms while it runs"). The built app is
// served by a register booted as `npm start` boots it (tests/support/register.ts) and holding
// `persons` varied persons (syncData.ts), pushed by another tablet beforehand. In a new
// browser profile on disk (as a tablet's installed app has: tests/support/browser.ts
// launchDiskProfile) an admin signs in and enrols the tablet (tests/e2e/pages/StaffHome.ts); the
// app's own sync engine then pulls everything, pages of 1,000, into the real IndexedDB.
//
// Timed in the page (performance.now()): from the first /api/sync/pull request to the
// header's progress reaching its last page (the page's rows are stored before the progress
// moves), seen by a MutationObserver. Each run is one profile: the first pulls alone; the
// second also runs the desk's person search (webProbe.ts: src/desk/queries.ts searchPersons,
// then countPersonMatches) for a surname prefix every 100 ms, as a clerk typing would, during
// the pull and for a few seconds after it, taking turns with the search as the desk ran it
// until session 19 (rows and count in one answer), so both meet the same pull; each of the
// desk's searches is followed by opening the first person's card (loadPersonFile), as a click
// on a hit does.
//
//   npx tsx bench/webPull.ts [--json]     BENCH_WEB_PULL_PERSONS=50000 (the default)
//   BENCH_WEB_PULL_PROFILE=/tmp/pull.cpuprofile   … and a CPU profile of the page during the pull

export type PullRun = {
  readonly searching: boolean;
  /** First pull request sent → the last page stored. */
  readonly pullMs: number;
  readonly pages: number;
  /** Sum over pages of request sent → answer's headers: the register and the network. */
  readonly answerMs: number;
  /** Sum over pages of answer → next request (or the end): reading, checking, storing. */
  readonly storeMs: number;
  readonly stored: number;
  /** The desk's search (in one transaction) during the pull and after it. */
  readonly during: Spread | null;
  readonly after: Spread | null;
  /** The desk's search during the pull until the number of matches was known too. */
  readonly duringCounted: Spread | null;
  /** The search as the desk ran it before session 19 (rows and count in one answer). */
  readonly duringBefore: Spread | null;
  readonly afterBefore: Spread | null;
  /** Opening the first person the desk's search found (its card), during the pull and after. */
  readonly cardDuring: Spread | null;
  readonly cardAfter: Spread | null;
};

export type WebPullResult = {
  readonly persons: number;
  readonly runs: readonly PullRun[];
  readonly load: { readonly before: number; readonly after: number };
};

// Runs in the page before the app (addInitScript; a string, as in webDesk.ts): notes each
// pull request and its answer (the app's transport binds fetch when it loads, after this), and
// when the header's pull progress last moved before the run ended.
const PULL_SCRIPT = `
(() => {
  const pull = { pages: [], progressAt: undefined, progress: undefined, endAt: undefined };
  window.__benchPull = pull;
  ${timedRequests('/api/sync/pull', 'pull.pages')}
  new MutationObserver(() => {
    if (pull.pages.length === 0 || pull.endAt !== undefined) return;
    const bar = document.querySelector('[data-testid="sync-progress"]');
    if (bar instanceof HTMLProgressElement && bar.value !== pull.progress) {
      pull.progress = bar.value;
      pull.progressAt = performance.now();
    }
    const status = document.querySelector('[data-testid="sync-status"]');
    if (status !== null && status.getAttribute('data-state') !== 'running') {
      pull.endAt = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();
`;

type PullProbes = {
  pages: { sentAt: number; answeredAt?: number }[];
  progressAt?: number;
  progress?: number;
  endAt?: number;
};

const readPull = (page: Page) =>
  page.evaluate(() => (window as unknown as { __benchPull: PullProbes }).__benchPull);

async function waitForPullEnd(page: Page, expected: number): Promise<PullProbes> {
  let last: PullProbes | undefined;
  const pull = await waitFor(
    'the pull',
    async () => {
      last = await readPull(page);
      return last.endAt === undefined ? undefined : last;
    },
    () => last,
  );
  if (pull.progress !== expected) {
    throw new Error(`the pull ended at ${String(pull.progress)} of ${expected} rows`);
  }
  return pull;
}

async function pullOnce(
  registerUrl: string,
  expected: number,
  queries: readonly string[] | null,
  profileTo?: string,
): Promise<PullRun> {
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed changed');
  const profile = await launchDiskProfile({
    locale: 'ru-RU',
    viewport: { width: 1024, height: 768 },
  });
  try {
    const { context } = profile;
    await context.addInitScript({ content: PULL_SCRIPT });
    const page = await context.newPage();
    const home = new StaffHome(page);
    await page.goto(registerUrl);
    await home.signIn(admin);
    await loadProbe(page);
    if (queries !== null) {
      await page.evaluate((list) => {
        const w = window as unknown as Record<string, unknown>;
        const probe = w['__probe'] as typeof Probe;
        w['__searching'] = probe.searchEvery(list, 100);
      }, queries);
    }
    const cdp = profileTo === undefined ? undefined : await context.newCDPSession(page);
    if (cdp !== undefined) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await home.enrolTablet('Регистратура, первая загрузка');
    const pull = await waitForPullEnd(page, expected);
    if (cdp !== undefined && profileTo !== undefined) {
      writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    }
    let samples: SearchSample[] = [];
    let cards: CardSample[] = [];
    if (queries !== null) {
      await page.waitForTimeout(3_000);
      ({ searches: samples, cards } = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return (w['__searching'] as Probe.SearchLoop).stop();
      }));
    }
    const stored = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return (w['__probe'] as typeof Probe).countPersons();
    });
    const first = pull.pages[0]?.sentAt ?? Number.NaN;
    const end = pull.progressAt ?? Number.NaN;
    let answerMs = 0;
    let storeMs = 0;
    pull.pages.forEach((pulled, index) => {
      const answered = pulled.answeredAt ?? Number.NaN;
      answerMs += answered - pulled.sentAt;
      storeMs += (pull.pages[index + 1]?.sentAt ?? end) - answered;
    });
    const within = (variant: SearchVariant, from: number, to: number) =>
      samples.filter((s) => s.variant === variant && s.at >= from && s.at < to);
    const spread = (variant: SearchVariant, from: number, to: number) =>
      queries === null ? null : spreadOf(within(variant, from, to));
    const cardSpread = (from: number, to: number) =>
      queries === null ? null : spreadOf(cards.filter((c) => c.at >= from && c.at < to));
    return {
      searching: queries !== null,
      pullMs: end - first,
      pages: pull.pages.length,
      answerMs,
      storeMs,
      stored,
      during: spread('desk', first, end),
      after: spread('desk', end, Infinity),
      duringCounted:
        queries === null
          ? null
          : spreadOf(within('desk', first, end).map((s) => ({ ms: s.countedMs }))),
      duringBefore: spread('before', first, end),
      afterBefore: spread('before', end, Infinity),
      cardDuring: cardSpread(first, end),
      cardAfter: cardSpread(end, Infinity),
    };
  } finally {
    await profile.close();
  }
}

/** Pulls `persons` into a new profile twice: alone, then with the desk searching meanwhile. */
export async function benchWebPull(
  persons: number,
  /** Writes a CPU profile of the page during the pull alone (Chrome's .cpuprofile) here. */
  profileTo?: string,
): Promise<WebPullResult> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'serodesk-webpull-'));
  try {
    await buildAppWithProbe(outDir);
    const register = await startRegister({ staticDir: outDir });
    try {
      const staff = await staffIds(register.db);
      console.error(`webPull: pushing ${persons} persons to the register`);
      const seeded = await seedRegister(register.url, persons, staff.registrar);
      const queries = typedQueries(seeded, 40)
        .filter((query) => query.kind === 'surname prefix')
        .map((query) => query.text);
      const before = loadavg()[0] ?? Number.NaN;
      const runs: PullRun[] = [];
      for (const searching of [false, true]) {
        console.error(`webPull: pull ${persons}${searching ? ', searching meanwhile' : ''}`);
        runs.push(
          searching
            ? await pullOnce(register.url, persons, queries)
            : await pullOnce(register.url, persons, null, profileTo),
        );
      }
      return { persons, runs, load: { before, after: loadavg()[0] ?? Number.NaN } };
    } finally {
      await register.stop();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export function webPullLines(result: WebPullResult): string[] {
  return result.runs.map((run) => {
    const head = `pull ${result.persons.toLocaleString('en')}${run.searching ? ' (searching)' : ''}: ${seconds(run.pullMs)} in ${run.pages} pages (register answers ${seconds(run.answerMs)}, tablet reads and stores ${seconds(run.storeMs)}); ${run.stored} stored`;
    const line = (label: string, spread: Spread | null, counted?: string) =>
      spread === null ? '' : `\n  ${label}: ${spreadLine(spread, counted)}`;
    return [
      head,
      line('desk search during the pull, until the rows', run.during),
      line('… until the count too', run.duringCounted),
      line('… after it, until the rows', run.after),
      line('before (rows and count in one answer) during the pull', run.duringBefore),
      line('… after it', run.afterBefore),
      line('opening the first card found, during the pull', run.cardDuring, 'cards'),
      line('… after it', run.cardAfter, 'cards'),
    ].join('');
  });
}

const count = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

if (
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  const result = await benchWebPull(
    count('BENCH_WEB_PULL_PERSONS', 50_000),
    process.env['BENCH_WEB_PULL_PROFILE'],
  );
  console.error(webPullLines(result).join('\n'));
  console.error(`load average ${result.load.before.toFixed(1)} → ${result.load.after.toFixed(1)}`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
}
