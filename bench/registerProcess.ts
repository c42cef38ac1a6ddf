import { sql } from 'kysely';
import { z } from 'zod';
import { startRegister } from '../tests/support/register';
import { addClinic, staffIds } from '../tests/support/tablets';
import { WARMUP_CLINIC } from './warmupClinic';

// The register of the sync benchmarks as a process of its own (as `npm start` runs it), so
// the tablet and the register each have a core and their CPU time is told apart. Started by
// bench/registerChild.ts over IPC:
//
//   child → parent  {"type":"ready","url":"http://127.0.0.1:41234","staff":{…},
//                    "warmupRegistrar":"0193…","database":"sqlite"}
//   parent → child  {"type":"cpu"}   child → parent  {"type":"cpu","ms":1234.5}
//   parent → child  {"type":"bytes"} child → parent  {"type":"bytes","bytes":16347136}
//   parent → child  {"type":"mark"}  later pushes are the ones pushTimes reports
//   parent → child  {"type":"pushTimes"}  child → parent  {"type":"pushTimes","ms":[21.4,…]}
//   parent → child  {"type":"stop"}  the register stops and the process exits
//
// pushTimes are the register's own times for the pushes answered since the mark: Fastify's
// `responseTime` in the register's log (the same JSON lines `npm start` writes), from a
// request's arrival to its answer. A tablet waits that and its own work and the network.

const databaseUrl = process.env['BENCH_DATABASE_URL'];
const register = await startRegister(databaseUrl === undefined ? {} : { databaseUrl });
const staff = await staffIds(register.db);
// The warm-up's clinic and its registrar (bench/registerWarmup.ts).
const warmup = await addClinic(register.db, WARMUP_CLINIC.code, WARMUP_CLINIC);

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** The database's size: SQLite's pages (the WAL's included), PostgreSQL's database. */
async function databaseBytes(): Promise<number> {
  const query =
    register.db.kind === 'sqlite'
      ? sql<{ bytes: number | string }>`select page_count * page_size as bytes
          from pragma_page_count(), pragma_page_size()`
      : sql<{ bytes: number | string }>`select pg_database_size(current_database()) as bytes`;
  const { rows } = await query.execute(register.db.kysely);
  return Number(rows[0]?.bytes ?? Number.NaN);
}

const logLineSchema = z.object({
  reqId: z.string().optional(),
  msg: z.string().optional(),
  req: z.object({ path: z.string().optional() }).optional(),
  responseTime: z.number().optional(),
});

let markedLine = 0;

/** The response times of the pushes completed since the mark, in the order logged. */
function pushTimes(): number[] {
  const paths = new Map<string, string | undefined>();
  const times: number[] = [];
  for (const line of register.logLines.slice(markedLine)) {
    const entry = logLineSchema.safeParse(JSON.parse(line));
    if (!entry.success || entry.data.reqId === undefined) continue;
    const { reqId, msg, req, responseTime } = entry.data;
    if (msg === 'incoming request') paths.set(reqId, req?.path);
    const completed = msg === 'request completed' && responseTime !== undefined;
    if (completed && paths.get(reqId) === '/api/sync/push') times.push(responseTime);
  }
  return times;
}

process.on('message', (message: { type?: unknown }) => {
  if (message.type === 'mark') markedLine = register.logLines.length;
  if (message.type === 'pushTimes') process.send?.({ type: 'pushTimes', ms: pushTimes() });
  if (message.type === 'cpu') process.send?.({ type: 'cpu', ms: cpuMs() });
  if (message.type === 'bytes') {
    void databaseBytes().then((bytes) => process.send?.({ type: 'bytes', bytes }));
  }
  if (message.type === 'stop') {
    void register.stop().then(() => process.exit(0));
  }
});
process.send?.({
  type: 'ready',
  url: register.url,
  staff,
  warmupRegistrar: warmup.registrarId,
  database: register.db.kind,
});
