import { beforeAll, describe, expect, it } from 'vitest';
import {
  certificateInput,
  ISSUED_AT,
  makeTestIssuer,
  subtle,
  TEST_ISSUER,
  type TestIssuer,
} from '../../../tests/fixtures/shc/testIssuer';
import { issueHealthCard } from './issueCard';
import { checkCrl, checkIssuerTrust, checkJwks } from './trustDocuments';
import { verifyHealthCard } from './verifyHealthCard';

let issuer: TestIssuer;
let other: TestIssuer;
beforeAll(async () => {
  issuer = await makeTestIssuer();
  other = await makeTestIssuer();
});

const kidOf = (i: TestIssuer) => i.publicJwk.kid;
const goodCrl = (overrides: Record<string, unknown> = {}) => ({
  kid: kidOf(issuer),
  method: 'rid',
  ctr: 2,
  rids: ['Qw8xT1cZ0aA', 'FKDIxsTCGlU.1795168800'],
  ...overrides,
});
const key = () => ({ kid: kidOf(issuer), crlVersion: 2 });

describe('checking a key set (JWKS) before trusting it', () => {
  it('accepts a key set whose kids are the RFC 7638 thumbprints of their keys', async () => {
    const jwks = { keys: [{ ...issuer.publicJwk, crlVersion: 1 }, other.publicJwk] };
    const checked = await checkJwks(subtle, jwks);
    expect(checked.ok && checked.value.keys.map((k) => k.kid)).toEqual([
      kidOf(issuer),
      kidOf(other),
    ]);
  });

  it('refuses a key whose kid is not its thumbprint, naming the kid and the rule', async () => {
    const jwks = { keys: [{ ...issuer.publicJwk, kid: kidOf(other) }] };
    const checked = await checkJwks(subtle, jwks);
    expect(checked).toMatchObject({
      ok: false,
      reason: 'jwks-kid-not-thumbprint',
      refusal: { document: 'jwks', rule: 'jwks-kid-not-thumbprint', kid: kidOf(other) },
    });
    if (checked.ok) return;
    expect(checked.refusal.message.ru).toBe(
      `Набор ключей издателя отклонён: kid ${kidOf(other)} не равен отпечатку ключа по RFC 7638 (${kidOf(issuer)})`,
    );
    expect(checked.refusal.message.en).toContain("is not the key's RFC 7638 thumbprint");
  });

  it.each([
    [
      'the same kid twice',
      () => ({ keys: [issuer.publicJwk, issuer.publicJwk] }),
      'jwks-kid-repeated',
    ],
    [
      'a private part d',
      () => ({ keys: [{ ...issuer.publicJwk, d: 'AAAA' }] }),
      'jwks-private-key',
    ],
    [
      'crlVersion 0',
      () => ({ keys: [{ ...issuer.publicJwk, crlVersion: 0 }] }),
      'jwks-crl-version-invalid',
    ],
    [
      'a fractional crlVersion',
      () => ({ keys: [{ ...issuer.publicJwk, crlVersion: 1.5 }] }),
      'jwks-crl-version-invalid',
    ],
    [
      'a key type with no thumbprint rule',
      () => ({ keys: [{ ...issuer.publicJwk, kty: 'XYZ' }] }),
      'jwks-key-type-unknown',
    ],
    ['no keys member', () => ({ key: [] }), 'jwks-invalid'],
    [
      'a kid outside base64url',
      () => ({ keys: [{ ...issuer.publicJwk, kid: 'a/b' }] }),
      'jwks-invalid',
    ],
    [
      'an EC key without y',
      () => ({ keys: [{ ...issuer.publicJwk, y: undefined }] }),
      'jwks-invalid',
    ],
  ] as const)('refuses a key set with %s', async (_what, jwks, rule) => {
    const checked = await checkJwks(subtle, jwks());
    expect(checked).toMatchObject({ ok: false, reason: rule, refusal: { document: 'jwks', rule } });
    if (!checked.ok)
      expect(checked.refusal.message.ru).toMatch(/^Набор ключей издателя отклонён: /);
  });
});

