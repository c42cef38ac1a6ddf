import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorBodySchema } from '../../src/core/protocol/errorBody';
import { SIGN_IN_LIMITS } from '../../src/register/auth/signInLimits';
import type { DatabaseTarget } from '../../src/register/config';
import { openDatabase, type RegisterDb } from '../../src/register/db/connect';
import { migrateToLatest, readSchemaVersion } from '../../src/register/db/migrate';
import { migrationProvider } from '../../src/register/db/migrations';
import { DEMO_REGIONAL_STAFF, DEMO_STAFF, seedDemoClinic } from '../../src/register/seed';
import { recordRevocation } from '../../src/register/trust/revocations';
import { testDatabases } from '../support/databases';
import type { TestDatabase } from '../support/databases';
import { startRegisterChild } from '../support/registerChildProcess';
import type { ProxyExchange, RoundRobinProxy } from '../support/roundRobinProxy';
import { startRoundRobinProxy } from '../support/roundRobinProxy';
import type { SimTablet } from '../support/tablets';
import {
  makeTablet,
  newPerson,
  personRows,
  registerRecords,
  signInStaff,
  staffIds,
} from '../support/tablets';

// Two register processes on one PostgreSQL database behind a round-robin load balancer
// (issue #13, item 6; docs/DEPLOY.md, "Several registers behind a load balancer"). Every
// request goes to the other register than the one before, so a tablet's push lands on one
// and its next pull on the other, and a push whose answer was lost is replayed at the other
// register. What must hold: every record at the register once and on every colleague's
// tablet once, each tablet's pull cursor only moves forward and never skips, both registers
// serve the same trust documents with the same ETags, and sign-in limits count attempts at
// both registers together. Both registers also start at once on a fresh database.
//
// PostgreSQL only: an SQLite file belongs to one register process. Without TEST_DATABASE_URL
// those suites are not declared (as in registerDatabaseFaults.test.ts) rather than passing
// without running; what runs on every engine is the seed race that concurrent starts meet.

const postgres = testDatabases().find((database) => database.engine === 'postgres');

function demoAccount(role: string) {
  const account = DEMO_STAFF.find((staff) => staff.role === role);
  if (account === undefined) throw new Error(`no demo ${role}`);
  return account;
}

/** The registers trust the proxy (and each other's loopback) about the caller's address. */
const BEHIND_PROXY = { TRUST_PROXY: '127.0.0.1' } as const;

/**
 * A register process of its own (as `npm start` runs it, without the app), and this test's
 * own connection to the shared database for reading what the registers wrote.
 */
type RegisterProcess = {
  readonly url: string;
  readonly db: RegisterDb;
  readonly seed: string | undefined;
  stop(): Promise<void>;
};

