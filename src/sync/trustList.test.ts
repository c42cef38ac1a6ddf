import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADMISSION_POLICY } from '../core/admission/policy';
import { fail, ok } from '../core/result';
import { generateSigningKey } from '../core/shc/signingKey';
import { openDatabase } from '../storage/database';
import { loadTrustList, saveTrustList } from '../storage/trustStore';
import type { Transport, TransportRequest, TransportResponse } from './transport';
import { downloadTrustList, previousOf, refreshTrustList } from './trustList';

// The register's trust documents as a table of answers by path, each with its entity tag;
// a request that sends the current tag gets a 304, as the real register answers
// (tests/integration/trustDocuments.test.ts covers the register itself).
const subtle = globalThis.crypto.subtle;
const ISS = 'https://register.serodesk.test';
const NOW = Date.parse('2026-11-26T12:00:00Z');
const policyV2 = { ...DEFAULT_ADMISSION_POLICY, version: 2, presenceMonths: 3 };

type Key = { readonly kid: string; readonly [member: string]: unknown };
let keyA: Key;
let keyB: Key;
let KID_A: string;
let KID_B: string;
beforeAll(async () => {
  const a = await generateSigningKey(subtle);
  const b = await generateSigningKey(subtle);
  keyA = { ...a.publicJwk, crlVersion: 3 };
  keyB = { ...b.publicJwk };
  KID_A = a.publicJwk.kid;
  KID_B = b.publicJwk.kid;
});

const crlA = () => ({
  kid: KID_A,
  method: 'rid',
  ctr: 3,
  rids: ['Xk3s9_aQ-2M'],
  updatedAt: '2026-11-26T10:14:02.000Z',
  revocations: { 'Xk3s9_aQ-2M': { at: '2026-11-26T10:14:02.000Z', reason: 'error' } },
});

type Answer = (TransportResponse & { readonly etag?: string }) | 'offline';
type Answers = Record<string, Answer>;

function registerAnswers(overrides: Answers = {}): Answers {
  return {
    '/api/health': { status: 200, body: { status: 'ok', issuer: ISS } },
    '/.well-known/jwks.json': { status: 200, body: { keys: [keyA, keyB] }, etag: '"jwks-1"' },
    '/.well-known/admission-policy.json': { status: 200, body: policyV2, etag: '"policy-2"' },
    [`/.well-known/crl/${KID_A}.json`]: { status: 200, body: crlA(), etag: '"crl-a-3"' },
    ...overrides,
  };
}

function transportOf(answers: Answers, seen: TransportRequest[] = []): Transport {
  return (request) => {
    seen.push(request);
    const answer = answers[request.path];
    if (answer === 'offline') return Promise.resolve(fail('offline'));
    if (answer === undefined) return Promise.resolve(ok({ status: 404, body: null }));
    if (answer.etag !== undefined && request.ifNoneMatch === answer.etag) {
      return Promise.resolve(ok({ status: 304, body: null, etag: answer.etag }));
    }
    return Promise.resolve(ok(answer));
  };
}

const deps = (answers: Answers, seen: TransportRequest[] = []) => ({
  transport: transportOf(answers, seen),
  subtle,
  now: () => NOW,
  defaultIssuer: 'https://origin.example',
});

