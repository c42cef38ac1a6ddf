// What the header's sync widget shows, decided apart from the view so it can be tested: a
// tablet with no network is in a state ("offline"), not in error. The sync engine records a
// run that found no network as a failure with reason `offline` (it is one, for its backoff);
// the header does not show it as "Ошибка: …", and a real failure — the register refused, the
// tablet was withdrawn, storage is full — stays an error, offline or not.
import type { SyncError, SyncStatus } from '../../sync/status';

export type SyncState = 'running' | 'error' | 'offline' | 'ok';

export type SyncView = {
  readonly state: SyncState;
  /** The failure to show in words; never the mere absence of a network. */
  readonly error: SyncError | null;
  /** A run can start: not while one runs, and not with no network to run on. */
  readonly maySyncNow: boolean;
};

export function syncView(status: SyncStatus, online: boolean): SyncView {
  const error = status.lastError?.reason === 'offline' ? null : status.lastError;
  const state: SyncState = status.running
    ? 'running'
    : error !== null
      ? 'error'
      : !online
        ? 'offline'
        : 'ok';
  return { state, error: status.running ? null : error, maySyncNow: online && !status.running };
}
