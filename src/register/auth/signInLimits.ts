import { sql } from 'kysely';
import type { RegisterDb } from '../db/connect';

// How many sign-in attempts the register lets through (issue #13), counted in the database
// so that several register processes on one PostgreSQL share the counts (table
// `sign_in_window`, migration 0007). Two fixed windows are counted for every attempt:
//
//   "login:registrar"       10 attempts per 15 minutes, from all addresses together: twenty
//                           addresses no longer give a hundred guesses a minute at one account;
//   "address:203.0.113.7"   30 attempts per minute from one address, whatever the login: a
//                           flood of made-up logins from one place stops after 30 hashes.
//
// An attempt is counted before its password is checked (so parallel guesses cannot all slip
// through) and handed back when it succeeds, so clerks who sign in correctly never use up
// the budget of their login or of their clinic's shared address. Why our own counter and
// not @fastify/rate-limit: see docs/DECISIONS.md, "Sign-in limits in the database".

export type WindowLimit = { readonly maxAttempts: number; readonly windowMs: number };

export type SignInLimits = { readonly perLogin: WindowLimit; readonly perAddress: WindowLimit };

export const SIGN_IN_LIMITS: SignInLimits = {
  perLogin: { maxAttempts: 10, windowMs: 15 * 60_000 },
  perAddress: { maxAttempts: 30, windowMs: 60_000 },
};

export type AttemptVerdict =
  | { readonly allowed: true; readonly keys: readonly string[] }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

export function loginKey(login: string): string {
  return `login:${login.trim().toLowerCase()}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

/** At most one sweep of ended windows per this interval, per process. */
const SWEEP_INTERVAL_MS = 60_000;

export type SignInLimiter = {
  /** Counts one attempt for the login and the address; refuses when either is over. */
  attempt(login: string, address: string): Promise<AttemptVerdict>;
  /** Hands back a counted attempt that succeeded. */
  refund(keys: readonly string[]): Promise<void>;
};

export function createSignInLimiter(
  db: RegisterDb,
  now: () => Date,
  limits: SignInLimits = SIGN_IN_LIMITS,
): SignInLimiter {
  let sweptAt = 0;

  async function count(key: string, limit: WindowLimit, at: Date) {
    const nowText = at.toISOString();
    const expiresAt = new Date(at.getTime() + limit.windowMs).toISOString();
    // One statement, so two processes counting the same key at once both count: the row is
    // created, restarted when its window has ended, or incremented (SQLite ≥ 3.35 and
    // PostgreSQL both evaluate SET against the row as it was).
    return db.kysely
      .insertInto('sign_in_window')
      .values({ key, expires_at: expiresAt, attempts: 1 })
      .onConflict((conflict) =>
        conflict.column('key').doUpdateSet({
          attempts: sql<number>`case when sign_in_window.expires_at <= ${nowText} then 1 else sign_in_window.attempts + 1 end`,
          expires_at: sql<string>`case when sign_in_window.expires_at <= ${nowText} then ${expiresAt} else sign_in_window.expires_at end`,
        }),
      )
      .returning(['attempts', 'expires_at'])
      .executeTakeFirstOrThrow();
  }

  async function sweep(at: Date): Promise<void> {
    if (at.getTime() - sweptAt < SWEEP_INTERVAL_MS) return;
    sweptAt = at.getTime();
    await db.kysely
      .deleteFrom('sign_in_window')
      .where('expires_at', '<=', at.toISOString())
      .execute();
  }

  return {
    async attempt(login, address) {
      const at = now();
      await sweep(at);
      // The address first: a flood from one address past its limit stops there, and its
      // made-up logins are not even counted (one write per refused request, not two).
      const counted: [string, WindowLimit][] = [
        [addressKey(address), limits.perAddress],
        [loginKey(login), limits.perLogin],
      ];
      for (const [key, limit] of counted) {
        const row = await count(key, limit, at);
        if (row.attempts > limit.maxAttempts) {
          const waitMs = Date.parse(row.expires_at) - at.getTime();
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
        }
      }
      return { allowed: true, keys: counted.map(([key]) => key) };
    },

    async refund(keys) {
      if (keys.length === 0) return;
      await db.kysely
        .updateTable('sign_in_window')
        .set({ attempts: sql<number>`attempts - 1` })
        .where('key', 'in', [...keys])
        .where('attempts', '>', 0)
        .execute();
    },
  };
}
