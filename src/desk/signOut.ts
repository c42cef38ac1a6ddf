// Signing out (DESIGN, "Storage safety"): nobody signs out of a tablet that holds work the
// register has not received. The records would stay on the tablet either way, but a
// signed-out tablet cannot sync until someone signs in online again.
import type { MessageTable } from '../core/bilingual';
import type { Fail, Ok } from '../core/result';
import { fail, ok } from '../core/result';
import type { SeroDeskDatabase } from '../storage/database';
import type { SyncCounts } from '../storage/syncCounts';
import { countSyncWork, hasUnsyncedWork } from '../storage/syncCounts';

export type SignOutRefusal = 'unsynced-work';

export const SIGN_OUT_MESSAGES: MessageTable<SignOutRefusal> = {
  'unsynced-work': {
    ru: 'На планшете есть записи, не полученные регистром. Выйти можно после синхронизации.',
    en: 'This tablet holds records the register has not received. Sign out after they sync.',
  },
};

/** A refusal carries the sync work that blocks it, for the clerk's message. */
export type SignOutOutcome = Ok<void> | (Fail<SignOutRefusal> & { readonly counts: SyncCounts });

/** Whether this member may sign out now; `signOut` runs only when nothing is unsynced. */
export async function signOutIfSynced(
  db: SeroDeskDatabase,
  signOut: () => Promise<void>,
): Promise<SignOutOutcome> {
  if (await hasUnsyncedWork(db)) {
    return { ...fail('unsynced-work'), counts: await countSyncWork(db) };
  }
  await signOut();
  return ok(undefined);
}
