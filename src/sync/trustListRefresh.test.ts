// Revalidating a cached trust list, and refreshes that fail (downloads: trustList.test.ts).
import { describe, expect, it } from 'vitest';
import { ok } from '../core/result';
import { loadTrustList, saveTrustList } from '../storage/trustStore';
import type { Transport, TransportRequest } from './transport';
import { downloadTrustList, previousOf, refreshTrustList } from './trustList';
import {
  crlA,
  deps,
  freshDatabase,
  ISS,
  KID_A,
  keyA,
  keyB,
  NOW,
  policyV2,
  registerAnswers,
  transportOf,
  type Answers,
} from './trustListFixture';

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
