import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/core/protocol/errorBody';
import { signInResponseSchema } from '../../src/core/protocol/session';
import { enrolResponseSchema } from '../../src/core/protocol/tablet';
import { issueHealthCard } from '../../src/core/shc/issueCard';
import { parseCrl, parseJwks } from '../../src/core/shc/index';
import type { SigningKey } from '../../src/core/shc/signingKey';
import { generateSigningKey, signerFor } from '../../src/core/shc/signingKey';
import type { TrustList } from '../../src/core/shc/trustList';
import { verifyHealthCard } from '../../src/core/shc/verifyHealthCard';
import { recordRevocation } from '../../src/register/trust/revocations';
import { DEMO_STAFF } from '../../src/register/seed';
import { testDatabases } from '../support/databases';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';

// Enrolment and the trust documents: a tablet's key becomes part of the issuer's JWKS, a
// revocation reaches the key's CRL, and a card the tablet signs verifies against exactly what
// the register publishes.
const subtle = globalThis.crypto.subtle;

function account(role: string) {
  const found = DEMO_STAFF.find((staff) => staff.role === role);
  if (found === undefined) throw new Error(`no demo ${role}`);
  return found;
}

async function request(register: RunningRegister, path: string, init: RequestInit = {}) {
  const response = await fetch(register.url + path, init);
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text ? (JSON.parse(text) as unknown) : null,
  };
}

async function signIn(register: RunningRegister, role: string): Promise<string> {
  const { login, password } = account(role);
  const answer = await request(register, '/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  return signInResponseSchema.parse(answer.json).token;
}

function enrol(register: RunningRegister, token: string, key: SigningKey, name = 'Окно 1') {
  return request(register, '/api/tablets', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ name, publicJwk: key.publicJwk }),
  });
}

async function trustListOf(register: RunningRegister, kid: string): Promise<TrustList> {
  const jwks = parseJwks((await request(register, '/.well-known/jwks.json')).json);
  if (!jwks.ok) throw new Error('jwks did not parse');
  const crlAnswer = await request(register, `/.well-known/crl/${kid}.json`);
  const crls = new Map();
  if (crlAnswer.status === 200) {
    const crl = parseCrl(crlAnswer.json);
    if (!crl.ok) throw new Error('crl did not parse');
    crls.set(kid, crl.value);
  }
  return new Map([[register.config.issuerUrl, { jwks: jwks.value, crls, fetchedAt: Date.now() }]]);
}

describe.each(testDatabases())('tablet enrolment and trust documents on $engine', (database) => {
  let register: RunningRegister;
  let drop: () => Promise<void>;
  let registrarToken: string;
  let key: SigningKey;

  beforeAll(async () => {
    const created = await database.create();
    drop = created.drop;
    register = await startRegister({ databaseUrl: created.url });
    registrarToken = await signIn(register, 'registrar');
    key = await generateSigningKey(subtle);
  });

  afterAll(async () => {
    await register.stop();
    await drop();
  });

  it('enrols a tablet with its key and gives it a code, a token and the clinic', async () => {
    const answer = await enrol(register, registrarToken, key);
    expect(answer.status).toBe(201);
    const enrolled = enrolResponseSchema.parse(answer.json);
    expect(enrolled.tablet.code).toBe('T1');
    expect(enrolled.clinic.settings.kits.length).toBeGreaterThan(0);

    const clinic = await request(register, '/api/clinic', {
      headers: { authorization: `Bearer ${enrolled.token}` },
    });
    expect(clinic.status).toBe(200);
  });

  it('gives the next tablet the next code, never reusing one', async () => {
    const second = await enrol(
      register,
      registrarToken,
      await generateSigningKey(subtle),
      'Окно 2',
    );
    expect(enrolResponseSchema.parse(second.json).tablet.code).toBe('T2');
  });

  it('refuses the same key twice, a key whose kid is not its thumbprint, and a lab account', async () => {
    const again = await enrol(register, registrarToken, key);
    expect(again.status).toBe(409);
    expect(errorBodySchema.parse(again.json).error.code).toBe('key-already-enrolled');

    const other = await generateSigningKey(subtle);
    const forged = { ...other, publicJwk: { ...other.publicJwk, kid: key.publicJwk.kid } };
    expect((await enrol(register, registrarToken, forged)).status).toBe(400);

    const lab = await enrol(register, await signIn(register, 'lab'), other);
    expect(lab.status).toBe(403);
    expect(errorBodySchema.parse(lab.json).error.code).toBe('role-may-not-enrol');
  });

  it('gives tablets enrolling at the same moment distinct codes', async () => {
    const keys = await Promise.all([1, 2, 3, 4].map(() => generateSigningKey(subtle)));
    const answers = await Promise.all(
      keys.map((k, i) => enrol(register, registrarToken, k, `Кабинет ${i}`)),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    const codes = answers.map((a) => enrolResponseSchema.parse(a.json).tablet.code);
    expect(new Set(codes).size).toBe(4);
  });

  it('publishes the enrolled keys, readable from any origin', async () => {
    const answer = await request(register, '/.well-known/jwks.json');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    const jwks = parseJwks(answer.json);
    expect(jwks.ok && jwks.value.keys.map((k) => k.kid)).toContain(key.publicJwk.kid);
  });

  it('verifies a card the tablet signed, then calls it revoked once its rid is on the CRL', async () => {
    const now = Date.now();
    const issued = await issueHealthCard(
      {
        patient: {
          familyLatin: 'SHCHERBAKOV',
          givenLatin: ['ARTEM'],
          familyCyrillic: 'Щербаков',
          givenCyrillic: ['Артём'],
          birthDate: '1985-03-14',
        },
        test: {
          loinc: '94563-4',
          result: '260373001',
          effectiveDateTime: '2026-11-20',
          performer: 'ГП №3',
        },
        issuer: register.config.issuerUrl,
        nbf: Math.floor(now / 1000) - 60,
        exp: Math.floor(now / 1000) + 86_400,
        rid: 'Rid0000000001',
      },
      key.publicJwk.kid,
      signerFor(subtle, key.privateKey),
    );
    if (!issued.ok) throw new Error(issued.reason);
    const kid = key.publicJwk.kid;
    expect((await request(register, `/.well-known/crl/${kid}.json`)).status).toBe(404);

    const before = await verifyHealthCard(issued.value.jws, {
      subtle,
      trust: await trustListOf(register, kid),
      now,
    });
    expect(before.verdict).toBe('valid');

    const revocation = { kid, rid: 'Rid0000000001', reason: 'correction', at: new Date(now) };
    expect(await recordRevocation(register.db, revocation)).toBe(true);
    expect(await recordRevocation(register.db, revocation)).toBe(false);
    const crl = await request(register, `/.well-known/crl/${kid}.json`);
    expect(crl.json).toMatchObject({ kid, method: 'rid', ctr: 1, rids: ['Rid0000000001'] });

    const after = await verifyHealthCard(issued.value.jws, {
      subtle,
      trust: await trustListOf(register, kid),
      now,
    });
    expect(after.verdict).toBe('revoked');
  });
});
