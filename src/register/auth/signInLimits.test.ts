import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegisterDb } from '../db/connect';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { createSignInLimiter } from './signInLimits';

// The counts live in the register's database (shared by every register process on it);
// here on a SQLite file with the real migrations. The PostgreSQL side is exercised by
// tests/integration/registerHardening.test.ts.

const limits = {
  perLogin: { maxAttempts: 3, windowMs: 60_000 },
  perAddress: { maxAttempts: 5, windowMs: 10_000 },
};

describe('sign-in limits in the database', () => {
  let dir: string;
  let db: RegisterDb;
  let now: Date;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'serodesk-limits-'));
    db = openDatabase({ kind: 'sqlite', file: path.join(dir, 'r.sqlite') }, () => undefined);
    await migrateToLatest(db);
    now = new Date('2026-12-01T02:00:00.000Z');
  });

  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a login past its limit from any address, with the wait until its window ends', async () => {
    const limiter = createSignInLimiter(db, () => now, limits);
    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      expect((await limiter.attempt('lab', address)).allowed).toBe(true);
    }
    now = new Date(now.getTime() + 15_000);
    expect(await limiter.attempt('LAB', '10.0.0.4')).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
    });
    now = new Date(now.getTime() + 45_000);
    expect((await limiter.attempt('lab', '10.0.0.5')).allowed).toBe(true);
  });

  it('refuses an address past its limit whatever the logins, and not another address', async () => {
    const limiter = createSignInLimiter(db, () => now, limits);
    for (let index = 0; index < 5; index += 1) {
      expect((await limiter.attempt(`made-up-${index}`, '203.0.113.9')).allowed).toBe(true);
    }
    expect((await limiter.attempt('made-up-5', '203.0.113.9')).allowed).toBe(false);
    expect((await limiter.attempt('made-up-6', '203.0.113.10')).allowed).toBe(true);
  });

  it('gives back the attempts of a sign-in that succeeded', async () => {
    const limiter = createSignInLimiter(db, () => now, limits);
    for (let round = 0; round < 10; round += 1) {
      const verdict = await limiter.attempt('registrar', '192.0.2.1');
      expect(verdict.allowed).toBe(true);
      if (verdict.allowed) await limiter.refund(verdict.keys);
    }
  });

  it('shares the counts between two limiters on one database, as two register processes', async () => {
    const first = createSignInLimiter(db, () => now, limits);
    const second = createSignInLimiter(db, () => now, limits);
    await first.attempt('admin', '10.1.0.1');
    await second.attempt('admin', '10.1.0.2');
    await first.attempt('admin', '10.1.0.3');
    expect((await second.attempt('admin', '10.1.0.4')).allowed).toBe(false);
  });

  it('counts parallel attempts exactly, so a burst cannot slip past the limit', async () => {
    const limiter = createSignInLimiter(db, () => now, limits);
    const verdicts = await Promise.all(
      Array.from({ length: 10 }, (_, index) => limiter.attempt('commission', `10.2.0.${index}`)),
    );
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(3);
  });
});
