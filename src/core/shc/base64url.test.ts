import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url';

describe('base64url', () => {
  it('round-trips every length without padding', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const text = encodeBase64Url(bytes);
      expect(text).not.toMatch(/[=+/]/);
      expect(decodeBase64Url(text)).toEqual({ ok: true, value: bytes });
    }
  });

  it('matches the standard encoding with the URL alphabet', () => {
    const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0x01]);
    expect(encodeBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });

  it.each(['AB=', 'A', 'AB+/', 'AB C', 'QR', 'QUF'])(
    'rejects %j (padding, alphabet, length or non-canonical bits)',
    (text) => {
      // "QR" and "QUF" decode leniently to the same bytes as "QQ" and "QUE": not canonical.
      expect(decodeBase64Url(text)).toMatchObject({ ok: false, reason: 'base64url-invalid' });
    },
  );
});
