import { describe, expect, it } from 'vitest';
import type { LockedPlace } from './lockedPlace';
import { mayOpen, placeAfterUnlock, saveLockedPlace, takeLockedPlace } from './lockedPlace';

const CASE = '/desk/statement/0193a1b2-0000-7000-8000-0000000000c1';
const lockedAt = '2026-12-01T05:10:00.000Z';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
    removeItem: (key: string) => {
      items.delete(key);
    },
  };
}

function place(path: string, search = ''): LockedPlace {
  return { path, search, lockedAt };
}

describe('the screen a locked tablet returns to', () => {
  it('returns to the open case, query included, for a role that may open it', () => {
    expect(placeAfterUnlock(place(CASE, '?step=sample'), 'lab')).toBe(`${CASE}?step=sample`);
    expect(placeAfterUnlock(place(CASE), 'registrar')).toBe(CASE);
  });

  it('sends a colleague whose role may not open the screen to their home', () => {
    expect(placeAfterUnlock(place('/desk/person/new'), 'lab')).toBe('/');
    expect(placeAfterUnlock(place('/desk/person/new'), 'registrar')).toBe('/desk/person/new');
    expect(placeAfterUnlock(place('/desk/tablets'), 'commission')).toBe('/');
    expect(placeAfterUnlock(place(CASE), 'verifier')).toBe('/');
    expect(placeAfterUnlock(place('/tablet'), 'verifier')).toBe('/');
    expect(placeAfterUnlock(place('/verify'), 'verifier')).toBe('/verify');
  });

  it('returns only administrators to the administration area, and no one else to /tablet', () => {
    expect(placeAfterUnlock(place('/admin/staff'), 'admin')).toBe('/admin/staff');
    expect(placeAfterUnlock(place('/admin/transfer'), 'regional')).toBe('/admin/transfer');
    expect(placeAfterUnlock(place('/admin/staff'), 'registrar')).toBe('/');
    expect(placeAfterUnlock(place('/tablet'), 'regional')).toBe('/');
    expect(placeAfterUnlock(place(CASE), 'regional')).toBe('/');
  });

  it('goes home with nothing remembered, and never leaves the app', () => {
    expect(placeAfterUnlock(undefined, 'admin')).toBe('/');
    expect(mayOpen('admin', '//evil.example/desk')).toBe(false);
    expect(mayOpen('admin', '/deskx')).toBe(false);
  });

  it('is used up by one unlock and survives a reload in between', () => {
    const storage = memoryStorage();
    saveLockedPlace(storage, place(CASE));
    expect(takeLockedPlace(storage)).toEqual(place(CASE));
    expect(takeLockedPlace(storage)).toBeUndefined();
  });

  it('drops a remembered place that was edited by hand', () => {
    const storage = memoryStorage();
    storage.setItem('serodesk.locked-place', JSON.stringify({ path: 'https://x', search: '' }));
    expect(takeLockedPlace(storage)).toBeUndefined();
    storage.setItem('serodesk.locked-place', '{nope');
    expect(takeLockedPlace(storage)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });
});
