import { describe, expect, it } from 'vitest';
import { LOCAL, readLocal, writeLocal } from './persistedKeys';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => {
      values.clear();
    },
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

describe('values kept in localStorage', () => {
  it('reads back what was written, text as text and JSON as JSON', () => {
    const storage = memoryStorage();
    writeLocal(storage, LOCAL.language, 'en');
    writeLocal(storage, LOCAL.lockedPlace, {
      path: '/desk/statement/x',
      search: '',
      lockedAt: '2026-12-01T05:10:00.000Z',
    });
    expect(storage.getItem('serodesk.language')).toBe('en');
    expect(readLocal(storage, LOCAL.language)).toBe('en');
    expect(readLocal(storage, LOCAL.lockedPlace)?.path).toBe('/desk/statement/x');
  });

  it('drops a value edited by hand or left by another release, instead of trusting it', () => {
    const storage = memoryStorage();
    storage.setItem('serodesk.language', 'de');
    storage.setItem('serodesk.locked-place', '{"path":"no-slash"');
    storage.setItem('serodesk.session', JSON.stringify({ via: 'pin', staff: { id: 1 } }));
    expect(readLocal(storage, LOCAL.language)).toBeUndefined();
    expect(readLocal(storage, LOCAL.lockedPlace)).toBeUndefined();
    expect(readLocal(storage, LOCAL.session)).toBeUndefined();
  });

  it('refuses to write a value its schema does not accept', () => {
    expect(() => {
      writeLocal(memoryStorage(), LOCAL.verifierCamera, 'maybe' as 'on');
    }).toThrow();
  });
});
