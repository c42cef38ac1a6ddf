import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/support/browser';

// Lighthouse's mobile audit (its defaults: a mid-range phone, simulated slow 4G and 4× CPU
// slowdown) of the register's first page, run as Lighthouse's own command line so its
// dependencies stay out of the project: `LIGHTHOUSE_CLI=/path/to/lighthouse/cli/index.js`,
// or a `lighthouse` the project can resolve. docs/PERFORMANCE.md's runs use Lighthouse 12.2.3
// (`npm i -E lighthouse@12.2.3` in a scratch folder); 12.8.2 runs on Node 20 here too (session
// 40), but a figure is compared only with figures of the same version. One run's report, cut down:
//
//   { "categories": { "performance": { "score": 0.97 }, … },
//     "audits": { "first-contentful-paint": { "numericValue": 1180.2 }, … } }

const reportSchema = z.object({
  lighthouseVersion: z.string(),
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.record(
    z.string(),
    z.object({ numericValue: z.number().optional(), score: z.number().nullable().optional() }),
  ),
});

export type LighthouseRun = {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly fcpMs: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
};

export type LighthouseResult =
  | {
      readonly ran: true;
      readonly version: string;
      readonly runs: readonly LighthouseRun[];
      readonly median: LighthouseRun;
    }
  | { readonly ran: false; readonly why: string };

function lighthouseCli(): string | undefined {
  const fromEnv = process.env['LIGHTHOUSE_CLI'];
  if (fromEnv !== undefined && existsSync(fromEnv)) return fromEnv;
  try {
    return createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  } catch {
    return undefined;
  }
}

function runCli(cli: string, url: string, outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        `--output-path=${outputPath}`,
        `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: 180_000 },
      (error) => {
        if (error === null) resolve();
        else reject(new Error(`lighthouse: ${error.message}`));
      },
    );
  });
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Audits `url` `runs` times (one at a time) and reports each run and the per-figure medians. */
export async function benchLighthouse(url: string, runs = 3): Promise<LighthouseResult> {
  const cli = lighthouseCli();
  if (cli === undefined) {
    return {
      ran: false,
      why: 'Lighthouse is not installed: `npm i -E lighthouse@12.2.3` in a scratch folder and set LIGHTHOUSE_CLI to its cli/index.js',
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'serodesk-lighthouse-'));
  const results: LighthouseRun[] = [];
  const failures: string[] = [];
  let version = '';
  try {
    for (let run = 0; run < runs; run += 1) {
      const output = path.join(dir, `run-${run}.json`);
      try {
        await runCli(cli, url, output);
      } catch (error) {
        // A run that fails (Chromium crashed on a loaded machine) is left out, not fatal.
        const failure = error instanceof Error ? error.message : String(error);
        failures.push(failure);
        console.error(
          `webLighthouse: run ${String(run + 1)} of ${String(runs)} failed: ${failure}`,
        );
        continue;
      }
      const report = reportSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
      version = report.lighthouseVersion;
      const score = (key: string) => report.categories[key]?.score ?? Number.NaN;
      const value = (key: string) => report.audits[key]?.numericValue ?? Number.NaN;
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        fcpMs: value('first-contentful-paint'),
        lcpMs: value('largest-contentful-paint'),
        tbtMs: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (results.length === 0) {
    return { ran: false, why: `every run failed: ${failures.join('; ').slice(0, 300)}` };
  }
  const pick = (key: keyof LighthouseRun) => median(results.map((r) => r[key]));
  return {
    ran: true,
    version,
    runs: results,
    median: {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      fcpMs: pick('fcpMs'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
    },
  };
}
