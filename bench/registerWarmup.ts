import { performance } from 'node:perf_hooks';
import { inCanonicalOrder } from '../src/core/records/canonicalJson';
import { preparePush, sendPush } from '../src/sync/syncCalls';
import { createFetchTransport } from '../src/sync/transport';
import { signInStaff } from '../tests/support/tablets';
import type { RegisterChild } from './registerChild';
import { benchPersons, enrolPusher, newPersonOps } from './syncData';
import { WARMUP_CLINIC } from './warmupClinic';

// The register warmed before a sync scenario is measured (issue #14, session 47), as the
// ingest benchmark warms it (ingest.ts): a register in service has been running for days, its
// code optimised by V8 and its statements prepared, where a fresh process spends its first
// pushes compiling (V8's optimising compiler alone ≈ 12 µs of every op of a first 10,000;
// docs/DECISIONS.md, "The sync benchmark measures a warm register"). The PouchDB harness's
// repetitions, too, share one server process, warm after the first.
//
// The warm-up is 10,000 new persons of a clinic of its own (warmupClinic.ts), sent as the
// app sends a push (gzipped batches of 1,000, records in canonical order), one batch after
// another from bodies built beforehand. What they cost the register is kept: the fresh
// process's figure, which the report shows beside the warm one.

export const WARMUP_RECORDS = 10_000;

export type Warmup = {
  readonly records: number;
  readonly ms: number;
  /** CPU time of the register process for the warm-up's pushes: a fresh process's first ops. */
  readonly registerCpuMs: number;
};

export async function warmRegister(
  register: RegisterChild,
  records = WARMUP_RECORDS,
): Promise<Warmup> {
  const { token } = await signInStaff(register.url, WARMUP_CLINIC.login, WARMUP_CLINIC.password);
  const { credentials, clinicId } = await enrolPusher(register.url, 'bench-warmup', token);
  // Other people than the measured tablets' (seed 42), in canonical order as the app queues them.
  const persons = benchPersons(records, clinicId, register.warmupRegistrarId, 43);
  const ops = newPersonOps(persons.map((person) => inCanonicalOrder(person)));
  const bodies = [];
  for (let start = 0; start < ops.length; start += 1000) {
    bodies.push(await preparePush(credentials, ops.slice(start, start + 1000)));
  }
  const transport = createFetchTransport({ baseUrl: register.url });
  const cpuBefore = await register.cpuMs();
  const started = performance.now();
  for (const body of bodies) {
    const answered = await sendPush(transport, credentials, body);
    if (!answered.ok) throw new Error(`warm-up push failed: ${answered.reason}`);
    if (answered.value.answers.some((answer) => answer.status !== 'accepted')) {
      throw new Error('warm-up push refused');
    }
  }
  const ms = performance.now() - started;
  return { records, ms, registerCpuMs: (await register.cpuMs()) - cpuBefore };
}