async function startRegisterProcess(url: string): Promise<RegisterProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'serodesk-two-registers-'));
  const child = await startRegisterChild({ dataDir, databaseUrl: url, env: BEHIND_PROXY });
  const db = openDatabase({ kind: 'postgres', url }, () => undefined);
  return {
    url: child.url,
    db,
    seed: child.seed(),
    async stop() {
      await child.close();
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startRegistersAtOnce(url: string, count: number): Promise<RegisterProcess[]> {
  const started = await Promise.allSettled(
    Array.from({ length: count }, () => startRegisterProcess(url)),
  );
  const running = started.flatMap((outcome) =>
    outcome.status === 'fulfilled' ? [outcome.value] : [],
  );
  const failures = started.flatMap((outcome) =>
    outcome.status === 'rejected' ? [String(outcome.reason)] : [],
  );
  if (failures.length > 0) {
    await Promise.all(running.map((register) => register.stop()));
    throw new Error(`registers failed to start together: ${failures.join('; ')}`);
  }
  return running;
}

// The parts of the sync bodies this suite reads off the wire (full schemas: core/protocol).
const pushRequestSchema = z.object({
  tabletId: z.string(),
  ops: z.array(z.object({ opId: z.string() })),
});
const pullRequestSchema = z.object({ tabletId: z.string(), cursor: z.number() });
const pullResponseSchema = z.object({
  cursor: z.number(),
  hasMore: z.boolean(),
  changes: z.array(z.object({ seq: z.number(), record: z.object({ id: z.string() }) })),
});

/** The JSON a proxied body carries, in whichever encoding the tablet asked for. */
function bodyJson(body: Buffer, encoding: string | string[] | undefined): unknown {
  return JSON.parse(decoded(body, encoding).toString('utf8')) as unknown;
}

function decoded(body: Buffer, encoding: string | string[] | undefined): Buffer {
  if (encoding === undefined) return body;
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'br') return brotliDecompressSync(body);
  throw new Error(`unexpected content-encoding ${String(encoding)}`);
}

type Pull = {
  readonly upstream: number;
  readonly sent: number;
  readonly answered: z.infer<typeof pullResponseSchema>;
};

/** Each tablet's answered pulls, in the order it made them. */
function pullsByTablet(exchanges: readonly ProxyExchange[]): Map<string, Pull[]> {
  const pulls = new Map<string, Pull[]>();
  for (const exchange of exchanges) {
    if (exchange.path !== '/api/sync/pull' || exchange.status !== 200) continue;
    const sent = pullRequestSchema.parse(
      bodyJson(exchange.requestBody, exchange.requestHeaders['content-encoding']),
    );
    const answered = pullResponseSchema.parse(
      bodyJson(exchange.responseBody, exchange.responseHeaders['content-encoding']),
    );
    const list = pulls.get(sent.tabletId) ?? [];
    list.push({ upstream: exchange.upstream, sent: sent.cursor, answered });
    pulls.set(sent.tabletId, list);
  }
  return pulls;
}

/** Op id → the registers each push carrying it reached. */
function pushedOps(exchanges: readonly ProxyExchange[]): Map<string, number[]> {
  const ops = new Map<string, number[]>();
  for (const exchange of exchanges) {
    if (exchange.path !== '/api/sync/push') continue;
    const sent = pushRequestSchema.parse(
      bodyJson(exchange.requestBody, exchange.requestHeaders['content-encoding']),
    );
    for (const op of sent.ops) ops.set(op.opId, [...(ops.get(op.opId) ?? []), exchange.upstream]);
  }
  return ops;
}

type Answer = { readonly status: number; readonly etag: string | null; readonly text: string };

async function getDocument(url: string, ifNoneMatch?: string): Promise<Answer> {
  const response = await fetch(url, {
    headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch },
  });
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    text: await response.text(),
  };
}

/** Wrong passwords for `login`, each from its own address, until the first 429: its number. */
async function attemptsUntilRefused(
  url: string,
  login: string,
  addressOf: (attempt: number) => string,
  upTo: number,
): Promise<{ refusedAt: number | null; statuses: number[]; code: string | null }> {
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= upTo; attempt += 1) {
    const response = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': addressOf(attempt) },
      body: JSON.stringify({ login, password: 'not-the-password' }),
    });
    statuses.push(response.status);
    if (response.status === 429) {
      const code = errorBodySchema.parse(await response.json()).error.code;
      return { refusedAt: attempt, statuses, code };
    }
    await response.body?.cancel();
  }
  return { refusedAt: null, statuses, code: null };
}

