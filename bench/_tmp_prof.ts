import { performance } from 'node:perf_hooks';
import { DEMO_STAFF } from '../src/register/seed';
import { startRegister } from '../tests/support/register';
import { makeTablet, newPerson, signInStaff, staffIds } from '../tests/support/tablets';
const register = await startRegister(process.env['PG'] ? { databaseUrl: process.env['PG'] } : {});
const registrar = DEMO_STAFF.find((s) => s.role === 'registrar')!;
const { token } = await signInStaff(register.url, registrar.login, registrar.password);
const staff = await staffIds(register.db);
const writer = await makeTablet({ url: register.url, name: 'w', staffToken: token });
await writer.db.transaction('rw', writer.db.persons, writer.db.outbox, async () => {
  for (let i = 0; i < 2000; i++) await writer.write(newPerson(writer, staff.registrar), 'registrar');
});
const inner = writer.network.transport;
let netMs = 0;
(writer.network as { transport: unknown }).transport = inner;
const orig = writer.network.beforeRequest;
const t0 = performance.now();
// monkeypatch: measure transport time
const engineDeps = (await import('../src/sync/engine')).createSyncEngine({
  db: writer.db, now: () => new Date(), random: Math.random, timers: { set: () => null, clear: () => undefined },
  transport: async (r) => { const s = performance.now(); const a = await inner(r); netMs += performance.now() - s; return a; },
});
await engineDeps.syncNow();
console.log({ total: performance.now() - t0, netMs, orig });
await register.stop();
