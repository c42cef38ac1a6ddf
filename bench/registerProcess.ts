import { startRegister } from '../tests/support/register';
import { staffIds } from '../tests/support/tablets';

// The register of the sync benchmarks as a process of its own (as `npm start` runs it), so
// the tablet and the register each have a core and their CPU time is told apart. Started by
// bench/registerChild.ts over IPC:
//
//   child → parent  {"type":"ready","url":"http://127.0.0.1:41234","staff":{…},"database":"sqlite"}
//   parent → child  {"type":"cpu"}   child → parent  {"type":"cpu","ms":1234.5}
//   parent → child  {"type":"stop"}  the register stops and the process exits

const databaseUrl = process.env['BENCH_DATABASE_URL'];
const register = await startRegister(databaseUrl === undefined ? {} : { databaseUrl });
const staff = await staffIds(register.db);

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

process.on('message', (message: { type?: unknown }) => {
  if (message.type === 'cpu') process.send?.({ type: 'cpu', ms: cpuMs() });
  if (message.type === 'stop') {
    void register.stop().then(() => process.exit(0));
  }
});
process.send?.({ type: 'ready', url: register.url, staff, database: register.db.kind });
