import { rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/core/protocol/errorBody';
import { signInResponseSchema, staffInfoSchema } from '../../src/core/protocol/session';
import { SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import { SCHEMA_VERSION } from '../../src/register/db/migrations';
import { findClinicByCode } from '../../src/register/clinics';
import {
  DEMO_AUTHORITY,
  DEMO_CLINIC,
  DEMO_CLINIC_SETTINGS,
  DEMO_COMMISSION_ORDER,
  DEMO_REGIONAL_STAFF,
  DEMO_STAFF,
} from '../../src/register/seed';
import { SIGN_IN_ATTEMPTS } from '../../src/register/server';
import { testDatabases } from '../support/databases';
import { FAKE_INDEX_HTML, makeFakeApp } from '../support/fakeApp';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';

// The register foundation end to end over real HTTP, on every configured database engine.

const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
if (registrar === undefined) throw new Error('the demo seed has no registrar');

type Answer = { status: number; headers: Headers; text: string; json: unknown };

async function call(register: RunningRegister, urlPath: string, init?: RequestInit) {
  const response = await fetch(register.url + urlPath, init);
  const text = await response.text();
  let json: unknown = undefined;
  if ((response.headers.get('content-type') ?? '').includes('application/json')) {
    json = JSON.parse(text);
  }
  const answer: Answer = { status: response.status, headers: response.headers, text, json };
  return answer;
}

function postJson(register: RunningRegister, urlPath: string, body: unknown) {
  return call(register, urlPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function errorCodeOf(answer: Answer): string {
  return errorBodySchema.parse(answer.json).error.code;
}

describe.each(testDatabases())('the register on $engine', (database) => {
  let register: RunningRegister;
  let appDir: string;
  let drop: () => Promise<void>;
  let databaseUrl: string | undefined;

  beforeAll(async () => {
    const created = await database.create();
    databaseUrl = created.url;
    drop = created.drop;
    appDir = makeFakeApp();
    register = await startRegister({ staticDir: appDir, databaseUrl });
  });

  afterAll(async () => {
    await register.stop();
    await drop();
    rmSync(appDir, { recursive: true, force: true });
  });

  it('answers health with the database kind and the schema version', async () => {
    const answer = await call(register, '/api/health');
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      status: 'ok',
      database: database.engine,
      schemaVersion: SCHEMA_VERSION,
      protocolVersion: SYNC_PROTOCOL_VERSION,
      issuer: register.config.issuerUrl,
    });
  });

  it('signs in a demo account, knows the session, and signs it out', async () => {
    const signIn = await postJson(register, '/api/session', {
      login: registrar.login,
      password: registrar.password,
    });
    expect(signIn.status).toBe(200);
    const { token, staff } = signInResponseSchema.parse(signIn.json);
    expect(staff).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      login: 'registrar',
      displayName: registrar.displayName,
      role: 'registrar',
      clinic: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        code: DEMO_CLINIC.code,
        nameRu: DEMO_CLINIC.nameRu,
        nameEn: DEMO_CLINIC.nameEn,
      },
    });

    const auth = { authorization: `Bearer ${token}` };
    const current = await call(register, '/api/session', { headers: auth });
    expect(current.status).toBe(200);
    expect(staffInfoSchema.parse((current.json as { staff: unknown }).staff).login).toBe(
      'registrar',
    );

    const signOut = await call(register, '/api/session', { method: 'DELETE', headers: auth });
    expect(signOut.status).toBe(204);
    const after = await call(register, '/api/session', { headers: auth });
    expect(after.status).toBe(401);
    expect(errorCodeOf(after)).toBe('unauthenticated');
  });

  it('gives the same 401 for a wrong password and an unknown login', async () => {
    const wrongPassword = await postJson(register, '/api/session', {
      login: 'lab',
      password: 'not-the-password',
    });
    const unknownLogin = await postJson(register, '/api/session', {
      login: 'nobody-here',
      password: 'not-the-password',
    });
    expect(wrongPassword.status).toBe(401);
    expect(errorCodeOf(wrongPassword)).toBe('invalid-credentials');
    expect(unknownLogin.status).toBe(401);
    expect(unknownLogin.json).toEqual(wrongPassword.json);
  });

  it('refuses sign-in with 429 after too many attempts for one login, even the right password', async () => {
    const commission = DEMO_STAFF.find((staff) => staff.role === 'commission');
    if (commission === undefined) throw new Error('the demo seed has no commission member');
    for (let attempt = 0; attempt < SIGN_IN_ATTEMPTS.maxAttempts; attempt += 1) {
      const refused = await postJson(register, '/api/session', {
        login: commission.login,
        password: `guess-${attempt}`,
      });
      expect(refused.status).toBe(401);
    }
    const limited = await postJson(register, '/api/session', {
      login: commission.login,
      password: commission.password,
    });
    expect(limited.status).toBe(429);
    expect(errorCodeOf(limited)).toBe('too-many-attempts');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    const otherLogin = await postJson(register, '/api/session', {
      login: registrar.login,
      password: registrar.password,
    });
    expect(otherLogin.status).toBe(200);
  });

  it('refuses bad input with 4xx and the JSON error shape, and keeps serving', async () => {
    const malformed = await call(register, '/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"login": "registrar", ',
    });
    const wrongType = await call(register, '/api/session', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'login=registrar',
    });
    const oversized = await call(register, '/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'x'.repeat(register.config.bodyLimitBytes) }),
    });
    const unknownRoute = await call(register, '/api/nope', { method: 'POST' });

    expect([malformed.status, errorCodeOf(malformed)]).toEqual([400, 'malformed-json']);
    expect([wrongType.status, errorCodeOf(wrongType)]).toEqual([415, 'unsupported-media-type']);
    expect([oversized.status, errorCodeOf(oversized)]).toEqual([413, 'body-too-large']);
    expect([unknownRoute.status, errorCodeOf(unknownRoute)]).toEqual([404, 'not-found']);
    for (const answer of [malformed, wrongType, oversized, unknownRoute]) {
      expect(errorBodySchema.parse(answer.json).error.message.length).toBeGreaterThan(10);
    }
    expect((await call(register, '/api/health')).status).toBe(200);
  });

  it('names the fields of a body that does not match the schema', async () => {
    const answer = await postJson(register, '/api/session', { login: 42 });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({
      error: {
        code: 'invalid-body',
        issues: [
          { path: 'login', message: expect.any(String) as unknown },
          { path: 'password', message: expect.any(String) as unknown },
        ],
      },
    });
  });

  it('serves the app shell for a deep link but JSON 404 for an unknown API path', async () => {
    const html = { accept: 'text/html,application/xhtml+xml' };
    const deepLink = await call(register, '/desk/today', { headers: html });
    expect(deepLink.status).toBe(200);
    expect(deepLink.text).toBe(FAKE_INDEX_HTML);
    expect(deepLink.headers.get('cache-control')).toBe('no-cache');

    const api = await call(register, '/api/nope', { headers: html });
    expect(api.status).toBe(404);
    expect(errorCodeOf(api)).toBe('not-found');
    const wellKnown = await call(register, '/.well-known/nope.json', { headers: html });
    expect(wellKnown.status).toBe(404);
  });

  it('caches hashed assets for a year and revalidates the shell, worker and manifest', async () => {
    const asset = await call(register, '/assets/index-3f9a1c2b.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const file of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const answer = await call(register, file);
      expect([file, answer.status, answer.headers.get('cache-control')]).toEqual([
        file,
        200,
        'no-cache',
      ]);
    }
  });

  it('keeps passwords, tokens and bodies out of its logs', async () => {
    const signIn = await postJson(register, '/api/session', {
      login: 'admin',
      password: 'demo-admin',
    });
    const { token } = signInResponseSchema.parse(signIn.json);
    await call(register, '/api/session', { headers: { authorization: `Bearer ${token}` } });
    const logs = register.logLines.join('');
    expect(logs).toContain('"path":"/api/session"');
    expect(logs).not.toContain('demo-admin');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain('Bearer');
  });

  it('says how to build the app when there is none, while the API keeps working', async () => {
    const apiOnly = await startRegister({ databaseUrl });
    try {
      const root = await call(apiOnly, '/', { headers: { accept: 'text/html' } });
      expect(root.status).toBe(200);
      expect(root.text).toContain('npm run build');
      expect((await call(apiOnly, '/api/health')).status).toBe(200);
    } finally {
      await apiOnly.stop();
    }
  });

  it('ends a session after its lifetime, by the register clock', async () => {
    let now = new Date('2026-11-26T08:00:00.000Z');
    const clocked = await startRegister({ databaseUrl, now: () => now });
    try {
      const signIn = await postJson(clocked, '/api/session', {
        login: 'verifier',
        password: 'demo-verifier',
      });
      const { token } = signInResponseSchema.parse(signIn.json);
      const auth = { authorization: `Bearer ${token}` };
      now = new Date('2026-11-26T19:59:00.000Z');
      expect((await call(clocked, '/api/session', { headers: auth })).status).toBe(200);
      now = new Date('2026-11-26T20:00:00.000Z');
      expect((await call(clocked, '/api/session', { headers: auth })).status).toBe(401);
    } finally {
      await clocked.stop();
    }
  });

  it('seeds the demo clinic with settings that read back through the domain schema', async () => {
    const clinic = await findClinicByCode(register.db, DEMO_CLINIC.code, register.config);
    expect(clinic?.nameRu).toBe(DEMO_CLINIC.nameRu);
    expect(clinic?.issuerUrl).toBe(register.config.issuerUrl);
    // The commission names the seeded accounts, whose ids are new on every register: the
    // chair `commission`, the members `commission2` and `commission3` (issue #11).
    const { commission, ...settings } = clinic?.settings ?? { commission: undefined };
    expect(settings).toEqual(DEMO_CLINIC_SETTINGS);
    const staff = await register.db.kysely.selectFrom('staff').select(['id', 'login']).execute();
    const idOf = (login: string) => staff.find((row) => row.login === login)?.id;
    expect(commission).toEqual({
      ...DEMO_COMMISSION_ORDER,
      chairId: idOf('commission'),
      memberIds: [idOf('commission2'), idOf('commission3')],
    });
    expect(clinic?.settings.priceList.map((item) => item.priceKopecks)).toEqual([
      95_000, 90_000, 85_000, 65_000, 30_000,
    ]);
  });

  it('reuses the data on a second start instead of seeding again', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'serodesk-restart-'));
    const fresh = await database.create();
    try {
      const first = await startRegister({ dataDir, databaseUrl: fresh.url });
      expect(first.seed).toBe('seeded');
      await first.stop();
      const second = await startRegister({ dataDir, databaseUrl: fresh.url });
      try {
        expect(second.seed).toBe('kept-existing');
        const staff = await second.db.kysely
          .selectFrom('staff')
          .select((eb) => eb.fn.countAll().as('count'))
          .executeTakeFirstOrThrow();
        expect(Number(staff.count)).toBe(DEMO_STAFF.length + DEMO_REGIONAL_STAFF.length);
        const clinics = await second.db.kysely
          .selectFrom('clinic')
          .select(['code', 'kind'])
          .orderBy('code')
          .execute();
        expect(clinics).toEqual([
          { code: DEMO_AUTHORITY.code, kind: 'authority' },
          { code: DEMO_CLINIC.code, kind: 'clinic' },
        ]);
      } finally {
        await second.stop();
      }
    } finally {
      await fresh.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
