import type * as Fflate from 'fflate';
import { deflateSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodePayload, inflateBounded, MAX_INFLATED_BYTES } from './decodePayload';

// The bound must stop the inflating, not only decide the verdict: a check made after
// inflating a whole deflate bomb answers "too large" just the same, having filled memory
// first. So these tests count the bytes fflate actually hands out, through a transparent
// wrapper around its streaming Inflate.

const inflated = vi.hoisted(() => ({ bytes: 0 }));

vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof Fflate>();
  class CountingInflate extends real.Inflate {
    constructor(handler?: Fflate.FlateStreamHandler) {
      super((chunk, final) => {
        inflated.bytes += chunk.length;
        handler?.(chunk, final);
      });
    }
  }
  return { ...real, Inflate: CountingInflate };
});

/**
 * DEFLATE expands at most 1032:1 and inflateBounded feeds 256 input bytes at a time, so it
 * may overshoot its bound by at most one push's output before it notices.
 */
const ONE_PUSH_AT_MOST = 1032 * 256;

const BOMB_BYTES = 16 * 1024 * 1024;
const bomb = deflateSync(new Uint8Array(BOMB_BYTES));

describe('inflating with a bound', () => {
  beforeEach(() => {
    inflated.bytes = 0;
  });

  it('stops inflating a deflate bomb at the bound instead of inflating it all', () => {
    expect(inflateBounded(bomb, 65_536)).toMatchObject({ ok: false, reason: 'payload-too-large' });
    expect(inflated.bytes).toBeGreaterThan(65_536);
    expect(inflated.bytes).toBeLessThanOrEqual(65_536 + ONE_PUSH_AT_MOST);
  });

  it('decodes no more of a bomb card payload than the payload bound', () => {
    expect(decodePayload(bomb)).toMatchObject({ ok: false, reason: 'payload-too-large' });
    expect(inflated.bytes).toBeLessThanOrEqual(MAX_INFLATED_BYTES + ONE_PUSH_AT_MOST);
    expect(inflated.bytes).toBeLessThan(BOMB_BYTES / 16);
  });

  it('counts a normal payload in full, so the counting itself is sound', () => {
    const text = new TextEncoder().encode(JSON.stringify({ iss: 'https://x', nbf: 1 }));
    expect(inflateBounded(deflateSync(text))).toMatchObject({ ok: true, value: text });
    expect(inflated.bytes).toBe(text.length);
  });
});
