import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// Starts bench/registerProcess.ts and speaks its IPC (wire in that file's header).

const readySchema = z.object({
  type: z.literal('ready'),
  url: z.string(),
  staff: z.object({ registrar: z.string() }),
  warmupRegistrar: z.string(),
  database: z.string(),
});
const cpuSchema = z.object({ type: z.literal('cpu'), ms: z.number() });
const bytesSchema = z.object({ type: z.literal('bytes'), bytes: z.number() });
const pushTimesSchema = z.object({ type: z.literal('pushTimes'), ms: z.array(z.number()) });

export type RegisterChild = {
  readonly url: string;
  readonly registrarId: string;
  /** The registrar of the warm-up's clinic (bench/registerWarmup.ts). */
  readonly warmupRegistrarId: string;
  readonly database: string;
  /** CPU time the register process has used so far, in ms. */
  cpuMs(): Promise<number>;
  /** The size of the register's database now, in bytes. */
  databaseBytes(): Promise<number>;
  /** From now on, the pushes `pushTimes` reports. */
  markPushes(): void;
  /** The register's own time for each push answered since `markPushes`, in ms. */
  pushTimes(): Promise<number[]>;
  stop(): Promise<void>;
};

function nextMessage<T>(child: ChildProcess, schema: z.ZodType<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const parsed = schema.safeParse(message);
      if (!parsed.success) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(parsed.data);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`the benchmark register exited (${String(code)})`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function startRegisterChild(): Promise<RegisterChild> {
  const child = fork(fileURLToPath(new URL('./registerProcess.ts', import.meta.url)), [], {
    // BENCH_CPU_PROF=<folder>: the register writes a V8 CPU profile there when it stops.
    execArgv: [
      '--import',
      'tsx',
      ...(process.env['BENCH_CPU_PROF'] === undefined
        ? []
        : ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_CPU_PROF']}`]),
    ],
    // The register's JSON log stays out of the benchmark's output.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await nextMessage(child, readySchema);
  return {
    url: ready.url,
    registrarId: ready.staff.registrar,
    warmupRegistrarId: ready.warmupRegistrar,
    database: ready.database,
    async cpuMs() {
      const answer = nextMessage(child, cpuSchema);
      child.send({ type: 'cpu' });
      return (await answer).ms;
    },
    async databaseBytes() {
      const answer = nextMessage(child, bytesSchema);
      child.send({ type: 'bytes' });
      return (await answer).bytes;
    },
    markPushes() {
      child.send({ type: 'mark' });
    },
    async pushTimes() {
      const answer = nextMessage(child, pushTimesSchema);
      child.send({ type: 'pushTimes' });
      return (await answer).ms;
    },
    async stop() {
      const exited = new Promise<void>((resolve) =>
        child.once('exit', () => {
          resolve();
        }),
      );
      child.send({ type: 'stop' });
      await exited;
    },
  };
}
