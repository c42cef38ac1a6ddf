import { describe, expect, it } from 'vitest';
import { askPersistence, formatBytes, readStorageFacts } from './storageInfo';

describe('storage facts for the settings screen', () => {
  it('formats sizes in decimal units, in Russian and English number formats', () => {
    expect(formatBytes(0, 'en-GB')).toBe('0 byte');
    expect(formatBytes(5_240_000, 'en-GB')).toBe('5.2 MB');
    expect(formatBytes(5_240_000, 'ru-RU')).toBe('5,2 МБ');
    expect(formatBytes(299_706_064_896, 'en-GB')).toBe('300 GB');
    expect(formatBytes(12_400_000_000, 'ru-RU')).toBe('12 ГБ');
  });

  it('reports what the browser answers, and "unsupported" without navigator.storage', async () => {
    const storage = {
      persisted: () => Promise.resolve(false),
      persist: () => Promise.resolve(true),
      estimate: () => Promise.resolve({ usage: 1000, quota: 2000 }),
    };
    expect(await readStorageFacts(storage)).toEqual({
      persistence: 'not-granted',
      estimate: { usage: 1000, quota: 2000 },
    });
    expect(await askPersistence(storage)).toBe('granted');
    expect(await readStorageFacts(undefined)).toEqual({
      persistence: 'unsupported',
      estimate: null,
    });
    expect(await askPersistence({})).toBe('unsupported');
  });
});
