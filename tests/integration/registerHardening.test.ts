import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { CertificateId, ClinicId, ContractId, StaffId } from '../../src/core/ids';
import { errorBodySchema } from '../../src/core/protocol/errorBody';
import { pushResponseSchema, SYNC_PROTOCOL_VERSION } from '../../src/core/protocol/sync';
import { FIELD_TOO_LONG } from '../../src/core/records/base';
import { exampleCertificate, exampleContract } from '../../src/core/records/examples';
import { generateSigningKey } from '../../src/core/shc/signingKey';
import { HASH_GATE_DEFAULTS } from '../../src/register/auth/hashGate';
import { SIGN_IN_LIMITS } from '../../src/register/auth/signInLimits';
import { DEMO_STAFF } from '../../src/register/seed';
import { SYNC_BODY_LIMIT_BYTES } from '../../src/register/routes/sync';
import {
  REFUSED_OP_RETENTION_MS,
  sweepRefusedOps,
} from '../../src/register/sync/refusedOpRetention';
import { testDatabases } from '../support/databases';
import { makeFakeApp } from '../support/fakeApp';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { newPerson, signInStaff, staffIds } from '../support/tablets';

// The register against hostile clients and for HTTP hygiene (issue #13), on every engine:
// security headers, source maps, precompressed assets, errors in the API's shape, NUL
// characters, concurrent enrolments, slow clients, sign-in limits and stored token hashes.

const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
const lab = DEMO_STAFF.find((staff) => staff.role === 'lab');
if (registrar === undefined || lab === undefined) throw new Error('demo staff missing');

