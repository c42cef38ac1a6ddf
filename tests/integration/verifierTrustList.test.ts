import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyHealthCard } from '../../src/core/shc/verifyHealthCard';
import { recordRevocation } from '../../src/register/trust/revocations';
import { openDatabase } from '../../src/storage/database';
import { loadTrustList } from '../../src/storage/trustStore';
import type { Transport, TransportRequest } from '../../src/sync/transport';
import { createFetchTransport } from '../../src/sync/transport';
import { refreshTrustList } from '../../src/sync/trustList';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import type { EnrolledIssuer } from '../e2e/verifierIssuer';
import { enrolTestTablet } from '../e2e/verifierIssuer';

// The verifier's trust list against the real register over HTTP: the issuer it reports, its
// JWKS, a CRL that exists and a key that has none yet (404), then verification offline from
// the saved copy, as the verifier screen does it.
describe('the verifier’s trust list from the real register', () => {
  let register: RunningRegister;
  let issuer: EnrolledIssuer;
  let unrevokedKid: string;

  beforeAll(async () => {
    register = await startRegister();
    issuer = await enrolTestTablet(register);
    unrevokedKid = (await enrolTestTablet(register)).key.publicJwk.kid;
    await recordRevocation(register.db, {
      kid: issuer.key.publicJwk.kid,
      rid: 'revokedCard',
      reason: 'error',
      at: new Date(),
    });
  });

  afterAll(async () => {
    await register.stop();
  });

  it('downloads, saves and verifies offline: valid, and revoked by rid', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const transport = createFetchTransport({ baseUrl: register.url });
    const now = Date.now();
    const refreshed = await refreshTrustList(db, {
      transport,
      subtle: crypto.subtle,
      now: () => now,
      defaultIssuer: register.url,
    });
    expect(refreshed.ok).toBe(true);

    const cached = await loadTrustList(db);
    expect([...cached.trust.keys()]).toEqual(['https://register.serodesk.test']);
    const trust = cached.trust.get('https://register.serodesk.test');
    expect(trust?.jwks.keys.map((key) => key.kid)).toContain(unrevokedKid);
    expect(trust?.crls.get(issuer.key.publicJwk.kid)?.rids).toEqual(['revokedCard']);
    expect(trust?.crls.has(unrevokedKid)).toBe(false);
    expect(
      cached.issuers
        .get('https://register.serodesk.test')
        ?.crlDetails.get(issuer.key.publicJwk.kid)
        ?.revocations.get('revokedCard')?.reason,
    ).toBe('error');

    const context = { subtle: crypto.subtle, trust: cached.trust, now };
    const valid = await verifyHealthCard(await issuer.issue({ rid: 'goodCard001' }), context);
    expect([valid.verdict, valid.reason, valid.warnings]).toEqual(['valid', 'valid', []]);
    const revoked = await verifyHealthCard(await issuer.issue({ rid: 'revokedCard' }), context);
    expect(revoked.reason).toBe('rid-revoked');
  });

  it('revalidates with 304s, then picks up a revocation on the next poll', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const seen: { request: TransportRequest; status: number }[] = [];
    const fetchTransport = createFetchTransport({ baseUrl: register.url });
    const transport: Transport = async (request) => {
      const answer = await fetchTransport(request);
      seen.push({ request, status: answer.ok ? answer.value.status : 0 });
      return answer;
    };
    let clock = Date.now();
    const deps = {
      transport,
      subtle: crypto.subtle,
      now: () => clock,
      defaultIssuer: register.url,
    };
    expect((await refreshTrustList(db, deps)).ok).toBe(true);
    const card = await issuer.issue({ rid: 'laterRevoked' });
    const verdictNow = async () =>
      (
        await verifyHealthCard(card, {
          subtle: crypto.subtle,
          trust: (await loadTrustList(db)).trust,
          now: clock,
        })
      ).verdict;
    expect(await verdictNow()).toBe('valid');

    seen.length = 0;
    clock += 20_000;
    expect((await refreshTrustList(db, deps)).ok).toBe(true);
    expect(seen.map((entry) => [entry.request.path, entry.status])).toEqual([
      ['/api/health', 200],
      ['/.well-known/jwks.json', 304],
      ['/.well-known/admission-policy.json', 304],
    ]);
    expect((await loadTrustList(db)).fetchedAt).toBe(clock);

    await recordRevocation(register.db, {
      kid: issuer.key.publicJwk.kid,
      rid: 'laterRevoked',
      reason: 'fraud',
      at: new Date(),
    });
    seen.length = 0;
    clock += 20_000;
    expect((await refreshTrustList(db, deps)).ok).toBe(true);
    expect(seen.map((entry) => [entry.request.path, entry.status])).toEqual([
      ['/api/health', 200],
      ['/.well-known/jwks.json', 200],
      ['/.well-known/admission-policy.json', 304],
      [`/.well-known/crl/${issuer.key.publicJwk.kid}.json`, 200],
    ]);
    expect(await verdictNow()).toBe('revoked');
  });
});