describe.each(testDatabases())(
  'two registers seeding one empty database on $engine',
  (database) => {
    it('seeds the demo clinic once, and the other register keeps it instead of failing', async () => {
      const created = await database.create();
      const dataDir = mkdtempSync(path.join(tmpdir(), 'serodesk-two-seeds-'));
      const target: DatabaseTarget =
        created.url === undefined
          ? { kind: 'sqlite', file: path.join(dataDir, 'register.sqlite') }
          : { kind: 'postgres', url: created.url };
      const log = () => undefined;
      const [first, second] = [openDatabase(target, log), openDatabase(target, log)];
      try {
        await migrateToLatest(first);
        const deps = { now: () => new Date(), random: (bytes: number) => randomBytes(bytes) };
        const outcomes = await Promise.all([
          seedDemoClinic(first, deps),
          seedDemoClinic(second, deps),
        ]);
        expect([...outcomes].sort()).toEqual(['kept-existing', 'seeded']);
        const clinics = await second.kysely
          .selectFrom('clinic')
          .select('id')
          .where('kind', '=', 'clinic')
          .execute();
        expect(clinics).toHaveLength(1);
        const staff = await second.kysely
          .selectFrom('staff')
          .select('clinic_id')
          .where('role', '!=', 'regional')
          .execute();
        expect(staff.map((row) => row.clinic_id)).toEqual(
          Array<string>(DEMO_STAFF.length).fill(clinics[0]?.id ?? ''),
        );
      } finally {
        await Promise.all([first.close(), second.close()]);
        await created.drop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    }, 30_000);
  },
);

if (postgres !== undefined) {
  const database: TestDatabase = postgres;

  describe('registers started at once on a fresh PostgreSQL database', () => {
    it('all come up, migrate the schema once and seed the demo clinic once', async () => {
      const created = await database.create();
      try {
        const registers = await startRegistersAtOnce(created.url ?? '', 3);
        try {
          const migrations = Object.keys(await migrationProvider.getMigrations()).length;
          const first = registers[0];
          if (first === undefined) throw new Error('no register started');
          expect(await readSchemaVersion(first.db)).toBe(migrations);
          expect(registers.map((register) => register.seed).sort()).toEqual([
            'kept-existing',
            'kept-existing',
            'seeded',
          ]);
          const clinics = await first.db.kysely.selectFrom('clinic').select('id').execute();
          expect(clinics).toHaveLength(2);
          const staff = await first.db.kysely.selectFrom('staff').select('login').execute();
          expect(staff).toHaveLength(DEMO_STAFF.length + DEMO_REGIONAL_STAFF.length);
        } finally {
          await Promise.all(registers.map((register) => register.stop()));
        }
      } finally {
        await created.drop();
      }
    }, 60_000);
  });

  /**
   * Sends health checks through the proxy until its next request goes to `upstream` (of two):
   * the one after a request that `upstream` did not answer.
   */
  async function nextRequestTo(proxy: RoundRobinProxy, upstream: number): Promise<void> {
    for (let tries = 0; tries < 2; tries += 1) {
      const response = await fetch(`${proxy.url}/api/health`);
      await response.arrayBuffer();
      if (proxy.exchanges.at(-1)?.upstream !== upstream) return;
    }
    throw new Error('the proxy does not take turns');
  }

  describe('two registers on one PostgreSQL behind a round-robin proxy', () => {
    let registers: RegisterProcess[];
    let proxy: RoundRobinProxy;
    let drop: () => Promise<void>;
    let registrarToken: string;

    const registerAt = (index: number): RegisterProcess => {
      const register = registers[index];
      if (register === undefined) throw new Error(`no register ${index}`);
      return register;
    };

    beforeAll(async () => {
      const created = await database.create();
      drop = created.drop;
      registers = await startRegistersAtOnce(created.url ?? '', 2);
      proxy = await startRoundRobinProxy(registers.map((register) => register.url));
      const registrar = demoAccount('registrar');
      registrarToken = (await signInStaff(proxy.url, registrar.login, registrar.password)).token;
    }, 60_000);

    afterAll(async () => {
      await proxy.close();
      await Promise.all(registers.map((register) => register.stop()));
      await drop();
    });

    it('converges every record exactly once, with each tablet’s pull cursor only moving forward', async () => {
      const sizes = { batchSize: 7, pageSize: 10 };
      const tablets: SimTablet[] = [];
      for (const name of ['two-a', 'two-b', 'two-c']) {
        tablets.push(await makeTablet({ url: proxy.url, name, staffToken: registrarToken, sizes }));
      }
      const ids = await staffIds(registerAt(0).db);
      const written = new Map<string, Set<string>>(tablets.map((t) => [t.tabletId, new Set()]));
      const writePersons = async (tablet: SimTablet, count: number) => {
        for (let index = 0; index < count; index += 1) {
          const person = await tablet.write(newPerson(tablet, ids.registrar), 'registrar');
          if (!person.ok) throw new Error(`write failed: ${person.reason}`);
          written.get(tablet.tabletId)?.add(person.value.id);
        }
      };

      // Three rounds of writing and syncing all at once; in each, one push answer per tablet
      // is lost after its register committed, so the batch is sent again — to the other one.
      for (let round = 0; round < 3; round += 1) {
        await Promise.all(tablets.map((tablet) => writePersons(tablet, 12)));
        for (const tablet of tablets) tablet.network.loseAnswers(1);
        await Promise.all(tablets.map((tablet) => tablet.engine.syncNow()));
        await Promise.all(tablets.map((tablet) => tablet.engine.syncNow()));
      }
      // Then, one after the other, until every tablet has had a quiet run after the last push.
      // A quiet run's first request is its pull: each pass sends it to a register of its own
      // (upstream 0, then 1), so every tablet pulls from both whatever the concurrent rounds'
      // interleaving gave it (the round robin counts every tablet's requests).
      for (let pass = 0; pass < 2; pass += 1) {
        for (const tablet of tablets) {
          await nextRequestTo(proxy, pass % 2);
          const run = await tablet.engine.syncNow();
          expect(run.lastError, tablet.name).toBeNull();
          expect(run.waiting, tablet.name).toBe(0);
        }
      }

      const everyId = new Set([...written.values()].flatMap((set) => [...set]));
      expect(everyId.size).toBe(3 * 3 * 12);

      // At the register: each record once, at version 1, from one op.
      const atRegister = await registerRecords(registerAt(1).db, tablets[0]?.clinicId ?? '');
      expect(new Set(atRegister.keys())).toEqual(everyId);
      expect([...atRegister.values()].every((version) => version === 1)).toBe(true);
      const ops = await registerAt(0)
        .db.kysely.selectFrom('sync_op')
        .select(['op_id', 'record_id', 'seq'])
        .execute();
      expect(ops).toHaveLength(everyId.size);
      expect(new Set(ops.map((op) => op.record_id))).toEqual(everyId);
      expect(new Set(ops.map((op) => op.seq)).size).toBe(everyId.size);

      // The lost answers were replayed at the other register, which answered from the log.
      const replayedAcross = [...pushedOps(proxy.exchanges).values()].filter(
        (upstreams) => new Set(upstreams).size === 2,
      );
      expect(replayedAcross.length).toBeGreaterThan(0);

      const pulls = pullsByTablet(proxy.exchanges);
      for (const tablet of tablets) {
        const own = written.get(tablet.tabletId) ?? new Set<string>();
        const mine = pulls.get(tablet.tabletId) ?? [];
        // Both registers served this tablet's pages.
        expect(new Set(mine.map((pull) => pull.upstream)), tablet.name).toEqual(new Set([0, 1]));

        // Cursors: start at 0, each answer at or past what was asked, each pull asks from the
        // last answer, and every change lies between the two.
        let expected = 0;
        for (const pull of mine) {
          expect(pull.sent, tablet.name).toBe(expected);
          expect(pull.answered.cursor, tablet.name).toBeGreaterThanOrEqual(pull.sent);
          for (const change of pull.answered.changes) {
            expect(change.seq).toBeGreaterThan(pull.sent);
            expect(change.seq).toBeLessThanOrEqual(pull.answered.cursor);
          }
          expected = pull.answered.cursor;
        }

        // Every colleague's record arrived exactly once, and none of its own.
        const arrivals = mine.flatMap((pull) => pull.answered.changes.map((c) => c.record.id));
        const colleagues = [...everyId].filter((id) => !own.has(id));
        expect(arrivals.length, tablet.name).toBe(colleagues.length);
        expect(new Set(arrivals), tablet.name).toEqual(new Set(colleagues));

        const onTablet = await personRows(tablet.db);
        expect(onTablet.length, tablet.name).toBe(everyId.size);
        expect(new Set(onTablet.map((person) => person.id)), tablet.name).toEqual(everyId);
      }
    }, 120_000);

    it('serves the same JWKS, CRL and admission policy with the same ETags from either register', async () => {
      const [first, second] = [registerAt(0), registerAt(1)];
      const tablet = await makeTablet({
        url: proxy.url,
        name: 'two-trust',
        staffToken: registrarToken,
      });
      expect(tablet.tabletId).not.toBe('');
      const jwks = z
        .object({ keys: z.array(z.object({ kid: z.string() })) })
        .parse(JSON.parse((await getDocument(`${first.url}/.well-known/jwks.json`)).text));
      const kids = jwks.keys.map((key) => key.kid);
      expect(kids.length).toBeGreaterThan(0);
      const revokedKid = kids[0] ?? '';
      await recordRevocation(first.db, {
        kid: revokedKid,
        rid: 'twoRegisters',
        reason: 'error',
        at: new Date('2026-12-01T03:00:00Z'),
      });

      const paths = [
        '/.well-known/jwks.json',
        '/.well-known/admission-policy.json',
        ...kids.map((kid) => `/.well-known/crl/${kid}.json`),
      ];
      for (const path of paths) {
        const atFirst = await getDocument(first.url + path);
        const atSecond = await getDocument(second.url + path);
        expect(atSecond, path).toEqual(atFirst);
        expect(atFirst.etag, path).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
        if (atFirst.status === 200) {
          // A verifier that cached the document from one register revalidates at the other.
          const revalidated = await getDocument(second.url + path, atFirst.etag ?? '');
          expect([revalidated.status, revalidated.text], path).toEqual([304, '']);
        }
      }
      const crl = await getDocument(`${second.url}/.well-known/crl/${revokedKid}.json`);
      expect(crl.status).toBe(200);
      expect(crl.text).toContain('twoRegisters');
    });

    it('refuses a login’s failed sign-ins spread over both registers at the same count as on one', async () => {
      const limit = SIGN_IN_LIMITS.perLogin.maxAttempts;
      const before = proxy.exchanges.length;
      // Each attempt from an address of its own, so only the per-login count can refuse.
      const spread = await attemptsUntilRefused(
        proxy.url,
        demoAccount('lab').login,
        (attempt) => `203.0.113.${attempt}`,
        limit + 5,
      );
      const oneRegister = await attemptsUntilRefused(
        registerAt(0).url,
        demoAccount('commission').login,
        (attempt) => `198.51.100.${attempt}`,
        limit + 5,
      );
      expect(spread.statuses.slice(0, limit)).toEqual(Array<number>(limit).fill(401));
      expect([spread.refusedAt, spread.code]).toEqual([limit + 1, 'too-many-attempts']);
      expect(oneRegister.refusedAt).toBe(spread.refusedAt);
      const reached = new Set(proxy.exchanges.slice(before).map((exchange) => exchange.upstream));
      expect(reached).toEqual(new Set([0, 1]));
    }, 60_000);

    it('refuses one address’s sign-ins spread over both registers at its per-address limit', async () => {
      const limit = SIGN_IN_LIMITS.perAddress.maxAttempts;
      let refusedAt: number | null = null;
      for (let attempt = 1; attempt <= limit + 3 && refusedAt === null; attempt += 1) {
        const response = await fetch(`${proxy.url}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.77' },
          body: JSON.stringify({ login: `made-up-${attempt}`, password: 'guess' }),
        });
        if (response.status === 429) refusedAt = attempt;
        else expect(response.status).toBe(401);
        await response.body?.cancel();
      }
      expect(refusedAt).toBe(limit + 1);
    }, 60_000);
  });
}
