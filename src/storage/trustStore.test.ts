import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
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
});
