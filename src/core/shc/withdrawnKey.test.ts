// A withdrawn tablet's key stays in the register's JWKS with `withdrawnAt`, so certificates
// it signed before keep verifying while anything it signs afterwards is refused.
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
import type { TrustList } from './trustList';
import { verifyHealthCard } from './verifyHealthCard';

let issuer: TestIssuer;
beforeAll(async () => {
  issuer = await makeTestIssuer();
});

function trustWithdrawnAt(withdrawnAt: number): TrustList {
  const base = issuer.trust().get(TEST_ISSUER);
  if (base === undefined) throw new Error('test issuer has no trust entry');
  const keys = base.jwks.keys.map((key) => ({ ...key, withdrawnAt }));
  return new Map([[TEST_ISSUER, { ...base, jwks: { keys } }]]);
}

async function cardSignedAt(nbfSeconds: number): Promise<string> {
  const issued = await issueHealthCard(
    certificateInput({ nbf: nbfSeconds, exp: nbfSeconds + 86_400 * 180 }),
    issuer.publicJwk.kid,
    issuer.sign,
  );
  if (!issued.ok) throw new Error(issued.reason);
  return issued.value.jws;
}

describe('a card of a withdrawn tablet key', () => {
  const withdrawnAt = ISSUED_AT / 1000;

  it('still verifies when it was signed before the withdrawal', async () => {
    const jws = await cardSignedAt(withdrawnAt - 3600);
    const answer = await verifyHealthCard(jws, {
      subtle,
      trust: trustWithdrawnAt(withdrawnAt),
      now: ISSUED_AT,
    });
    expect(answer.verdict).toBe('valid');
  });

  it('is refused when it was signed after the withdrawal', async () => {
    const jws = await cardSignedAt(withdrawnAt + 60);
    const answer = await verifyHealthCard(jws, {
      subtle,
      trust: trustWithdrawnAt(withdrawnAt),
      now: ISSUED_AT + 120_000,
    });
    expect(answer).toMatchObject({ verdict: 'revoked', reason: 'key-withdrawn' });
    expect(answer.message.ru).toContain('после отзыва планшета');
  });
});
