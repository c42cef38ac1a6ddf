import { describe, expect, it } from 'vitest';
import { asDeskRead } from '../storage/deskFirst';
import { loadCursor } from '../storage/pulled';
import { credentials, fresh, scriptedRegister } from './pullRegisterFixture';
import { pullAll } from './syncRun';

// A download gives way to the desk (storage/deskFirst.ts): the next slice of a pull is stored
// only once the desk's search has its answer.

// Long enough for this pull of 20 rows to end if nothing held it, shorter than the longest
// wait (MAX_WAIT_MS), whose timer starts later, so it always fires after this one.
const pause = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('a pull while the desk searches', () => {
  it('stores no further slice until the running search has ended', async () => {
    const db = fresh();
    let endSearch: () => void = () => undefined;
    const search = asDeskRead(
      db,
      () =>
        new Promise<void>((resolve) => {
          endSearch = resolve;
        }),
    );
    const pull = pullAll(
      db,
      scriptedRegister(20, { sendsRemaining: true }),
      credentials,
      20,
      () => undefined,
      5,
    );
    await Promise.race([pull, pause()]);
    expect(await loadCursor(db)).toBe(0);
    endSearch();
    await search;
    expect(await pull).toEqual({ ok: true, value: 20 });
    expect(await loadCursor(db)).toBe(20);
  });
});
