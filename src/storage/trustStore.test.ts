import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_ADMISSION_POLICY } from '../core/admission/policy';
import type { Jwks } from '../core/shc/jwk';
import type { Crl } from '../core/shc/trustList';
import { openDatabase } from './database';
import { loadTrustList, saveTrustList } from './trustStore';

function freshDatabase() {
  return openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
}

const ISS = 'https://register.serodesk.test';
const KID = 'a'.repeat(43);
const jwks: Jwks = {
  keys: [{ kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: KID, use: 'sig', alg: 'ES256' }],
};
const crl: Crl = {
  kid: KID,
  method: 'rid',
  ctr: 2,
  rids: ['Xk3s9_aQ-2M', 'FKDIxsTCGlU.1700000000'],
};
const FETCHED_AT = Date.parse('2026-11-26T10:15:00.000Z');

describe('the cached trust list', () => {
  it('reads back what was saved as core’s TrustList', async () => {
    const db = freshDatabase();
    await saveTrustList(db, [
      { iss: ISS, jwks, crls: new Map([[KID, crl]]), fetchedAt: FETCHED_AT },
    ]);

    const cached = await loadTrustList(db);
    expect(cached.fetchedAt).toBe(FETCHED_AT);
    expect(cached.dropped).toEqual([]);
    const issuer = cached.trust.get(ISS);
    expect(issuer?.jwks).toEqual(jwks);
    expect(issuer?.crls.get(KID)).toEqual(crl);
    expect(issuer?.fetchedAt).toBe(FETCHED_AT);
    expect((await db.trust.get(ISS))?.fetchedAt).toBe('2026-11-26T10:15:00.000Z');
  });

  it('is empty, with no date, before the first download', async () => {
    const cached = await loadTrustList(freshDatabase());
    expect(cached.trust.size).toBe(0);
    expect(cached.fetchedAt).toBeNull();
  });

  it('forgets an issuer the register no longer reports', async () => {
    const db = freshDatabase();
    const other = 'https://old-register.example';
    await saveTrustList(db, [{ iss: other, jwks, crls: new Map(), fetchedAt: FETCHED_AT }]);
    await saveTrustList(db, [{ iss: ISS, jwks, crls: new Map(), fetchedAt: FETCHED_AT + 1 }]);
    expect([...(await loadTrustList(db)).trust.keys()]).toEqual([ISS]);
  });

  it('reports the oldest download when several issuers are cached', async () => {
    const db = freshDatabase();
    await saveTrustList(db, [
      { iss: ISS, jwks, crls: new Map(), fetchedAt: FETCHED_AT },
      { iss: 'https://second.example', jwks, crls: new Map(), fetchedAt: FETCHED_AT - 5000 },
    ]);
    expect((await loadTrustList(db)).fetchedAt).toBe(FETCHED_AT - 5000);
  });

  it.each([
    ['a JWKS without keys', { jwks: { nokeys: [] } }],
    ['an unreadable CRL', { crls: { [KID]: { kid: KID, method: 'rid', ctr: -1, rids: [] } } }],
    ['a CRL filed under another kid', { crls: { ['b'.repeat(43)]: crl } }],
    ['an unreadable date', { fetchedAt: 'yesterday' }],
    ['an issuer that is not https', { iss: 'http://register.serodesk.test' }],
  ])('drops a row with %s, with a warning, and keeps the others', async (_name, broken) => {
    const db = freshDatabase();
    const good = { iss: 'https://good.example', jwks, crls: {}, fetchedAt: '2026-11-26T10:00:00Z' };
    await db.trust.bulkPut([good, { ...good, iss: ISS, crls: { [KID]: crl }, ...broken }]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const cached = await loadTrustList(db);
    expect([...cached.trust.keys()]).toEqual(['https://good.example']);
    expect(cached.dropped).toHaveLength(1);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('keeps the policy, the tags and the CRL’s dates and reasons with the issuer', async () => {
    const db = freshDatabase();
    const policy = { ...DEFAULT_ADMISSION_POLICY, version: 4 };
    const details = {
      updatedAt: '2026-11-26T10:14:02.000Z',
      revocations: new Map([['Xk3s9_aQ-2M', { at: '2026-11-26T10:14:02.000Z', reason: 'fraud' }]]),
    };
    const validators = { jwks: '"j1"', policy: '"p4"', crls: new Map([[KID, '"c2"']]) };
    await saveTrustList(db, [
      {
        iss: ISS,
        jwks,
        crls: new Map([[KID, crl]]),
        crlDetails: new Map([[KID, details]]),
        policy,
        validators,
        fetchedAt: FETCHED_AT,
      },
    ]);

    const cached = await loadTrustList(db);
    expect(cached.trust.get(ISS)?.policy).toEqual(policy);
    expect(cached.trust.get(ISS)?.crls.get(KID)).toEqual(crl);
    expect(cached.issuers.get(ISS)).toEqual({
      crlDetails: new Map([[KID, details]]),
      policy,
      validators,
    });
  });

  it('reads a row written before policies and tags were cached: default policy, nothing to revalidate', async () => {
    const db = freshDatabase();
    // Exactly what release 3 of the database wrote.
    await db.trust.put({
      iss: ISS,
      jwks,
      crls: { [KID]: crl },
      fetchedAt: '2026-11-26T10:15:00.000Z',
    });

    const cached = await loadTrustList(db);
    expect(cached.trust.get(ISS)?.crls.get(KID)).toEqual(crl);
    expect(cached.trust.get(ISS)?.policy).toBeUndefined();
    expect(cached.issuers.get(ISS)).toEqual({
      crlDetails: new Map([[KID, { revocations: new Map() }]]),
      validators: { crls: new Map() },
    });
  });

  it('drops a row whose policy does not read, rather than apply the default silently', async () => {
    const db = freshDatabase();
    const row = { iss: ISS, jwks, crls: {}, fetchedAt: '2026-11-26T10:15:00.000Z' };
    await db.trust.put({ ...row, policy: { version: 0 } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await loadTrustList(db)).dropped).toEqual([ISS]);
    warn.mockRestore();
  });

  it('keeps a CRL whose extra members do not read, without them', async () => {
    const db = freshDatabase();
    await db.trust.put({
      iss: ISS,
      jwks,
      crls: { [KID]: { ...crl, updatedAt: 'yesterday', revocations: [] } },
      fetchedAt: '2026-11-26T10:15:00.000Z',
    });
    const cached = await loadTrustList(db);
    expect(cached.trust.get(ISS)?.crls.get(KID)).toEqual(crl);
    expect(cached.issuers.get(ISS)?.crlDetails.get(KID)).toEqual({ revocations: new Map() });
  });
});
