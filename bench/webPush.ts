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
import { benchPersons } from './syncData';
import { buildAppWithProbe, loadProbe, seconds, timedRequests, waitFor } from './webData';
import type * as Probe from './webProbe';
import { traceIndexedDb } from './idbTrace';

// A desk back from days offline, in headless Chromium: the clerk's question is "are my
// records safe at the register?", which the Node benchmark (bench/sync.ts, fake-indexeddb)
// answers only for a stand-in tablet. The built app is served by a register booted as
// `npm start` boots it (tests/support/register.ts); in a new browser profile on disk an admin
// signs in and enrols the tablet, which then goes offline; the bench-only probe (webProbe.ts)
// puts `persons` varied persons (syncData.ts, seed 42) on it as the desk leaves them written
// offline (offlineQueue.ts: envelopes "pending", ops queued); then the network comes back and
// the app's own engine, started by the browser's `online` event, pushes them in batches of
// 1,000 from the real IndexedDB and pulls.
//
// Timed in the page (performance.now()), from the first /api/sync/push request:
//  - safe: until the last push is answered — every record is then at the register;
//  - run: until the header leaves "running" (the run's empty pull included);
//  - all sent: until the header says "Все записи отправлены", what the clerk sees.
// Pushes are timed from request to answer (the register and the network) and from answer to
// the next request (the tablet's own work that did not overlap). The register's table is
// counted afterwards: every person must be there.
//
//   npx tsx bench/webPush.ts [--json]     BENCH_WEB_PUSH_PERSONS=10000 (the default)
//   BENCH_WEB_PUSH_PROFILE=/tmp/push.cpuprofile   … and a CPU profile of the page during the push
//   BENCH_WEB_PUSH_TRACE=/tmp/push-idb.txt        … and what IndexedDB did meanwhile (idbTrace.ts)

export type WebPushRun = {
  readonly persons: number;
  readonly pushes: number;
  /** First push sent → last push answered: every record at the register. */
  readonly safeMs: number;
  /** First push sent → the header leaving "running". */
  readonly runMs: number;
  /** First push sent → the header saying all records are sent. */
  readonly allSentMs: number;
  /** Sum over pushes of request sent → answer's headers. */
  readonly answerMs: number;
  /** Sum over pushes of answer → next push sent (or the last answer's own end). */
  readonly betweenMs: number;
  /** Persons the register held after the run. */
  readonly atRegister: number;
};

export type WebPushResult = WebPushRun & {
  readonly load: { readonly before: number; readonly after: number };
};

// Runs in the page before the app (addInitScript; a string, as in webPull.ts): notes each
// push request and its answer (the app's transport binds fetch when it loads, after this),
// and when, once pushes have begun, the header leaves "running" and says all records are sent.
const PUSH_SCRIPT = `
(() => {
  const push = { pushes: [], endAt: undefined, allSentAt: undefined };
  window.__benchPush = push;
  ${timedRequests('/api/sync/push', 'push.pushes')}
  new MutationObserver(() => {
    if (push.pushes.length === 0) return;
    const status = document.querySelector('[data-testid="sync-status"]');
    if (push.endAt === undefined && status !== null && status.getAttribute('data-state') !== 'running') {
      push.endAt = performance.now();
    }
    const waiting = document.querySelector('[data-testid="sync-waiting"]');
    if (push.allSentAt === undefined && waiting !== null && waiting.textContent === 'Все записи отправлены') {
      push.allSentAt = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();
`;

type PushProbes = {
  pushes: { sentAt: number; answeredAt?: number }[];
  endAt?: number;
  allSentAt?: number;
};

const readPush = (page: Page) =>
  page.evaluate(() => (window as unknown as { __benchPush: PushProbes }).__benchPush);

/** The header's state attribute, once it is not "running". */
const syncSettled = (page: Page) => async () => {
  const state = await page.getByTestId('sync-status').getAttribute('data-state');
  return state === null || state === 'running' ? undefined : state;
};

