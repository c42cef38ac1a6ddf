import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../tests/support/browser';
import { benchPersons } from './syncData';
import type { Figures } from './wireRounds';
import { rounds } from './wireRounds';

// A sync body of 1,000 persons on the wire, read or written whole and in pieces (issue #14,
// session 34; core/protocol/linedJson.ts): a pull page as the tablet reads it, from its bytes
// to its value, and a push as the tablet writes it, from its value to its gzip. Mean
// milliseconds over 40 rounds after 10 unmeasured ones, in Node and in headless Chromium (the
// app's own modules, built by Vite into the page). Not part of `npm run bench`: a look
// at one step, run as `npx tsx bench/wireJson.ts`.

const CLINIC = '0193aaaa-0000-7000-8000-000000000001';
const REGISTRAR = '0193aaaa-0000-7000-8000-000000000002';

/** A page as the register lays it out (register/sync/pullAnswer.ts). */
function pageText(): string {
  const changes = benchPersons(1000, CLINIC, REGISTRAR).map((record, i) =>
    JSON.stringify({ seq: i + 1, version: 1, record }),
  );
  return `{"protocolVersion":1,"changes":[\n${changes.join(',\n')}\n],"cursor":1000,"hasMore":true,"remaining":1000}`;
}

function pushBody(): unknown {
  const ops = benchPersons(1000, CLINIC, REGISTRAR).map((record, i) => ({
    opId: `0193aaaa-0000-7000-8000-${String(i).padStart(12, '0')}`,
    record,
    baseVersion: 0,
  }));
  return { protocolVersion: 1, tabletId: CLINIC, ops };
}

async function inChromium(text: string, body: unknown): Promise<Figures> {
  const built = await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('./wireRounds.ts', import.meta.url)),
        formats: ['iife'],
        name: 'Wire',
      },
    },
  });
  const first = Array.isArray(built) ? built[0] : built;
  const code = first !== undefined && 'output' in first ? first.output[0].code : '';
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    // As source, not a function: tsx's transform of one refers to helpers the page lacks.
    return await page.evaluate<Figures>(
      `Wire.rounds(${JSON.stringify(text)}, ${JSON.stringify(body)})`,
    );
  } finally {
    await browser.close();
  }
}

const text = pageText();
const body = pushBody();
const node = await rounds(text, body);
const chromium = await inChromium(text, body);
console.log(`A page of 1,000 persons: ${String(new TextEncoder().encode(text).byteLength)} bytes`);
for (const name of Object.keys(node)) {
  const ms = (figures: Figures) => (figures[name] ?? Number.NaN).toFixed(1).padStart(6);
  console.log(`${name.padEnd(46)} Node ${ms(node)} ms   Chromium ${ms(chromium)} ms`);
}
