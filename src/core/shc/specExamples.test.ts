import { describe, expect, it } from 'vitest';
import {
  readVector,
  specTrustList,
  SPEC_AT,
  SPEC_ISSUER,
} from '../../../tests/fixtures/shc/specVectors';
import { jwkThumbprint } from './jwk';
import { decodeNumeric } from './numeric';
import { verifyHealthCard, verifyInputs } from './verifyHealthCard';

const ctx = { subtle: globalThis.crypto.subtle, trust: specTrustList(), now: SPEC_AT };
const forms = (n: string) => [
  `example-${n}-d-jws.txt`,
  `example-${n}-e-file.smart-health-card`,
  `example-${n}-f-qr-code-numeric-value-0.txt`,
];
const chunks = [0, 1, 2].map((i) => readVector(`example-02-f-qr-code-numeric-value-${i}.txt`));

describe('the SMART Health Cards specification examples at 2023-07-01', () => {
  it.each(['00', '01'].flatMap(forms))(
    'accepts %s as a valid card of John B. Anyperson',
    async (file) => {
      const answer = await verifyHealthCard(readVector(file), ctx);
      expect(answer).toMatchObject({
        verdict: 'valid',
        reason: 'valid',
        kind: 'immunization',
        issuer: SPEC_ISSUER,
        subject: { latin: 'John B. Anyperson', birthDate: '1951-01-20' },
      });
      expect(answer.message.en).toBe('Valid certificate');
      expect(answer.warnings.map((w) => w.code)).not.toContain('clock-behind-trust-list');
    },
  );

  it.each(forms('03'))('finds %s revoked by a rid entry with a timestamp suffix', async (file) => {
    const answer = await verifyHealthCard(readVector(file), ctx);
    expect(answer).toMatchObject({
      verdict: 'revoked',
      reason: 'rid-revoked',
      subject: { latin: 'Johnny Revoked', birthDate: '1960-04-22' },
    });
  });

  it.each([0, 1, 2])('answers chunk %i of example 02 alone with "scan all parts"', async (i) => {
    const answer = await verifyHealthCard(chunks[i] ?? '', ctx);
    expect(answer).toMatchObject({ verdict: 'unsupported-format', reason: 'chunk-incomplete' });
    expect(answer.message.en).toBe('Multi-chunk code (deprecated) — scan all parts');
  });

  it('verifies the three chunks of example 02 given together, in any order, as one card', async () => {
    const answers = await verifyInputs([chunks[2] ?? '', chunks[0] ?? '', chunks[1] ?? ''], ctx);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({
      verdict: 'valid',
      reason: 'valid-other-content',
      kind: 'other',
    });
    expect(answers[0]?.warnings.map((w) => w.code)).toContain('chunked-card');
  });

  it('refuses a chunk given twice instead of the full set', async () => {
    const answers = await verifyInputs([chunks[0] ?? '', chunks[0] ?? '', chunks[1] ?? ''], ctx);
    expect(answers).toMatchObject([{ verdict: 'malformed', reason: 'chunk-set-inconsistent' }]);
  });

  it.each(['00', '01', '02', '03'])('decodes the numeric QR text of %s exactly to its JWS', (n) => {
    const files = n === '02' ? chunks : [readVector(`example-${n}-f-qr-code-numeric-value-0.txt`)];
    const jws = files
      .map((text) => {
        const decoded = decodeNumeric(text);
        if (!decoded.ok) throw new Error(decoded.reason);
        return decoded.value.text;
      })
      .join('');
    expect(jws).toBe(readVector(`example-${n}-d-jws.txt`));
  });

  it('computes the example key id as the RFC 7638 thumbprint of the published key', async () => {
    const jwks = JSON.parse(readVector('issuer/.well-known/jwks.json')) as {
      keys: { kid: string; kty: string; crv: string; x: string; y: string }[];
    };
    for (const key of jwks.keys) {
      expect(await jwkThumbprint(globalThis.crypto.subtle, key)).toBe(key.kid);
    }
  });

  it('warns that the device clock looks wrong when now is before the trust list was fetched', async () => {
    const fetchedLater = { ...ctx, trust: specTrustList(SPEC_AT + 86_400_000) };
    const answer = await verifyHealthCard(readVector('example-00-d-jws.txt'), fetchedLater);
    expect(answer.verdict).toBe('valid');
    expect(answer.warnings.map((w) => w.code)).toContain('clock-behind-trust-list');
  });

  it('reports example 03 revoked even after its exp, and example 00 not yet valid before its nbf', async () => {
    const later = await verifyHealthCard(readVector('example-03-d-jws.txt'), {
      ...ctx,
      now: Date.parse('2024-07-01T00:00:00Z'),
      trust: specTrustList(Date.parse('2024-07-01T00:00:00Z')),
    });
    // Revocation is checked first: the answer that matters most at a door.
    expect(later.reason).toBe('rid-revoked');
    const earlier = await verifyHealthCard(readVector('example-00-d-jws.txt'), {
      ...ctx,
      now: Date.parse('2023-06-01T00:00:00Z'),
    });
    expect(earlier).toMatchObject({ verdict: 'not-yet-valid', reason: 'nbf-in-future' });
  });

  it('names the issuer unknown when the trust list does not hold it', async () => {
    const answer = await verifyHealthCard(readVector('example-00-d-jws.txt'), {
      ...ctx,
      trust: new Map(),
    });
    expect(answer).toMatchObject({ verdict: 'unknown-issuer', reason: 'issuer-untrusted' });
    expect(answer.subject).toBeUndefined();
  });

  it('answers once per card for a .smart-health-card file holding two cards', async () => {
    const file = JSON.stringify({
      verifiableCredential: [
        readVector('example-00-d-jws.txt'),
        readVector('example-03-d-jws.txt'),
      ],
    });
    const answers = await verifyInputs([file], ctx);
    expect(answers.map((a) => a.verdict)).toEqual(['valid', 'revoked']);
  });

  it('turns an exception inside verification into malformed / internal-error', async () => {
    const broken = {
      digest: () => Promise.reject(new Error('crypto unavailable')),
    } as unknown as SubtleCrypto;
    const answer = await verifyHealthCard(readVector('example-00-d-jws.txt'), {
      ...ctx,
      subtle: broken,
    });
    expect(answer).toMatchObject({ verdict: 'malformed', reason: 'internal-error' });
  });
});
