import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

// The PouchDB/floor harness (`npm run bench -- --peers <folder>`), run from its own folder —
// a copy of the shared peers/pouchdb-sync with `npm ci` done; this repository never reads it
// otherwise — in the same run as our scenarios, so ratios compare one machine at one time:
//
//   node run.mjs --n 10000,50000 --reps 1 --out <tmp>     PouchDB and the floor, loopback
//   node run.mjs --n 10000 --reps 1 --only pouch --rtt-ms 50 --out <tmp>   one per RTT > 0
//
// Its JSON summary rows read, e.g.:
//   {"stack":"pouchdb(idb, batch 100) -> pouchdb-server(leveldb)","scenario":"push","n":10000,
//    "median_s":2.72,"requests":402,…}
// PouchDB at 600 ms is left out unless asked for (`--peers-rtt 600`): about 400 requests × 0.6 s
// ≈ 4 minutes per run, which the issue already measured (≈ 240 s).

const summaryRowSchema = z.object({
  stack: z.string(),
  scenario: z.string(),
  n: z.number(),
  median_s: z.number(),
  requests: z.number(),
  timed_out: z.boolean().optional(),
});
const resultSchema = z.object({ summary: z.array(summaryRowSchema) });

export type PeerFigure = {
  readonly stack: 'pouchdb' | 'floor';
  readonly scenario: string;
  readonly records: number;
  readonly rttMs: number;
  readonly seconds: number;
  readonly requests: number;
  readonly timedOut: boolean;
};

function runHarness(folder: string, args: readonly string[]): Promise<PeerFigure[]> {
  const out = mkdtempSync(path.join(tmpdir(), 'serodesk-peers-'));
  const rttIndex = args.indexOf('--rtt-ms');
  const rttMs = rttIndex >= 0 ? Number(args[rttIndex + 1]) : 0;
  return new Promise<PeerFigure[]>((resolve, reject) => {
    const child = spawn(process.execPath, ['run.mjs', ...args, '--out', out], {
      cwd: folder,
      // Its progress goes to stderr, so that stdout stays the benchmark's own (`--json`).
      stdio: ['ignore', 2, 2],
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`the peers harness exited with ${String(code)}`);
        const file = readdirSync(out).find((name) => name.endsWith('.json'));
        if (file === undefined) throw new Error('the peers harness wrote no result');
        const parsed = resultSchema.parse(JSON.parse(readFileSync(path.join(out, file), 'utf8')));
        resolve(
          parsed.summary.map((row) => ({
            stack: row.stack.startsWith('floor') ? 'floor' : 'pouchdb',
            scenario: row.scenario,
            records: row.n,
            rttMs,
            seconds: row.median_s,
            requests: row.requests,
            timedOut: row.timed_out ?? false,
          })),
        );
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });
}

export async function benchPeers(
  folder: string,
  options: { sizes: readonly number[]; rtts: readonly number[]; reps: number },
): Promise<PeerFigure[]> {
  const reps = ['--reps', String(options.reps)];
  const figures = await runHarness(folder, ['--n', options.sizes.join(','), ...reps]);
  const smallest = Math.min(...options.sizes);
  for (const rtt of options.rtts.filter((value) => value > 0)) {
    figures.push(
      ...(await runHarness(folder, [
        '--n',
        String(smallest),
        ...reps,
        '--only',
        'pouch',
        '--rtt-ms',
        String(rtt),
      ])),
    );
  }
  return figures;
}
