import { createHash } from 'node:crypto';

// Bearer tokens (staff sessions now, tablets later) are 32 random bytes in base64url, e.g.
// "m1Zr6V0u2a5x4JtqfK3c9yP8wQe7nL1sD0gH5jR2bXo". The register stores only their SHA-256, so
// a copy of the database does not let anyone act as a signed-in clerk or an enrolled tablet.

export const TOKEN_BYTES = 32;

export function newToken(random: (bytes: number) => Uint8Array): string {
  return Buffer.from(random(TOKEN_BYTES)).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token from an `Authorization: Bearer <token>` header, or null if absent/malformed. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  return match?.[1] ?? null;
}