const freshDatabase = () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('downloading the trust list', () => {
  it('fetches the key set, the policy and the CRL of each key that announces one', async () => {
    const seen: TransportRequest[] = [];
    const result = await downloadTrustList(deps(registerAnswers(), seen));
    if (!result.ok) throw new Error(result.reason);
    expect(result.value.iss).toBe(ISS);
    expect(result.value.jwks.keys.map((key) => key.kid)).toEqual([KID_A, KID_B]);
    expect(result.value.crls).toEqual(
      new Map([[KID_A, { kid: KID_A, method: 'rid', ctr: 3, rids: ['Xk3s9_aQ-2M'] }]]),
    );
    expect(result.value.crlDetails?.get(KID_A)).toEqual({
      updatedAt: '2026-11-26T10:14:02.000Z',
      revocations: new Map([['Xk3s9_aQ-2M', { at: '2026-11-26T10:14:02.000Z', reason: 'error' }]]),
    });
    expect(result.value.policy).toEqual(policyV2);
    expect(result.value.fetchedAt).toBe(NOW);
    // Key B announces no CRL (no crlVersion), so none is asked for.
    expect(seen.map((request) => request.path)).not.toContain(`/.well-known/crl/${KID_B}.json`);
    expect(seen.every((request) => request.method === 'GET')).toBe(true);
    expect(seen.some((request) => request.ifNoneMatch !== undefined)).toBe(false);
  });

  it('takes the origin as the issuer when the register does not name one', async () => {
    const result = await downloadTrustList(
      deps(registerAnswers({ '/api/health': { status: 200, body: { status: 'ok' } } })),
    );
    expect(result.ok && result.value.iss).toBe('https://origin.example');
  });

  it('applies the built-in policy when the register publishes none', async () => {
    const result = await downloadTrustList(
      deps(registerAnswers({ '/.well-known/admission-policy.json': { status: 404, body: null } })),
    );
    expect(result.ok && result.value.policy).toBeUndefined();
  });

  it.each(['http://register.serodesk.test', 'https://register.serodesk.test/'])(
    'refuses an issuer no card could be trusted under (%s)',
    async (issuer) => {
      const result = await downloadTrustList(
        deps(registerAnswers({ '/api/health': { status: 200, body: { issuer } } })),
      );
      expect(!result.ok && result.reason).toBe('issuer-invalid');
    },
  );

  it.each([
    ['offline', () => ({ '/.well-known/jwks.json': 'offline' as const }), 'offline'],
    [
      'a server error',
      () => ({ '/.well-known/jwks.json': { status: 500, body: null } }),
      'register-refused',
    ],
    [
      'a key set that is not one',
      () => ({ '/.well-known/jwks.json': { status: 200, body: [] } }),
      'jwks-refused',
    ],
    [
      'a key whose kid is not its thumbprint',
      () => ({
        '/.well-known/jwks.json': { status: 200, body: { keys: [{ ...keyA, kid: KID_B }] } },
      }),
      'jwks-refused',
    ],
    [
      'a CRL lost mid-way',
      () => ({ [`/.well-known/crl/${KID_A}.json`]: 'offline' as const }),
      'offline',
    ],
    [
      'a CRL for another key',
      () => ({
        [`/.well-known/crl/${KID_A}.json`]: { status: 200, body: { ...crlA(), kid: KID_B } },
      }),
      'crl-refused',
    ],
    [
      'a CRL that lists a rid twice',
      () => ({
        [`/.well-known/crl/${KID_A}.json`]: {
          status: 200,
          body: { ...crlA(), rids: ['Xk3s9_aQ-2M', 'Xk3s9_aQ-2M.1700000000'] },
        },
      }),
      'crl-refused',
    ],
    [
      'a CRL older than the key set says',
      () => ({ [`/.well-known/crl/${KID_A}.json`]: { status: 200, body: { ...crlA(), ctr: 2 } } }),
      'crl-refused',
    ],
    [
      'no CRL for a key that announces one',
      () => ({ [`/.well-known/crl/${KID_A}.json`]: { status: 404, body: null } }),
      'crl-missing',
    ],
    [
      'a policy that does not read',
      () => ({
        '/.well-known/admission-policy.json': {
          status: 200,
          body: { ...policyV2, admittedClasses: [] },
        },
      }),
      'policy-invalid',
    ],
  ] satisfies [string, () => Answers, string][])(
    'fails on %s',
    async (_name, overrides, reason) => {
      const result = await downloadTrustList(deps(registerAnswers(overrides())));
      expect(!result.ok && result.reason).toBe(reason);
    },
  );

  it('names the document and the rule it broke, in Russian and English', async () => {
    const result = await downloadTrustList(
      deps(
        registerAnswers({
          [`/.well-known/crl/${KID_A}.json`]: {
            status: 200,
            body: { ...crlA(), rids: ['Xk3s9_aQ-2M', 'Xk3s9_aQ-2M'] },
          },
        }),
      ),
    );
    if (result.ok || !('refusal' in result)) throw new Error('expected a refusal');
    expect(result.refusal?.ru).toBe(
      `Список отзыва для ключа ${KID_A} отклонён: rid Xk3s9_aQ-2M повторяется`,
    );
    expect(result.refusal?.en).toContain('appears more than once');
  });

  it('reads the key set again when a revocation lands between it and the CRL', async () => {
    let jwksReads = 0;
    const answers = registerAnswers();
    const transport: Transport = (request) => {
      if (request.path === '/.well-known/jwks.json') {
        jwksReads += 1;
        const keys = [{ ...keyA, crlVersion: jwksReads === 1 ? 3 : 4 }, keyB];
        return Promise.resolve(ok({ status: 200, body: { keys } }));
      }
      if (request.path === `/.well-known/crl/${KID_A}.json`) {
        return Promise.resolve(ok({ status: 200, body: { ...crlA(), ctr: 4 } }));
      }
      return transportOf(answers)(request);
    };
    const result = await downloadTrustList({ ...deps(answers), transport });
    expect(result.ok && result.value.crls.get(KID_A)?.ctr).toBe(4);
    expect(jwksReads).toBe(2);
  });
});

