import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { formatPhone, normalizePhone } from '../src/core/person/phone';
import type { PersonRecord } from '../src/core/records/person';
import { DEMO_STAFF } from '../src/register/seed';
import { pushOps } from '../src/sync/syncCalls';
import { createFetchTransport } from '../src/sync/transport';
import { signInStaff } from '../tests/support/tablets';
import { benchPersons, enrolPusher, newPersonOps } from './syncData';

// What the web data benchmarks (webPull.ts, webSearch.ts) share: the built app and the
// bench-only page module (webProbe.ts) beside it, the register's 50,000 persons pushed as a
// tablet pushes them, the queries a clerk types, and the figures.

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** Where the page imports the probe from: served by the register from the app's folder. */
export const PROBE_URL = '/bench-probe/probe.js';

async function production(run: () => Promise<unknown>): Promise<void> {
  // As the browser tests build it (tests/e2e/globalSetup.ts): production React.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await run();
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
}

/**
 * The app as `npm run build` makes it, into `outDir`, and the probe beside it in
 * `outDir/bench-probe/` (a library build of webProbe.ts with no config file: none of the app's
 * plugins, so the service worker's precache does not list it; the shipped app never has it).
 */
export async function buildAppWithProbe(outDir: string): Promise<void> {
  await production(async () => {
    await build({
      root: repositoryRoot,
      logLevel: 'warn',
      mode: 'production',
      build: { outDir, emptyOutDir: true },
    });
    await build({
      root: repositoryRoot,
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      mode: 'production',
      build: {
        outDir: path.join(outDir, 'bench-probe'),
        emptyOutDir: true,
        sourcemap: false,
        // Readable names in a CPU profile of the page's search (webSearch.ts).
        minify: false,
        lib: {
          entry: path.join(repositoryRoot, 'bench/webProbe.ts'),
          formats: ['es'],
          fileName: () => 'probe.js',
        },
      },
    });
  });
}

/**
 * Page script text, for a benchmark's init script (it runs before the app, whose transport
 * binds fetch when it loads): every request whose URL holds `path` is timed, request sent to
 * answer's headers, in the page's performance.now(), pushed as `{sentAt, answeredAt}` onto the
 * array the expression `list` names.
 *
 *   timedRequests('/api/sync/pull', 'pull.pages')  →  pull.pages: [{sentAt: 812.4, answeredAt: 861.0}, …]
 */
export function timedRequests(path: string, list: string): string {
  return `
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes(${JSON.stringify(path)})) return original(input, init);
    const timed = { sentAt: performance.now(), answeredAt: undefined };
    ${list}.push(timed);
    return original(input, init).then((response) => {
      timed.answeredAt = performance.now();
      return response;
    });
  };`;
}

/** Makes the probe's functions `window.__probe` in the page. */
export async function loadProbe(page: Page): Promise<void> {
  // A string: tsx would rewrite a function's import() into something the page lacks.
  await page.evaluate(`import('${PROBE_URL}').then((probe) => { window.__probe = probe; })`);
}

/**
 * Makes `count` varied persons (syncData.ts, seed 42) and pushes them to the register as one
 * enrolled tablet, 1,000 per request (untimed set-up: the register's ingest has a benchmark
 * of its own). Returns them, for the queries.
 */
export async function seedRegister(
  url: string,
  count: number,
  registrarId: string,
): Promise<PersonRecord[]> {
  const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
  if (registrar === undefined) throw new Error('no demo registrar');
  const { token } = await signInStaff(url, registrar.login, registrar.password);
  const { credentials, clinicId } = await enrolPusher(url, 'bench-web-writer', token);
  const persons = benchPersons(count, clinicId, registrarId);
  const transport = createFetchTransport({ baseUrl: url });
  for (let start = 0; start < persons.length; start += 1_000) {
    const ops = newPersonOps(persons.slice(start, start + 1_000));
    // A kept-alive connection the register closed while the persons were made fails once;
    // the same ops again are answered exactly once (the register keys them by opId).
    let answered = await pushOps(transport, credentials, ops);
    for (let retry = 0; !answered.ok && answered.reason === 'network' && retry < 2; retry += 1) {
      answered = await pushOps(transport, credentials, ops);
    }
    if (!answered.ok) throw new Error(`push failed: ${answered.reason} ${answered.detail ?? ''}`);
    const refused = answered.value.answers.filter((answer) => answer.status !== 'accepted');
    if (refused.length > 0) throw new Error(`the register refused ${refused.length} persons`);
  }
  return persons;
}

export type QueryKind = 'surname prefix' | 'SNILS' | 'document' | 'phone';
export type TypedQuery = { readonly kind: QueryKind; readonly text: string };

/**
 * What a clerk types to find stored persons, taken from every `step`-th person: the first
 * 3 letters of the surname, the whole surname, the SNILS as printed ("112-233-445 95"), the
 * document as on the page ("30 05 123456") and the phone as said ("+7 914 123-45-67").
 */
export function typedQueries(persons: readonly PersonRecord[], count: number): TypedQuery[] {
  const step = Math.max(1, Math.floor(persons.length / count));
  const queries: TypedQuery[] = [];
  for (let i = 0; i < persons.length && queries.length < count * 4; i += step) {
    const person = persons[i];
    if (person === undefined) break;
    const surname = i % 2 === 0 ? person.surname.slice(0, 3) : person.surname;
    queries.push({ kind: 'surname prefix', text: surname });
    if (person.snils !== undefined) {
      const s = person.snils;
      queries.push({
        kind: 'SNILS',
        text: `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6, 9)} ${s.slice(9)}`,
      });
    }
    const { series, number } = person.document;
    const typedSeries =
      series === undefined
        ? ''
        : /^\d{4}$/.test(series)
          ? `${series.slice(0, 2)} ${series.slice(2)} `
          : `${series} `;
    queries.push({ kind: 'document', text: `${typedSeries}${number}` });
    const phone = person.phone === undefined ? undefined : normalizePhone(person.phone);
    if (phone?.ok === true) queries.push({ kind: 'phone', text: formatPhone(phone.value) });
  }
  return queries;
}

/** A duration for the benchmarks' lines and tables: "4.69 s". */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Polls `check` every 100 ms until it gives a value; fails after five minutes, naming `what`
 * and the last state `check` saw, if it kept one.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  lastSeen: () => unknown = () => undefined,
): Promise<T> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const found = await check();
    if (found !== undefined) return found;
    if (Date.now() > deadline) {
      const seen = lastSeen();
      throw new Error(
        `${what}: not within five minutes${seen === undefined ? '' : `: ${JSON.stringify(seen)}`}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export type Spread = {
  readonly count: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
};

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? Number.NaN;
}

export function spreadOf(samples: readonly { readonly ms: number }[]): Spread {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return {
    count: sorted.length,
    medianMs: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

export const spreadLine = (spread: Spread, counted = 'searches') =>
  `median ${spread.medianMs.toFixed(1)} ms, p95 ${spread.p95Ms.toFixed(1)} ms, max ${spread.maxMs.toFixed(0)} ms (${spread.count} ${counted})`;

/** The middle value, the mean of the two middle ones for an even count; NaN for none. */
export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
