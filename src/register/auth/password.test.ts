import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DECOY_HASH, DEFAULT_SCRYPT_PARAMS, hashPassword, verifyPassword } from './password';

// Small scrypt cost keeps the unit test fast; the format and checks are the same.
const FAST = { N: 1024, r: 8, p: 1 };
const random = (bytes: number) => randomBytes(bytes);

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('demo-registrar', random, FAST);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('demo-registrar', stored)).toBe(true);
    expect(await verifyPassword('demo-registrar ', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords do not give equal hashes', async () => {
    const first = await hashPassword('same', random, FAST);
    const second = await hashPassword('same', random, FAST);
    expect(first).not.toBe(second);
  });

  it.each(['', 'plain-text', 'bcrypt$10$abc', 'scrypt$0$8$1$AAAA$BBBB', 'scrypt$1024$8$1$AA$AA'])(
    'refuses a stored hash it cannot read: %j',
    async (stored) => {
      expect(await verifyPassword('anything', stored)).toBe(false);
    },
  );
});

describe('the decoy hash for unknown logins', () => {
  it('is a readable hash at the same scrypt cost as a real one, so an unknown login costs the same', async () => {
    const [scheme, n, r, p] = DECOY_HASH.split('$');
    expect(scheme).toBe('scrypt');
    expect({ N: Number(n), r: Number(r), p: Number(p) }).toEqual(DEFAULT_SCRYPT_PARAMS);
    const real = await hashPassword('x', random);
    expect(DECOY_HASH.length).toBe(real.length);
    expect(await verifyPassword('', DECOY_HASH)).toBe(false);
  });
});
