import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_STAFF } from '../src/register/seed';
import { startRegister } from '../tests/support/register';
import { coldStartsInUndrivenTabs } from './webColdStart';
import { median } from './webData';
import { enrolAndOpenDesk, launchDeskProfile, NO_OMNIBOX_POPUP, PROBES_SCRIPT } from './webDesk';

// Two builds of the app against each other on the desk's offline cold start (issue #14), for
// changes too small to tell apart in the benchmark's table: on this shared 2-core machine the
// median of 15 starts of one build moves by ±15 % from run to run, more than most changes
// are worth. Here both builds run at once, each served by a register of its own (two origins),
// prepared in one browser profile as the benchmark prepares one (webDesk.ts), and started in
// turns in one undriven browser (webColdStart.ts): A, B, A, B, … So whatever else the machine
// does falls on both alike, and each pair gives a difference.
//
//   NODE_ENV=production npx vite build --outDir /tmp/build-before   (the commit before)
//   NODE_ENV=production npx vite build --outDir /tmp/build-after    (the change)
//   npx tsx bench/webColdStartAb.ts /tmp/build-before /tmp/build-after --pairs 16
//
//   A /tmp/build-before  median 1,278 ms  (1,129 ms … 1,599 ms)
//   B /tmp/build-after  median 1,311 ms  (1,139 ms … 1,647 ms)
//   B − A per pair: median +22 ms; B faster in 6 of 16 pairs
//
// (the database opened at the top of main.tsx, session 44: not kept).
// Measured so far: docs/DECISIONS.md, "The cold start against a bare React page".

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pairs: { type: 'string', default: '16' } },
});
const pairs = Number(values.pairs);
const [dirA, dirB] = positionals;
if (
  dirA === undefined ||
  dirB === undefined ||
  positionals.length !== 2 ||
  !Number.isInteger(pairs) ||
  pairs < 1
) {
  console.error('usage: npx tsx bench/webColdStartAb.ts <buildA> <buildB> [--pairs 16]');
  process.exit(2);
}
for (const dir of [dirA, dirB]) {
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`${dir}: no built app here (index.html missing)`);
    process.exit(2);
  }
}

const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
if (admin === undefined) throw new Error('the demo seed changed');

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

const registerA = await startRegister({ staticDir: dirA });
const registerB = await startRegister({ staticDir: dirB });
const profile = await launchDeskProfile();
try {
  for (const register of [registerA, registerB]) {
    const page = await profile.context.newPage();
    await enrolAndOpenDesk(page, register.url, admin);
    await page.close();
  }
  await profile.context.close();
  // The browser's first tab opens A and starts A's service worker; B's starts in the first
  // pair, which is therefore left out.
  const { againMs: withFirstPair } = await coldStartsInUndrivenTabs(profile.folder, {
    urls: [`${registerA.url}/desk`, `${registerB.url}/desk`],
    count: (pairs + 1) * 2,
    probeScript: PROBES_SCRIPT,
    probe: 'deskAt',
    extraArgs: [NO_OMNIBOX_POPUP],
  });
  const againMs = withFirstPair.slice(2);
  const a = againMs.filter((_, index) => index % 2 === 0);
  const b = againMs.filter((_, index) => index % 2 === 1);
  const differences = a.map((msA, index) => (b[index] ?? Number.NaN) - msA);
  const bFaster = differences.filter((difference) => difference < 0).length;
  for (const [name, dir, times] of [
    ['A', dirA, a],
    ['B', dirB, b],
  ] as const) {
    const range = `${ms(Math.min(...times))} … ${ms(Math.max(...times))}`;
    console.log(`${name} ${dir}  median ${ms(median(times))}  (${range})`);
  }
  const shift = median(differences);
  console.log(
    `B − A per pair: median ${shift >= 0 ? '+' : '−'}${ms(Math.abs(shift))}; ` +
      `B faster in ${bFaster} of ${differences.length} pairs`,
  );
} finally {
  await profile.close().catch(() => undefined);
  await registerA.stop();
  await registerB.stop();
}
