import { describe, expect, it } from 'vitest';
import { MAX_JWS_LENGTH_EC_M, MAX_SINGLE_QR_JWS_LENGTH, toQrSegments } from './qrSegments';

const jwsOfLength = (n: number) => 'eyJ'.concat('A'.repeat(n - 3));

describe('planning the QR code of a card', () => {
  it('uses a byte segment for shc:/ and a numeric segment for the digits', () => {
    const plan = toQrSegments('eyJ.e30.sig');
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.value.segments.map((s) => s.mode)).toEqual(['byte', 'numeric']);
    expect(plan.value.text).toBe('shc:/5676290156060301706058');
  });

  it('uses error correction M up to 927 characters and L above, within version 22', () => {
    const atM = toQrSegments(jwsOfLength(MAX_JWS_LENGTH_EC_M));
    const atL = toQrSegments(jwsOfLength(MAX_JWS_LENGTH_EC_M + 1));
    const largest = toQrSegments(jwsOfLength(MAX_SINGLE_QR_JWS_LENGTH));
    expect(atM).toMatchObject({ ok: true, value: { errorCorrectionLevel: 'M', version: 22 } });
    expect(atL).toMatchObject({ ok: true, value: { errorCorrectionLevel: 'L' } });
    expect(largest).toMatchObject({ ok: true, value: { errorCorrectionLevel: 'L', version: 22 } });
  });

  it('refuses a JWS that needs more than one version-22 code', () => {
    expect(toQrSegments(jwsOfLength(MAX_SINGLE_QR_JWS_LENGTH + 1))).toMatchObject({
      ok: false,
      reason: 'too-large-for-qr',
    });
  });
});
