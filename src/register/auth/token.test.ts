import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bearerToken, hashToken, newToken, TOKEN_BYTES } from './token';

// The register keeps only SHA-256 of bearer tokens (a copy of the database must not let
// anyone act as a clerk or a tablet); tests/integration/registerHardening.test.ts checks the
// stored rows, this checks the function itself.

describe('bearer tokens', () => {
  it('hashes a token to the hex SHA-256 of its UTF-8 text, never the token itself', () => {
    // sha256("abc"), FIPS 180-2 appendix B.1.
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const token = newToken(() => new Uint8Array(TOKEN_BYTES).fill(7));
    expect(hashToken(token)).toBe(createHash('sha256').update(token, 'utf8').digest('hex'));
    expect(hashToken(token)).not.toContain(token);
  });

  it('makes 32-byte base64url tokens from the injected randomness', () => {
    const token = newToken(() => new Uint8Array(TOKEN_BYTES).fill(255));
    expect(token).toBe('_'.repeat(42) + '8');
  });

  it('reads the token of a well-formed Bearer header only', () => {
    const token = 'm1Zr6V0u2a5x4JtqfK3c9yP8wQe7nL1sD0gH5jR2bXo';
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer ${token}`)).toBeNull();
    expect(bearerToken('Bearer short')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