type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A request with nothing decoded for us, so Content-Encoding and raw bytes can be checked. */
function raw(
  url: string,
  urlPath: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: urlPath,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function errorCode(answer: Raw): string {
  return errorBodySchema.parse(JSON.parse(answer.body.toString('utf8'))).error.code;
}

function postJson(
  url: string,
  urlPath: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return raw(url, urlPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function enrolBody(name: string) {
  const key = await generateSigningKey(globalThis.crypto.subtle);
  return { name, publicJwk: key.publicJwk };
}

describe.each(testDatabases())('the register hardened, on $engine', (database) => {
  let register: RunningRegister;
  let appDir: string;
  let drop: () => Promise<void>;
  const plainJs = 'console.log("plain");'.repeat(100);
  const brotliJs = 'console.log("brotli");'.repeat(100);
  const gzipJs = 'console.log("gzip");'.repeat(100);

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    appDir = makeFakeApp();
    // Three different texts, so the test sees which file was served, not merely that the
    // answer was compressed.
    const asset = path.join(appDir, 'assets', 'app-1a2b3c.js');
    writeFileSync(asset, plainJs);
    writeFileSync(`${asset}.br`, brotliCompressSync(brotliJs));
    writeFileSync(`${asset}.gz`, gzipSync(gzipJs));
    writeFileSync(`${asset}.map`, '{"version":3,"sources":["src/secret.ts"]}');
    register = await startRegister({
      staticDir: appDir,
      ...(created.url === undefined ? {} : { databaseUrl: created.url }),
      env: { TRUST_PROXY: '127.0.0.1' },
    });
  });

  afterAll(async () => {
    await register.stop();
    await drop();
    rmSync(appDir, { recursive: true, force: true });
  });

  it('sends the security headers, with a CSP that allows our scripts and wasm, on the app and the API', async () => {
    for (const urlPath of ['/', '/api/health', '/api/nope', '/assets/app-1a2b3c.js']) {
      const answer = await raw(register.url, urlPath, { headers: { accept: 'text/html' } });
      const csp = String(answer.headers['content-security-policy']);
      expect(csp, urlPath).toContain("default-src 'self'");
      expect(csp, urlPath).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp, urlPath).toContain("frame-ancestors 'none'");
      expect(csp, urlPath).not.toContain('unsafe-inline');
      expect(answer.headers['x-content-type-options'], urlPath).toBe('nosniff');
      expect(answer.headers['referrer-policy'], urlPath).toBe('no-referrer');
      expect(answer.headers['x-frame-options'], urlPath).toBe('DENY');
    }
  });

  it('does not serve source maps, and answers for them in the API error shape', async () => {
    const map = await raw(register.url, '/assets/app-1a2b3c.js.map');
    expect(map.status).toBe(404);
    expect(errorCode(map)).toBe('not-found');
    expect(map.body.toString()).not.toContain('secret.ts');
  });

  it('serves the precompressed brotli or gzip file by content negotiation, and the plain file otherwise', async () => {
    const asset = '/assets/app-1a2b3c.js';
    const br = await raw(register.url, asset, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(brotliJs);

    const gz = await raw(register.url, asset, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(gzipJs);

    const plain = await raw(register.url, asset);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(plainJs);
  });

  it('answers a bad URL, an unknown path and malformed JSON in the API error shape', async () => {
    const undecodable = await raw(register.url, '/api/%E0%A4%A');
    expect(undecodable.status).toBe(400);
    expect(errorCode(undecodable)).toBe('bad-request');
    const unknown = await raw(register.url, '/api/no/such/route', { method: 'DELETE' });
    expect([unknown.status, errorCode(unknown)]).toEqual([404, 'not-found']);
    const wellKnown = await raw(register.url, '/.well-known/nothing-here');
    expect([wellKnown.status, errorCode(wellKnown)]).toEqual([404, 'not-found']);
    const malformed = await raw(register.url, '/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"login":',
    });
    expect([malformed.status, errorCode(malformed)]).toEqual([400, 'malformed-json']);
  });

  it('refuses a NUL character in a login or a tablet name with 400 and the field, not 500', async () => {
    const signIn = await postJson(register.url, '/api/session', {
      login: 'regis\u0000trar',
      password: 'x',
    });
    expect(signIn.status).toBe(400);
    expect(JSON.parse(signIn.body.toString())).toMatchObject({
      error: { code: 'invalid-body', issues: [{ path: 'login', message: 'contains-nul' }] },
    });

    const staff = await signInStaff(register.url, registrar.login, registrar.password);
    const enrol = await postJson(register.url, '/api/tablets', await enrolBody('Окно\u00001'), {
      authorization: `Bearer ${staff.token}`,
    });
    expect(enrol.status).toBe(400);
    expect(JSON.parse(enrol.body.toString())).toMatchObject({
      error: { code: 'invalid-body', issues: [{ path: 'name', message: 'contains-nul' }] },
    });
  });

  it('enrols 30 tablets at once, all 201, each with its own code', async () => {
    const staff = await signInStaff(register.url, registrar.login, registrar.password);
    const bodies = await Promise.all(
      Array.from({ length: 30 }, (_, index) => enrolBody(`Окно ${index}`)),
    );
    const answers = await Promise.all(
      bodies.map((body) =>
        postJson(register.url, '/api/tablets', body, { authorization: `Bearer ${staff.token}` }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
    const codes = answers.map(
      (answer) => (JSON.parse(answer.body.toString()) as { tablet: { code: string } }).tablet.code,
    );
    expect(new Set(codes).size).toBe(30);
  });

  it('quotes the push limit, not the general one, when a push body is too large', async () => {
    const body = Buffer.alloc(SYNC_BODY_LIMIT_BYTES + 1024, 0x20);
    const answer = await raw(register.url, '/api/sync/push', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(answer.status).toBe(413);
    const message = errorBodySchema.parse(JSON.parse(answer.body.toString())).error.message;
    expect(message).toContain(`Limit: ${SYNC_BODY_LIMIT_BYTES} bytes.`);
    expect(message).not.toContain(String(register.config.bodyLimitBytes));
  });

  it('stores the SHA-256 of session and tablet tokens, never the tokens', async () => {
    const staff = await signInStaff(register.url, registrar.login, registrar.password);
    const sha256 = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
    const sessions = await register.db.kysely.selectFrom('session').select('token_hash').execute();
    const stored = sessions.map((row) => row.token_hash);
    expect(stored).toContain(sha256(staff.token));
    expect(stored).not.toContain(staff.token);

    const enrolled = await postJson(register.url, '/api/tablets', await enrolBody('Окно hash'), {
      authorization: `Bearer ${staff.token}`,
    });
    const { token, tablet } = JSON.parse(enrolled.body.toString()) as {
      token: string;
      tablet: { id: string };
    };
    const row = await register.db.kysely
      .selectFrom('tablet')
      .select('token_hash')
      .where('id', '=', tablet.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256(token));
    expect(row.token_hash).not.toBe(token);
  });

  it('refuses a record with an over-long field as its own reason, naming the field', async () => {
    const staff = await signInStaff(register.url, registrar.login, registrar.password);
    const enrolled = await postJson(register.url, '/api/tablets', await enrolBody('Окно long'), {
      authorization: `Bearer ${staff.token}`,
    });
    const { token, tablet, clinic } = JSON.parse(enrolled.body.toString()) as {
      token: string;
      tablet: { id: string };
      clinic: { id: ClinicId };
    };
    const ids = await staffIds(register.db);
    const mine = { clinicId: clinic.id, createdAt: new Date().toISOString() };
    const certificate = exampleCertificate({
      ...mine,
      id: uuidv7() as CertificateId,
      createdBy: ids.commission as StaffId,
      shcJws: 'e'.repeat(2 * 1024 * 1024),
    });
    const contract = exampleContract({
      ...mine,
      id: uuidv7() as ContractId,
      createdBy: ids.registrar as StaffId,
      serviceName: 'Исследование '.repeat(50),
    });
    const pushed = await postJson(
      register.url,
      '/api/sync/push',
      {
        protocolVersion: SYNC_PROTOCOL_VERSION,
        tabletId: tablet.id,
        ops: [
          { opId: uuidv7(), kind: 'certificate', baseVersion: 0, record: certificate },
          { opId: uuidv7(), kind: 'contract', baseVersion: 0, record: contract },
        ],
      },
      { authorization: `Bearer ${token}` },
    );
    expect(pushed.status).toBe(200);
    const answers = pushResponseSchema.parse(JSON.parse(pushed.body.toString())).answers;
    expect(answers).toMatchObject([
      { status: 'rejected', reason: 'field-too-long', detail: `shcJws: ${FIELD_TOO_LONG}` },
      { status: 'rejected', reason: 'field-too-long', detail: `serviceName: ${FIELD_TOO_LONG}` },
    ]);
    const stored = await register.db.kysely
      .selectFrom('clinic_record')
      .select('id')
      .where('id', 'in', [certificate.id, contract.id])
      .execute();
    expect(stored).toEqual([]);
  });

  it('keeps a refused op for a bounded time and the accepted ones for good', async () => {
    const staff = await signInStaff(register.url, registrar.login, registrar.password);
    const enrolled = await postJson(register.url, '/api/tablets', await enrolBody('Окно ops'), {
      authorization: `Bearer ${staff.token}`,
    });
    const { token, tablet, clinic } = JSON.parse(enrolled.body.toString()) as {
      token: string;
      tablet: { id: string };
      clinic: { id: ClinicId };
    };
    const ids = await staffIds(register.db);
    const person = newPerson({ clinicId: clinic.id, now: () => new Date() }, ids.registrar);
    const garbage = { opId: uuidv7(), kind: 'person', baseVersion: 0, record: { junk: true } };
    const good = { opId: uuidv7(), kind: 'person', baseVersion: 0, record: person };
    const pushed = await postJson(
      register.url,
      '/api/sync/push',
      { protocolVersion: SYNC_PROTOCOL_VERSION, tabletId: tablet.id, ops: [garbage, good] },
      { authorization: `Bearer ${token}` },
    );
    const answers = pushResponseSchema.parse(JSON.parse(pushed.body.toString())).answers;
    expect(answers.map((answer) => answer.status)).toEqual(['rejected', 'accepted']);
    const opIds = async () =>
      (
        await register.db.kysely
          .selectFrom('sync_op')
          .select('op_id')
          .where('tablet_id', '=', tablet.id)
          .execute()
      ).map((row) => row.op_id);
    expect((await opIds()).sort()).toEqual([garbage.opId, good.opId].sort());

    expect(await sweepRefusedOps(register.db, new Date())).toBe(0);
    const later = new Date(Date.now() + REFUSED_OP_RETENTION_MS + 60_000);
    expect(await sweepRefusedOps(register.db, later)).toBeGreaterThanOrEqual(1);
    expect(await opIds()).toEqual([good.opId]);
  });

  it('limits guesses at one login across all addresses', async () => {
    const { maxAttempts } = SIGN_IN_LIMITS.perLogin;
    for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
      const refused = await postJson(
        register.url,
        '/api/session',
        { login: lab.login, password: `guess-${attempt}` },
        { 'x-forwarded-for': `198.51.100.${attempt + 1}` },
      );
      expect(refused.status).toBe(401);
    }
    const fromNewAddress = await postJson(
      register.url,
      '/api/session',
      { login: lab.login, password: lab.password },
      { 'x-forwarded-for': '198.51.100.200' },
    );
    expect([fromNewAddress.status, errorCode(fromNewAddress)]).toEqual([429, 'too-many-attempts']);
    expect(Number(fromNewAddress.headers['retry-after'])).toBeGreaterThan(60);
  });

  it('limits made-up logins from one address, and not from another', async () => {
    const { maxAttempts } = SIGN_IN_LIMITS.perAddress;
    const flooder = { 'x-forwarded-for': '203.0.113.66' };
    const codes: string[] = [];
    for (let index = 0; index < maxAttempts + 2; index += 1) {
      const answer = await postJson(
        register.url,
        '/api/session',
        { login: `made-up-${index}`, password: 'x' },
        flooder,
      );
      codes.push(`${answer.status} ${errorCode(answer)}`);
    }
    expect(codes.slice(0, maxAttempts)).toEqual(
      codes.slice(0, maxAttempts).map(() => '401 invalid-credentials'),
    );
    expect(codes.slice(maxAttempts)).toEqual(['429 too-many-attempts', '429 too-many-attempts']);

    const clerk = await postJson(
      register.url,
      '/api/session',
      { login: registrar.login, password: registrar.password },
      { 'x-forwarded-for': '203.0.113.10' },
    );
    expect(clerk.status).toBe(200);
  });

  it('answers sign-ins beyond the hash gate with 429 sign-in-busy instead of piling them up', async () => {
    // More than can run and wait in both lanes together, on any number of cores.
    const beyond = HASH_GATE_DEFAULTS.concurrency + 2 * HASH_GATE_DEFAULTS.maxQueued + 6;
    const answers = await Promise.all(
      Array.from({ length: beyond }, (_, index) =>
        postJson(
          register.url,
          '/api/session',
          { login: `stranger-${index}`, password: 'x' },
          { 'x-forwarded-for': `198.18.${Math.floor(index / 250)}.${(index % 250) + 1}` },
        ),
      ),
    );
    const codes = answers.map((answer) => `${answer.status} ${errorCode(answer)}`);
    expect(codes).toContain('429 sign-in-busy');
    const busy = answers.find((answer) => errorCode(answer) === 'sign-in-busy');
    expect(Number(busy?.headers['retry-after'])).toBeGreaterThan(0);
    expect(
      codes.every((code) => ['401 invalid-credentials', '429 sign-in-busy'].includes(code)),
    ).toBe(true);
  });

  it('does not count a correct sign-in against its login or address', async () => {
    const at = { 'x-forwarded-for': '192.0.2.44' };
    for (let round = 0; round < SIGN_IN_LIMITS.perLogin.maxAttempts + 2; round += 1) {
      const answer = await postJson(
        register.url,
        '/api/session',
        { login: registrar.login, password: registrar.password },
        at,
      );
      expect(answer.status).toBe(200);
    }
  });
});

describe('the register and slow clients', () => {
  let register: RunningRegister;

  beforeAll(async () => {
    register = await startRegister({
      env: { REQUEST_TIMEOUT_MS: '1200', HEADERS_TIMEOUT_MS: '600', KEEP_ALIVE_TIMEOUT_MS: '500' },
    });
  });

  afterAll(async () => {
    await register.stop();
  });

  /** Opens a socket, dribbles `text` a byte at a time; resolves with ms until the server closed it. */
  function dribble(
    text: string,
    everyMs: number,
  ): Promise<{ closedAfterMs: number; answer: string }> {
    return new Promise((resolve, reject) => {
      const target = new URL(register.url);
      const socket = connect(Number(target.port), target.hostname);
      const started = Date.now();
      let answer = '';
      let sent = 0;
      const timer = setInterval(() => {
        if (sent < text.length && socket.writable) socket.write(text.charAt(sent++));
      }, everyMs);
      socket.on('data', (chunk: Buffer) => {
        answer += chunk.toString();
      });
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ closedAfterMs: Date.now() - started, answer });
      });
      setTimeout(() => {
        clearInterval(timer);
        socket.destroy();
        reject(new Error('the server kept a dribbling connection open for 10 s'));
      }, 10_000);
    });
  }

  it('closes a connection that dribbles its headers a byte every 100 ms, within the header timeout', async () => {
    const headers = `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: ${'a'.repeat(200)}\r\n\r\n`;
    const { closedAfterMs, answer } = await dribble(headers, 100);
    expect(closedAfterMs).toBeLessThan(600 + 1_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"request-timeout"');
  });

  it('closes a connection that dribbles its body, within the request timeout', async () => {
    const body = JSON.stringify({ login: 'x', password: 'y'.repeat(200) });
    const request =
      `POST /api/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\n\r\n`;
    const target = new URL(register.url);
    const socket = connect(Number(target.port), target.hostname);
    const started = Date.now();
    socket.write(request);
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < body.length && socket.writable) socket.write(body.charAt(sent++));
    }, 100);
    socket.on('error', () => undefined);
    const closedAfterMs = await new Promise<number>((resolve, reject) => {
      socket.on('close', () => {
        resolve(Date.now() - started);
      });
      setTimeout(() => {
        reject(new Error('still open after 10 s'));
      }, 10_000);
    }).finally(() => {
      clearInterval(timer);
    });
    expect(closedAfterMs).toBeLessThan(1_200 + 1_000);
  });

  it('keeps serving ordinary requests meanwhile', async () => {
    const health = await fetch(`${register.url}/api/health`);
    expect(health.status).toBe(200);
  });
});
