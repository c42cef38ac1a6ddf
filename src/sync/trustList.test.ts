import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fail, ok } from '../core/result';
import { openDatabase } from '../storage/database';
import { loadTrustList, saveTrustList } from '../storage/trustStore';
import type { Transport, TransportRequest, TransportResponse } from './transport';
import { downloadTrustList, refreshTrustList } from './trustList';

// The register's trust documents as a table of answers by path (the real register's routes
// are covered by the browser tests); each test changes one answer.
const ISS = 'https://register.serodesk.test';
const KID_A = 'A'.repeat(43);
const KID_B = 'B'.repeat(43);
const key = (kid: string) => ({
  kty: 'EC',
  crv: 'P-256',
  x: 'x',
  y: 'y',
  kid,
  use: 'sig',
  alg: 'ES256',
});
const crlA = { kid: KID_A, method: 'rid', ctr: 3, rids: ['Xk3s9_aQ-2M'] };
const NOW = Date.parse('2026-11-26T12:00:00Z');

type Answers = Record<string, TransportResponse | 'offline'>;

function registerAnswers(overrides: Answers = {}): Answers {
  return {
    '/api/health': { status: 200, body: { status: 'ok', issuer: ISS } },
    '/.well-known/jwks.json': { status: 200, body: { keys: [key(KID_A), key(KID_B)] } },
    [`/.well-known/crl/${KID_A}.json`]: { status: 200, body: crlA },
    [`/.well-known/crl/${KID_B}.json`]: { status: 404, body: { error: { code: 'not-found' } } },
    ...overrides,
  };
}

function transportOf(answers: Answers, seen: TransportRequest[] = []): Transport {
  return (request) => {
    seen.push(request);
    const answer = answers[request.path];
    if (answer === 'offline') return Promise.resolve(fail('offline'));
    return Promise.resolve(ok(answer ?? { status: 404, body: null }));
  };
}

const deps = (answers: Answers) => ({
  transport: transportOf(answers),
  now: () => NOW,
  defaultIssuer: 'https://origin.example',
});

describe('downloading the trust list', () => {
  it('fetches the JWKS and each key’s CRL, a 404 meaning no CRL yet', async () => {
    const seen: TransportRequest[] = [];
    const result = await downloadTrustList({
      ...deps(registerAnswers()),
      transport: transportOf(registerAnswers(), seen),
    });
    expect(result.ok && result.value).toEqual({
      iss: ISS,
      jwks: { keys: [key(KID_A), key(KID_B)] },
      crls: new Map([[KID_A, crlA]]),
      fetchedAt: NOW,
    });
    expect(seen.every((request) => request.method === 'GET')).toBe(true);
  });

  it('takes the origin as the issuer when the register does not name one', async () => {
    const result = await downloadTrustList(
      deps(registerAnswers({ '/api/health': { status: 200, body: { status: 'ok' } } })),
    );
    expect(result.ok && result.value.iss).toBe('https://origin.example');
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
    ['offline', { '/.well-known/jwks.json': 'offline' as const }, 'offline'],
    [
      'a JWKS that is not one',
      { '/.well-known/jwks.json': { status: 200, body: [] } },
      'jwks-invalid',
    ],
    [
      'a server error',
      { '/.well-known/jwks.json': { status: 500, body: null } },
      'register-refused',
    ],
    ['a CRL lost mid-way', { [`/.well-known/crl/${KID_B}.json`]: 'offline' as const }, 'offline'],
    [
      'a CRL for another key',
      { [`/.well-known/crl/${KID_B}.json`]: { status: 200, body: crlA } },
      'crl-invalid',
    ],
    [
      'an unreadable CRL',
      { [`/.well-known/crl/${KID_A}.json`]: { status: 200, body: { kid: KID_A } } },
      'crl-invalid',
    ],
  ] satisfies [string, Answers, string][])('fails on %s', async (_name, overrides, reason) => {
    const result = await downloadTrustList(deps(registerAnswers(overrides)));
    expect(!result.ok && result.reason).toBe(reason);
  });
});

describe('refreshing the cached trust list', () => {
  const freshDatabase = () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });

  it('saves a complete download with its time', async () => {
    const db = freshDatabase();
    expect((await refreshTrustList(db, deps(registerAnswers()))).ok).toBe(true);
    const cached = await loadTrustList(db);
    expect(cached.fetchedAt).toBe(NOW);
    expect(cached.trust.get(ISS)?.crls.get(KID_A)).toEqual(crlA);
  });

  it('keeps the previous list when a download fails part-way', async () => {
    const db = freshDatabase();
    await saveTrustList(db, [
      { iss: ISS, jwks: { keys: [key(KID_A)] }, crls: new Map(), fetchedAt: 1 },
    ]);
    const broken = registerAnswers({ [`/.well-known/crl/${KID_A}.json`]: 'offline' });
    expect((await refreshTrustList(db, deps(broken))).ok).toBe(false);
    expect((await loadTrustList(db)).fetchedAt).toBe(1);
  });
});
