import { sql } from 'kysely';
import { startRegister } from '../tests/support/register';
import { staffIds } from '../tests/support/tablets';

// The register of the sync benchmarks as a process of its own (as `npm start` runs it), so
// the tablet and the register each have a core and their CPU time is told apart. Started by
// bench/registerChild.ts over IPC:
//
//   child → parent  {"type":"ready","url":"http://127.0.0.1:41234","staff":{…},"database":"sqlite"}
//   parent → child  {"type":"cpu"}   child → parent  {"type":"cpu","ms":1234.5}
//   parent → child  {"type":"bytes"} child → parent  {"type":"bytes","bytes":16347136}
//   parent → child  {"type":"stop"}  the register stops and the process exits

const databaseUrl = process.env['BENCH_DATABASE_URL'];
const register = await startRegister(databaseUrl === undefined ? {} : { databaseUrl });
const staff = await staffIds(register.db);

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

process.on('message', (message: { type?: unknown }) => {
  if (message.type === 'cpu') process.send?.({ type: 'cpu', ms: cpuMs() });
  if (message.type === 'bytes') {
    void databaseBytes().then((bytes) => process.send?.({ type: 'bytes', bytes }));
  }
  if (message.type === 'stop') {
    void register.stop().then(() => process.exit(0));
  }
});
process.send?.({ type: 'ready', url: register.url, staff, database: register.db.kind });