describe('revalidating the cached trust list', () => {
  it('asks with the cached tags and, when nothing changed, reads no CRL and keeps every document', async () => {
    const db = freshDatabase();
    expect((await refreshTrustList(db, deps(registerAnswers()))).ok).toBe(true);
    const before = await loadTrustList(db);

    const seen: TransportRequest[] = [];
    const later = { ...deps(registerAnswers(), seen), now: () => NOW + 20_000 };
    expect((await refreshTrustList(db, later)).ok).toBe(true);
    expect(seen.map((request) => [request.path, request.ifNoneMatch])).toEqual([
      ['/api/health', undefined],
      ['/.well-known/jwks.json', '"jwks-1"'],
      ['/.well-known/admission-policy.json', '"policy-2"'],
    ]);
    const after = await loadTrustList(db);
    expect(after.fetchedAt).toBe(NOW + 20_000);
    expect(after.trust.get(ISS)?.crls).toEqual(before.trust.get(ISS)?.crls);
    expect(after.trust.get(ISS)?.policy).toEqual(policyV2);
    expect(after.issuers.get(ISS)?.crlDetails).toEqual(before.issuers.get(ISS)?.crlDetails);
    expect(after.issuers.get(ISS)?.validators).toEqual(before.issuers.get(ISS)?.validators);
  });

  it('fetches only the CRL whose counter the new key set raised, with its cached tag', async () => {
    const db = freshDatabase();
    await refreshTrustList(db, deps(registerAnswers()));
    const seen: TransportRequest[] = [];
    const changed = registerAnswers({
      '/.well-known/jwks.json': {
        status: 200,
        body: { keys: [{ ...keyA, crlVersion: 4 }, keyB] },
        etag: '"jwks-2"',
      },
      [`/.well-known/crl/${KID_A}.json`]: {
        status: 200,
        body: { ...crlA(), ctr: 4, rids: ['Xk3s9_aQ-2M', 'Qw8xNewOne'] },
        etag: '"crl-a-4"',
      },
    });
    expect((await refreshTrustList(db, deps(changed, seen))).ok).toBe(true);
    expect(seen.find((r) => r.path.startsWith('/.well-known/crl/'))?.ifNoneMatch).toBe('"crl-a-3"');
    const cached = await loadTrustList(db);
    expect(cached.trust.get(ISS)?.crls.get(KID_A)?.rids).toEqual(['Xk3s9_aQ-2M', 'Qw8xNewOne']);
    expect(cached.issuers.get(ISS)?.validators.crls.get(KID_A)).toBe('"crl-a-4"');
    expect(cached.issuers.get(ISS)?.validators.jwks).toBe('"jwks-2"');
  });

  it('sends no tag for another issuer’s cached documents', async () => {
    const db = freshDatabase();
    await refreshTrustList(db, deps(registerAnswers()));
    const cached = await loadTrustList(db);
    const previous = previousOf(cached);
    if (previous === undefined) throw new Error('nothing cached');
    const seen: TransportRequest[] = [];
    const moved = registerAnswers({
      '/api/health': { status: 200, body: { issuer: 'https://other.example' } },
    });
    await downloadTrustList(deps(moved, seen), previous);
    expect(seen.some((request) => request.ifNoneMatch !== undefined)).toBe(false);
  });

  it('refuses a 304 to a request that sent no tag', async () => {
    const transport: Transport = (request) =>
      request.path === '/.well-known/jwks.json'
        ? Promise.resolve(ok({ status: 304, body: null }))
        : transportOf(registerAnswers())(request);
    const result = await downloadTrustList({ ...deps(registerAnswers()), transport });
    expect(!result.ok && result.reason).toBe('register-refused');
  });
});

describe('a refresh that fails', () => {
  it('keeps the previous list, and its time, when the network drops part-way', async () => {
    const db = freshDatabase();
    await saveTrustList(db, [{ iss: ISS, jwks: { keys: [keyA] }, crls: new Map(), fetchedAt: 1 }]);
    const broken = registerAnswers({ [`/.well-known/crl/${KID_A}.json`]: 'offline' });
    expect((await refreshTrustList(db, deps(broken))).ok).toBe(false);
    expect((await loadTrustList(db)).fetchedAt).toBe(1);
  });

  it.each([
    [
      'a malformed key set',
      () => ({ '/.well-known/jwks.json': { status: 200, body: { keys: 3 } } }),
    ],
    [
      'a CRL whose ctr does not match the key set',
      () => ({
        '/.well-known/jwks.json': {
          status: 200,
          body: { keys: [{ ...keyA, crlVersion: 5 }, keyB] },
          etag: '"jwks-5"',
        },
        [`/.well-known/crl/${KID_A}.json`]: { status: 200, body: { ...crlA(), ctr: 4 } },
      }),
    ],
    [
      'a policy that does not read',
      () => ({ '/.well-known/admission-policy.json': { status: 200, body: { version: 'x' } } }),
    ],
  ] satisfies [string, () => Answers][])(
    'keeps the good cached list, its time and its CRL when the register sends %s',
    async (_name, overrides) => {
      const db = freshDatabase();
      await refreshTrustList(db, deps(registerAnswers()));
      const good = await loadTrustList(db);
      const later = { ...deps(registerAnswers(overrides())), now: () => NOW + 60_000 };
      expect((await refreshTrustList(db, later)).ok).toBe(false);
      const kept = await loadTrustList(db);
      expect(kept.fetchedAt).toBe(NOW);
      expect(kept.trust).toEqual(good.trust);
    },
  );
});
