import { describe, expect, it } from 'vitest';
import type { PersonId } from './ids';
import { idSchema, isUuid, newId } from './ids';

describe('newId', () => {
  const bytes = (fill: number) => () => new Uint8Array(16).fill(fill);

  it('makes a UUIDv7 carrying the injected time', () => {
    const id = newId<PersonId>(() => new Date('2026-11-26T22:00:00.000Z'), bytes(0xab));
    expect(isUuid(id)).toBe(true);
    expect(id.charAt(14)).toBe('7');
    const millis = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(millis).toBe(Date.parse('2026-11-26T22:00:00.000Z'));
  });

  it('depends only on the injected clock and randomness', () => {
    const now = () => new Date(1_800_000_000_000);
    expect(newId(now, bytes(1))).toBe(newId(now, bytes(1)));
    expect(newId(now, bytes(1))).not.toBe(newId(now, bytes(2)));
  });

  it('refuses a random source that gives too few bytes', () => {
    expect(() =>
      newId(
        () => new Date(),
        () => new Uint8Array(8),
      ),
    ).toThrow();
  });
});

describe('idSchema', () => {
  it('accepts a UUID and rejects anything else', () => {
    const schema = idSchema<PersonId>();
    expect(schema.safeParse('0193a0b0-0000-7000-8000-000000000001').success).toBe(true);
    expect(schema.safeParse('0193a0b0-0000-7000-8000-00000000000').success).toBe(false);
    expect(schema.safeParse(42).success).toBe(false);
  });
});
