import { beforeAll, describe, expect, it } from 'vitest';
import {
  certificateInput,
  ISSUED_AT,
  makeTestIssuer,
  subtle,
  type TestIssuer,
} from '../../../tests/fixtures/shc/testIssuer';
import { issueHealthCard } from './issueCard';
import type { TrustList } from './trustList';
import { verifyHealthCard } from './verifyHealthCard';

const CLINIC_A = 'https://a.kamchatka.example';
const CLINIC_B = 'https://b.kamchatka.example';

let a: TestIssuer;
let b: TestIssuer;
let trust: TrustList;
beforeAll(async () => {
  a = await makeTestIssuer();
  b = await makeTestIssuer();
  trust = new Map([
    [CLINIC_A, { jwks: { keys: [a.publicJwk] }, crls: new Map(), fetchedAt: ISSUED_AT }],
    [CLINIC_B, { jwks: { keys: [b.publicJwk] }, crls: new Map(), fetchedAt: ISSUED_AT }],
  ]);
});

async function card(signer: TestIssuer, iss: string): Promise<string> {
  const issued = await issueHealthCard(
    certificateInput({ issuer: iss }),
    signer.publicJwk.kid,
    signer.sign,
  );
  if (!issued.ok) throw new Error(issued.reason);
  return issued.value.jws;
}

describe('a trust list with two issuers', () => {
  it('accepts a card signed by A’s key that names A, and one by B’s key that names B', async () => {
    const ctx = { subtle, trust, now: ISSUED_AT };
    expect((await verifyHealthCard(await card(a, CLINIC_A), ctx)).verdict).toBe('valid');
    expect((await verifyHealthCard(await card(b, CLINIC_B), ctx)).verdict).toBe('valid');
  });

  it('refuses a card signed by A’s key that claims iss B: the key is not one of B’s', async () => {
    const answer = await verifyHealthCard(await card(a, CLINIC_B), {
      subtle,
      trust,
      now: ISSUED_AT,
    });
    expect(answer).toMatchObject({
      verdict: 'unknown-issuer',
      reason: 'kid-unknown',
      admission: { decision: 'n/a' },
    });
    expect(answer.issuer).toBeUndefined();
  });
});