export async function benchWebPush(
  persons: number,
  /** Writes a CPU profile of the page from back online to the run's end (Chrome's .cpuprofile). */
  profileTo?: string,
  /** Writes what IndexedDB did over the same time, summed by event (idbTrace.ts). */
  traceTo?: string,
): Promise<WebPushResult> {
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed changed');
  const outDir = mkdtempSync(path.join(tmpdir(), 'serodesk-webpush-'));
  try {
    await buildAppWithProbe(outDir);
    const register = await startRegister({ staticDir: outDir });
    try {
      const staff = await staffIds(register.db);
      const clinic = await register.db.kysely
        .selectFrom('staff')
        .select('clinic_id')
        .where('id', '=', staff.registrar)
        .executeTakeFirstOrThrow();
      const countAtRegister = async () => {
        const row = await register.db.kysely
          .selectFrom('clinic_record')
          .select((eb) => eb.fn.countAll<number | string | bigint>().as('rows'))
          .where('kind', '=', 'person')
          .executeTakeFirstOrThrow();
        return Number(row.rows);
      };
      const held = await countAtRegister();
      const before = loadavg()[0] ?? Number.NaN;
      const profile = await launchDiskProfile({
        locale: 'ru-RU',
        viewport: { width: 1024, height: 768 },
      });
      try {
        const { context } = profile;
        await context.addInitScript({ content: PUSH_SCRIPT });
        const page = await context.newPage();
        const home = new StaffHome(page);
        await page.goto(register.url);
        await home.signIn(admin);
        await home.enrolTablet('Регистратура, неделя без связи');
        await waitFor('the first sync run', syncSettled(page));
        // Before the network goes: the service worker does not keep the bench's probe.
        await loadProbe(page);
        await context.setOffline(true);
        await waitFor('the header offline', async () =>
          (await syncSettled(page)()) === 'offline' ? true : undefined,
        );
        const written = benchPersons(persons, clinic.clinic_id, staff.registrar);
        console.error(`webPush: ${persons} persons written offline`);
        for (let start = 0; start < written.length; start += 2_000) {
          await page.evaluate(
            (chunk) => (window as unknown as { __probe: typeof Probe }).__probe.queueOffline(chunk),
            written.slice(start, start + 2_000),
          );
        }
        const cdp =
          profileTo === undefined && traceTo === undefined
            ? undefined
            : await context.newCDPSession(page);
        const stopTrace =
          cdp === undefined || traceTo === undefined ? undefined : await traceIndexedDb(cdp);
        if (cdp !== undefined && profileTo !== undefined) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
        }
        console.error('webPush: back online');
        await context.setOffline(false);
        const push = await waitFor('the push run', async () => {
          const probes = await readPush(page);
          return probes.endAt !== undefined && probes.allSentAt !== undefined ? probes : undefined;
        });
        if (cdp !== undefined && profileTo !== undefined) {
          writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
        }
        if (stopTrace !== undefined && traceTo !== undefined) {
          writeFileSync(traceTo, `${await stopTrace()}\n`);
        }
        const first = push.pushes[0]?.sentAt ?? Number.NaN;
        let answerMs = 0;
        let betweenMs = 0;
        push.pushes.forEach((sent, index) => {
          const answered = sent.answeredAt ?? Number.NaN;
          answerMs += answered - sent.sentAt;
          betweenMs += (push.pushes[index + 1]?.sentAt ?? answered) - answered;
        });
        const last = push.pushes.at(-1)?.answeredAt ?? Number.NaN;
        const run: WebPushRun = {
          persons,
          pushes: push.pushes.length,
          safeMs: last - first,
          runMs: (push.endAt ?? Number.NaN) - first,
          allSentMs: (push.allSentAt ?? Number.NaN) - first,
          answerMs,
          betweenMs,
          atRegister: (await countAtRegister()) - held,
        };
        if (run.atRegister !== persons) {
          throw new Error(`the register holds ${run.atRegister} of ${persons} persons`);
        }
        return { ...run, load: { before, after: loadavg()[0] ?? Number.NaN } };
      } finally {
        await profile.close();
      }
    } finally {
      await register.stop();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export function webPushLine(result: WebPushResult): string {
  return `push ${result.persons.toLocaleString('en')} in ${result.pushes} requests: safe at the register after ${seconds(result.safeMs)} (the register and the network ${seconds(result.answerMs)}, the tablet between answers ${seconds(result.betweenMs)}); run over after ${seconds(result.runMs)}; header "all sent" after ${seconds(result.allSentMs)}`;
}

if (
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  const persons = Number(process.env['BENCH_WEB_PUSH_PERSONS'] ?? 10_000);
  const result = await benchWebPush(
    Number.isInteger(persons) && persons > 0 ? persons : 10_000,
    process.env['BENCH_WEB_PUSH_PROFILE'],
    process.env['BENCH_WEB_PUSH_TRACE'],
  );
  console.error(webPushLine(result));
  console.error(`load average ${result.load.before.toFixed(1)} → ${result.load.after.toFixed(1)}`);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
}
