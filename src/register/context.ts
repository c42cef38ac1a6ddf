import type { HashGate } from './auth/hashGate';
import type { SignInLimiter } from './auth/signInLimits';
import type { RegisterConfig } from './config';
import type { RegisterDb } from './db/connect';

/** What every route of the register may use; time and randomness are injected for tests. */
export type RegisterContext = {
  readonly config: RegisterConfig;
  readonly db: RegisterDb;
  readonly now: () => Date;
  readonly random: (bytes: number) => Uint8Array;
  /** Sign-in attempt counts (shared through the database) and the password-hash gate. */
  readonly signIn: { readonly limiter: SignInLimiter; readonly hashGate: HashGate };
};
