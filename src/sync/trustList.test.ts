import { describe, expect, it } from 'vitest';
import { ok } from '../core/result';
import type { Transport, TransportRequest } from './transport';
import { downloadTrustList } from './trustList';
import {
  crlA,
  deps,
  ISS,
  KID_A,
  KID_B,
  keyA,
  keyB,
  NOW,
  policyV2,
  registerAnswers,
  transportOf,
  type Answers,
} from './trustListFixture';

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
