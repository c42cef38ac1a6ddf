import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_PATH, chromiumLaunchArgs } from '../tests/support/browser';

// The offline cold start of the desk, measured in a tab no test driver is attached to
// (issue #14). Playwright enables the DevTools Runtime domain on every page it drives, and
// with it V8 records a detailed stack trace, line numbers included, for every Error object
// made. React DOM makes five when its module is evaluated (sentinel errors such as
// SuspenseException), and to number their frames V8 parsed the first chunk and React DOM's
// module function again: ≈ 0.25 s of the main thread at 4× slowdown in traces of a start,
// which a tablet without DevTools never spends (docs/DECISIONS.md, "The cold start measured
// in a tab no driver is attached to").
//
// So the profile the benchmark prepared with Playwright (tablet enrolled, service worker
// installed, desk opened once) is closed there and opened again by Chromium itself, driven
// over its DevTools pipe (--remote-debugging-pipe: JSON messages, each ended by a NUL byte,
// written to the browser's fd 3 and read from its fd 4):
//
//   → {"id":1,"method":"Target.createTarget","params":{"url":"about:blank"}}\0
//   ← {"id":1,"result":{"targetId":"8E1F…"}}\0
//   → {"id":2,"method":"Target.attachToTarget","params":{"targetId":"8E1F…","flatten":true}}\0
//   ← {"id":2,"result":{"sessionId":"41A7…"}}\0
//   → {"id":3,"sessionId":"41A7…","method":"Page.navigate","params":{"url":"…/desk"}}\0
//
// Each tab uses only the Page domain (the page's probe script), the Network domain (offline,
// as context.setOffline does) and Emulation (4× CPU), none of which records stacks, and reads
// the probe with Runtime.evaluate, which needs no Runtime.enable.

/** What is read of a message: an answer's id with its result or error (events have no id). */
type Message = {
  readonly id?: number;
  readonly result?: Record<string, unknown>;
  readonly error?: { readonly message: string };
};

/** One DevTools connection over Chromium's pipe: requests answered by id. */
class DevToolsPipe {
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private buffered = '';

  constructor(
    private readonly input: Writable,
    output: Readable,
  ) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      this.buffered += chunk;
      for (let end = this.buffered.indexOf('\0'); end >= 0; end = this.buffered.indexOf('\0')) {
        const message = JSON.parse(this.buffered.slice(0, end)) as Message;
        this.buffered = this.buffered.slice(end + 1);
        if (message.id !== undefined) this.pending.get(message.id)?.(message);
      }
    });
    // A browser gone (crashed, killed) answers nothing more: fail what waits, not hang.
    output.on('close', () => {
      const gone = { error: { message: 'Chromium closed its DevTools pipe' } };
      for (const answer of [...this.pending.values()]) answer(gone);
    });
  }

  send<T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<T> {
    const id = this.nextId++;
    this.input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    return new Promise((resolve, reject) => {
      this.pending.set(id, (message) => {
        this.pending.delete(id);
        if (message.error !== undefined) reject(new Error(`${method}: ${message.error.message}`));
        else resolve((message.result ?? {}) as T);
      });
    });
  }
}

function launch(profileFolder: string, extraArgs: readonly string[]): ChildProcess {
  return spawn(
    CHROMIUM_PATH,
    [
      ...chromiumLaunchArgs(extraArgs),
      `--user-data-dir=${profileFolder}`,
      '--remote-debugging-pipe',
      '--lang=ru-RU',
      '--window-size=1024,768',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
}

/** Times of `window.__benchProbes[probe]`, a performance.now() time set by the probe script. */
export type ColdStarts = {
  /** The first start after Chromium itself started. */
  readonly firstMs: number;
  /** The starts after it, the browser running. */
  readonly againMs: readonly number[];
};

/**
 * Starts Chromium on the profile in `profileFolder` (which no other browser may have open) and
 * opens 1 + `count` new tabs, one after another, offline at 4× slowdown: the first and each
 * even one at `urls[0]`, and with a second address the odd ones at `urls[1]`, so two builds
 * served side by side take turns in one browser (webColdStartAb.ts).
 */
export async function coldStartsInUndrivenTabs(
  profileFolder: string,
  options: {
    readonly urls: readonly [string] | readonly [string, string];
    readonly count: number;
    readonly probeScript: string;
    readonly probe: string;
    readonly extraArgs: readonly string[];
    /** Writes a CPU profile of each start to `<profileTo>-<n>.cpuprofile`. */
    readonly profileTo?: string;
  },
): Promise<ColdStarts> {
  const browser = launch(profileFolder, options.extraArgs);
  const [, , , input, output] = browser.stdio;
  if (!isWritable(input) || !isReadable(output)) throw new Error('Chromium gave no pipe');
  const pipe = new DevToolsPipe(input, output);
  const exited = new Promise((resolve) => browser.once('exit', resolve));
  const openTab = async () => {
    const { targetId } = await pipe.send<{ targetId: string }>('Target.createTarget', {
      url: 'about:blank',
    });
    const { sessionId } = await pipe.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    const tab: Tab = (method, params = {}) => pipe.send(method, params, sessionId);
    await tab('Page.enable');
    await tab('Page.addScriptToEvaluateOnNewDocument', { source: options.probeScript });
    await tab('Network.enable');
    await tab('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await tab('Emulation.setCPUThrottlingRate', { rate: 4 });
    return { targetId, tab };
  };
  try {
    // The first start in the just-started browser is timed on its own: it has the browser's
    // and the service worker's start in it, and V8 writing its code cache (see the header).
    // The others open with the browser running and the worker started, as before.
    const first = await openTab();
    await first.tab('Page.navigate', { url: options.urls[0] });
    const firstMs = await waitForProbe(first.tab, options.probe);
    await pipe.send('Target.closeTarget', { targetId: first.targetId });
    const againMs: number[] = [];
    for (let start = 0; start < options.count; start += 1) {
      const { targetId, tab } = await openTab();
      if (options.profileTo !== undefined) {
        await tab('Profiler.enable');
        await tab('Profiler.setSamplingInterval', { interval: 200 });
        await tab('Profiler.start');
      }
      await tab('Page.navigate', { url: options.urls[start % options.urls.length] });
      againMs.push(await waitForProbe(tab, options.probe));
      if (options.profileTo !== undefined) {
        const { profile } = await tab<{ profile: unknown }>('Profiler.stop');
        writeFileSync(`${options.profileTo}-${start}.cpuprofile`, JSON.stringify(profile));
      }
      await pipe.send('Target.closeTarget', { targetId });
    }
    await pipe.send('Browser.close').catch(() => undefined);
    await exited;
    return { firstMs, againMs };
  } finally {
    browser.kill();
  }
}

type Tab = <T = Record<string, unknown>>(
  method: string,
  params?: Record<string, unknown>,
) => Promise<T>;

type Evaluated = { readonly result: { readonly value?: unknown } };

async function waitForProbe(tab: Tab, probe: string): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { result } = await tab<Evaluated>('Runtime.evaluate', {
      expression: `window.__benchProbes?.[${JSON.stringify(probe)}]`,
      returnByValue: true,
    });
    if (typeof result.value === 'number' && result.value >= 0) return result.value;
    if (Date.now() > deadline) throw new Error(`the page never showed ${probe}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const isWritable = (stream: unknown): stream is Writable =>
  typeof stream === 'object' && stream !== null && 'write' in stream;
const isReadable = (stream: unknown): stream is Readable =>
  typeof stream === 'object' && stream !== null && 'setEncoding' in stream;
