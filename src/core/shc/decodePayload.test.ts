import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { endOfJsonObject, inflateBounded } from './decodePayload';

describe('inflating a card payload', () => {
  it('stops at the size bound instead of inflating a deflate bomb', () => {
    const bomb = deflateSync(new Uint8Array(10_000_000));
    expect(bomb.length).toBeLessThan(20_000);
    expect(inflateBounded(bomb, 65_536)).toMatchObject({ ok: false, reason: 'payload-too-large' });
  });

  it('rejects a truncated stream', () => {
    const deflated = deflateSync(new TextEncoder().encode('{"a":"'.padEnd(500, 'x') + '"}'));
    expect(inflateBounded(deflated.subarray(0, deflated.length - 3))).toMatchObject({
      ok: false,
      reason: 'payload-inflate-failed',
    });
  });

  it('finds the end of the top-level object, skipping braces inside strings', () => {
    expect(endOfJsonObject('{"a":"}\\"{","b":[{}]}xyz')).toBe(21);
    expect(endOfJsonObject('{"a":1')).toBe(-1);
  });
});
