import { availableParallelism } from 'node:os';

// A bound on how many password hashes run at once (issue #13). Each scrypt takes ~32 MiB and
// a core for ~70 ms, and runs on libuv's small thread pool, which also gunzips sync pushes:
// 32 parallel sign-ins with made-up logins once turned a 0.08 s tablet push into 11 s. The
// gate lets `concurrency` hashes run, keeps a short queue, and refuses the rest (429
// sign-in-busy, "try again in a few seconds") instead of letting them pile up. A refusal is
// answered after a short pause (a timer, no work): a flooding client that would otherwise
// get a thousand cheap refusals a second, each a turn of the register's event loop, gets
// about one per pause instead, and the tablets' pushes keep their pace.
//
// Addresses from which someone signed in successfully lately (a clinic's own address) queue
// ahead of the rest: during a flood of made-up logins from many addresses, the clerks of a
// clinic still get in after at most the hash in progress. This does not tell which logins
// exist: the lane depends on the address's past, never on the login tried.

export type HashGateOptions = {
  /** Hashes running at once; default: one less than the cores, at least one. */
  readonly concurrency?: number;
  /** Requests waiting for a slot, per lane; beyond it a request is refused at once. */
  readonly maxQueued?: number;
  /** Longest wait in the queue before a request is refused. */
  readonly maxWaitMs?: number;
  /** Addresses remembered as trusted, most recent kept. */
  readonly trustedAddresses?: number;
  /** Pause before a refusal for a full queue is answered. */
  readonly busyDelayMs?: number;
};

export const HASH_GATE_DEFAULTS = {
  concurrency: Math.max(1, availableParallelism() - 1),
  maxQueued: 8,
  maxWaitMs: 2_000,
  trustedAddresses: 1_000,
  busyDelayMs: 1_000,
} as const;

export type GateOutcome<T> = { readonly ran: true; readonly value: T } | { readonly ran: false };

export type HashGate = {
  /** Runs `task` when a slot is free; `{ran: false}` when the queue is full or the wait too long. */
  run<T>(address: string, task: () => Promise<T>): Promise<GateOutcome<T>>;
  /** Remembers an address from which a sign-in succeeded. */
  trust(address: string): void;
  /** Hashes running and requests waiting now, for tests and the benchmark. */
  load(): { readonly running: number; readonly waiting: number };
};

type Waiter = { readonly start: () => void; readonly timer: ReturnType<typeof setTimeout> };

export function createHashGate(options: HashGateOptions = {}): HashGate {
  const concurrency = options.concurrency ?? HASH_GATE_DEFAULTS.concurrency;
  const maxQueued = options.maxQueued ?? HASH_GATE_DEFAULTS.maxQueued;
  const maxWaitMs = options.maxWaitMs ?? HASH_GATE_DEFAULTS.maxWaitMs;
  const trustedLimit = options.trustedAddresses ?? HASH_GATE_DEFAULTS.trustedAddresses;
  const busyDelayMs = options.busyDelayMs ?? HASH_GATE_DEFAULTS.busyDelayMs;
  const trusted = new Set<string>();
  const lanes: { priority: Waiter[]; general: Waiter[] } = { priority: [], general: [] };
  let running = 0;

  function next(): void {
    const waiter = lanes.priority.shift() ?? lanes.general.shift();
    if (waiter === undefined) return;
    clearTimeout(waiter.timer);
    waiter.start();
  }

  function slot(address: string): Promise<boolean> {
    if (running < concurrency) {
      running += 1;
      return Promise.resolve(true);
    }
    const lane = trusted.has(address) ? lanes.priority : lanes.general;
    if (lane.length >= maxQueued) {
      return new Promise((resolve) =>
        setTimeout(() => {
          resolve(false);
        }, busyDelayMs),
      );
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        start: () => {
          running += 1;
          resolve(true);
        },
        timer: setTimeout(() => {
          const index = lane.indexOf(waiter);
          if (index >= 0) lane.splice(index, 1);
          resolve(false);
        }, maxWaitMs),
      };
      lane.push(waiter);
    });
  }

  return {
    async run(address, task) {
      if (!(await slot(address))) return { ran: false };
      try {
        return { ran: true, value: await task() };
      } finally {
        running -= 1;
        next();
      }
    },
    trust(address) {
      trusted.delete(address);
      trusted.add(address);
      if (trusted.size > trustedLimit) {
        const oldest = trusted.values().next();
        if (oldest.done !== true) trusted.delete(oldest.value);
      }
    },
    load: () => ({ running, waiting: lanes.priority.length + lanes.general.length }),
  };
}
