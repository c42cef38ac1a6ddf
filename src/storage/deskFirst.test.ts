import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from './database';
import { asDeskRead, deskReadsSettled, MAX_WAIT_MS } from './deskFirst';

const fresh = () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });

/** A read that ends when the test says so. */
function heldRead() {
  let finish: (value: string) => void = () => undefined;
  const read = new Promise<string>((resolve) => {
    finish = resolve;
  });
  return { read: () => read, finish };
}

/** Whether `promise` has settled once pending callbacks and timers have run. */
async function settledYet(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 10));
  return settled;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the desk’s reads before a download’s next slice', () => {
  it('lets a slice start at once when the desk is reading nothing', async () => {
    expect(await settledYet(deskReadsSettled(fresh()))).toBe(true);
  });

  it('holds a slice until every running read has ended, and passes on their answers', async () => {
    const db = fresh();
    const first = heldRead();
    const second = heldRead();
    const answers = [asDeskRead(db, first.read), asDeskRead(db, second.read)];
    const slice = deskReadsSettled(db);
    expect(await settledYet(slice)).toBe(false);
    first.finish('keys');
    expect(await settledYet(slice)).toBe(false);
    second.finish('rows');
    expect(await settledYet(slice)).toBe(true);
    expect(await Promise.all(answers)).toEqual(['keys', 'rows']);
  });

  it('lets the slice go after the longest wait when a read never ends', async () => {
    vi.useFakeTimers();
    // A name of its own: the gate is the page's (global), and this read is never finished.
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange }, 'never-answered');
    void asDeskRead(db, heldRead().read);
    let started = false;
    void deskReadsSettled(db).then(() => {
      started = true;
    });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS - 1);
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(true);
  });

  it('holds every connection to the same database, and none to another', async () => {
    const indexedDB = new IDBFactory();
    const reading = openDatabase({ indexedDB, IDBKeyRange });
    const held = heldRead();
    void asDeskRead(reading, held.read);
    const sameDatabase = openDatabase({ indexedDB, IDBKeyRange });
    expect(await settledYet(deskReadsSettled(sameDatabase))).toBe(false);
    const other = openDatabase({ indexedDB, IDBKeyRange }, 'another-tablet');
    expect(await settledYet(deskReadsSettled(other))).toBe(true);
    held.finish('done');
  });

  it('ends a read that fails like one that answers', async () => {
    const db = fresh();
    await expect(asDeskRead(db, () => Promise.reject(new Error('gone')))).rejects.toThrow('gone');
    expect(await settledYet(deskReadsSettled(db))).toBe(true);
  });
});