describe('checking a revocation list (CRL) before trusting it', () => {
  it('accepts a CRL that names its key, method rid, the key set’s ctr and distinct rids', () => {
    expect(checkCrl(goodCrl(), key())).toEqual({ ok: true, value: goodCrl() });
  });

  it('accepts an empty CRL', () => {
    expect(checkCrl(goodCrl({ rids: [] }), key()).ok).toBe(true);
  });

  it('refuses the same rid twice, saying so in the words of the issue', () => {
    const checked = checkCrl(goodCrl({ rids: ['Xk3s9_aQ-2M', 'Xk3s9_aQ-2M'] }), key());
    expect(checked).toMatchObject({ ok: false, reason: 'crl-rid-repeated' });
    if (checked.ok) return;
    expect(checked.refusal.message).toEqual({
      ru: `Список отзыва для ключа ${kidOf(issuer)} отклонён: rid Xk3s9_aQ-2M повторяется`,
      en: `Revocation list of key ${kidOf(issuer)} refused: rid Xk3s9_aQ-2M appears more than once`,
    });
  });

  it('counts a bare rid and the same rid with a timestamp as a repeat', () => {
    const checked = checkCrl(goodCrl({ rids: ['Xk3s9_aQ-2M.1795168800', 'Xk3s9_aQ-2M'] }), key());
    expect(checked).toMatchObject({ ok: false, reason: 'crl-rid-repeated' });
  });

  it.each([
    ['a ctr behind the key set’s crlVersion', { ctr: 1 }, 'crl-ctr-mismatch', 'ctr 1'],
    ['a ctr ahead of the key set’s crlVersion', { ctr: 3 }, 'crl-ctr-mismatch', 'ctr 3'],
    ['an unknown method', { method: 'hash' }, 'crl-method-unknown', '"hash"'],
    [
      'a rid of 25 characters',
      { rids: ['ABCDEFGHIJKLMNOPQRSTUVWXY'] },

      'crl-rid-too-long',
      'ABCDEFGHIJKLMNOPQRSTUVWXY',
    ],
    ['a rid outside base64url', { rids: ['Xk3s9+aQ/2M'] }, 'crl-rid-not-base64url', 'Xk3s9+aQ/2M'],
    ['an empty rid', { rids: [''] }, 'crl-rid-not-base64url', 'rid'],
    [
      'a timestamp that is not seconds',
      { rids: ['Xk3s9_aQ-2M.soon'] },

      'crl-rid-timestamp-invalid',
      'Xk3s9_aQ-2M.soon',
    ],
    ['two dots', { rids: ['Xk3s9_aQ-2M.1.2'] }, 'crl-rid-timestamp-invalid', '.1.2'],
    ['a negative ctr', { ctr: -1 }, 'crl-invalid', 'ctr'],
    ['rids that are not strings', { rids: [42] }, 'crl-invalid', 'rids'],
  ] as const)('refuses a CRL with %s', (_what, overrides, rule, named) => {
    const checked = checkCrl(goodCrl(overrides), key());
    expect(checked).toMatchObject({ ok: false, reason: rule, refusal: { document: 'crl', rule } });
    if (checked.ok) return;
    expect(checked.refusal.message.ru).toMatch(/^Список отзыва для ключа .* отклонён: /);
    expect(checked.refusal.message.en).toMatch(/^Revocation list of key .* refused: /);
    expect(checked.refusal.message.en).toContain(named);
  });

  it('refuses a CRL whose own kid is not the key it was published for', () => {
    const checked = checkCrl(goodCrl({ kid: kidOf(other) }), key());
    expect(checked).toMatchObject({ ok: false, reason: 'crl-kid-mismatch' });
    if (!checked.ok) expect(checked.refusal.message.en).toContain(`names kid ${kidOf(other)}`);
  });

  it('refuses a ctr when the key set announces no CRL for the key', () => {
    const checked = checkCrl(goodCrl(), { kid: kidOf(issuer), crlVersion: undefined });
    expect(checked).toMatchObject({ ok: false, reason: 'crl-ctr-mismatch' });
    if (!checked.ok) expect(checked.refusal.message.en).toContain('(none)');
  });
});

describe('an issuer whose CRL is refused', () => {
  async function issuedCard(): Promise<string> {
    const issued = await issueHealthCard(certificateInput(), kidOf(issuer), issuer.sign);
    if (!issued.ok) throw new Error(issued.reason);
    return issued.value.jws;
  }

  async function trustWith(crl: unknown) {
    const checked = await checkIssuerTrust(subtle, {
      jwks: { keys: [{ ...issuer.publicJwk, crlVersion: 2 }, other.publicJwk] },
      crls: new Map([[kidOf(issuer), crl]]),
      fetchedAt: ISSUED_AT,
    });
    if (!checked.ok) throw new Error(checked.reason);
    return checked.value;
  }

  it('keeps the key set, leaves the CRL out and marks its key', async () => {
    const checked = await trustWith(goodCrl({ rids: ['Xk3s9_aQ-2M', 'Xk3s9_aQ-2M'] }));
    expect(checked.refusals.map((r) => r.rule)).toEqual(['crl-rid-repeated']);
    expect(checked.trust.crls.size).toBe(0);
    expect(checked.trust.refusedCrls?.get(kidOf(issuer))?.rule).toBe('crl-rid-repeated');
  });

  it('shows a card of that key not valid (crl-refused), though its signature is good', async () => {
    // The refused list did not even name this card's rid: a broken list may hide anything.
    const { trust } = await trustWith(goodCrl({ rids: ['FKDIxsTCGlU', 'FKDIxsTCGlU'] }));
    const answer = await verifyHealthCard(await issuedCard(), {
      subtle,
      trust: new Map([[TEST_ISSUER, trust]]),
      now: ISSUED_AT,
    });
    expect(answer).toMatchObject({
      verdict: 'unknown-issuer',
      reason: 'crl-refused',
      detail: 'crl-rid-repeated',
      admission: { decision: 'n/a' },
    });
    expect(answer.message.ru).toContain('Список отзыва');
  });

  it('shows the same card valid once the CRL keeps the rules', async () => {
    const { trust, refusals } = await trustWith(goodCrl());
    expect(refusals).toEqual([]);
    const answer = await verifyHealthCard(await issuedCard(), {
      subtle,
      trust: new Map([[TEST_ISSUER, trust]]),
      now: ISSUED_AT,
    });
    expect(answer.verdict).toBe('valid');
  });

  it('refuses a CRL published for a key the key set does not hold', async () => {
    const stranger = await makeTestIssuer();
    const checked = await checkIssuerTrust(subtle, {
      jwks: { keys: [issuer.publicJwk] },
      crls: new Map([[kidOf(stranger), { ...goodCrl(), kid: kidOf(stranger) }]]),
      fetchedAt: ISSUED_AT,
    });
    expect(checked.ok && checked.value.refusals.map((r) => r.rule)).toEqual(['crl-key-unknown']);
  });

  it('fails as a whole when the key set is refused', async () => {
    const checked = await checkIssuerTrust(subtle, {
      jwks: { keys: [{ ...issuer.publicJwk, kid: kidOf(other) }] },
      crls: new Map(),
      fetchedAt: ISSUED_AT,
    });
    expect(checked).toMatchObject({ ok: false, reason: 'jwks-kid-not-thumbprint' });
  });
});
