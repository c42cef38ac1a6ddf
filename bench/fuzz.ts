// Long fuzz run of the card verifier: `npm run fuzz -- [cases] [seed]` (default 100,000).
// Prints a summary and exits 1 if an exception escaped or a tampered card verified.
// Results are recorded by hand in docs/FUZZ.md.
import { cpus } from 'node:os';
import { fuzzSetup, runFuzz } from '../tests/fixtures/shc/fuzzCards';

const cases = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
if (!Number.isInteger(cases) || cases <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz -- [cases] [seed]');
  process.exit(2);
}

const report = await runFuzz(await fuzzSetup(), cases, seed);
const sorted = Object.entries(report.outcomes).sort((a, b) => b[1] - a[1]);
console.log(`fuzz: ${report.cases} cases, seed ${seed}, ${report.seconds.toFixed(1)} s`);
console.log(`cpu: ${cpus()[0]?.model ?? 'unknown'} ×${cpus().length}, node ${process.version}`);
console.log(`slowest case: ${report.slowestMs.toFixed(1)} ms`);
console.log(`exceptions escaped: ${report.escapes.length}`);
console.log(`tampered inputs found valid: ${report.tamperedValid.length}`);
console.log('outcomes (verdict/reason: count):');
for (const [key, count] of sorted) console.log(`  ${key}: ${count}`);
for (const line of [...report.escapes, ...report.tamperedValid].slice(0, 20))
  console.log(`! ${line}`);
process.exitCode = report.escapes.length + report.tamperedValid.length === 0 ? 0 : 1;
