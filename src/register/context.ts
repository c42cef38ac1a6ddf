import type { AttemptLimiter } from './auth/attemptLimiter';
import type { RegisterConfig } from './config';
import type { RegisterDb } from './db/connect';

/** What every route of the register may use; time and randomness are injected for tests. */
export type RegisterContext = {
  readonly config: RegisterConfig;
  readonly db: RegisterDb;
  readonly now: () => Date;
  readonly random: (bytes: number) => Uint8Array;
  readonly signInLimiter: AttemptLimiter;
};
