import { describe, expect, it } from 'vitest';
import type { SyncError, SyncFailure } from '../../sync/status';
import { IDLE_STATUS, SYNC_FAILURE_MESSAGES } from '../../sync/status';
import { syncView } from './syncState';

const failure = (reason: SyncFailure): SyncError => ({
  reason,
  message: SYNC_FAILURE_MESSAGES[reason],
  at: '2026-12-01T04:38:00.000Z',
});

describe('the header’s sync state', () => {
  it('shows a run that found no network as the offline state, not as an error', () => {
    const view = syncView({ ...IDLE_STATUS, lastError: failure('offline'), waiting: 3 }, false);
    expect(view).toEqual({ state: 'offline', error: null, maySyncNow: false });
  });

  it('is offline with no network even before any run failed', () => {
    expect(syncView(IDLE_STATUS, false).state).toBe('offline');
  });

  it('keeps a real failure an error, with or without a network', () => {
    const withdrawn = failure('tablet-withdrawn');
    expect(syncView({ ...IDLE_STATUS, lastError: withdrawn }, false)).toEqual({
      state: 'error',
      error: withdrawn,
      maySyncNow: false,
    });
    expect(syncView({ ...IDLE_STATUS, lastError: failure('timeout') }, true).state).toBe('error');
  });

  it('forgets a stale «no network» once the network is back', () => {
    expect(syncView({ ...IDLE_STATUS, lastError: failure('offline') }, true)).toEqual({
      state: 'ok',
      error: null,
      maySyncNow: true,
    });
  });

  it('offers no second run while one runs', () => {
    const view = syncView({ ...IDLE_STATUS, running: true, lastError: failure('network') }, true);
    expect(view).toEqual({ state: 'running', error: null, maySyncNow: false });
  });
});
