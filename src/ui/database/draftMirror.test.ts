import { describe, expect, it } from 'vitest';
import { dropMirroredDraft, mirrorDraft, readMirroredDraft } from './draftMirror';

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

describe('the synchronous copy of a draft kept for a reload', () => {
  it('gives back the copy written when the page was hidden', () => {
    const storage = memoryStorage();
    mirrorDraft(storage, 'person-form', { value: { surname: 'Иванова' }, savedAt: 'A' });
    expect(readMirroredDraft(storage, 'person-form')).toEqual({
      value: { surname: 'Иванова' },
      savedAt: 'A',
    });
  });

  it('removes a copy only when it is the one whose IndexedDB write landed', () => {
    const storage = memoryStorage();
    mirrorDraft(storage, 'person-form', { value: 1, savedAt: 'A' });
    mirrorDraft(storage, 'person-form', { value: 2, savedAt: 'B' });
    dropMirroredDraft(storage, 'person-form', 'A');
    expect(readMirroredDraft(storage, 'person-form')?.value).toBe(2);
    dropMirroredDraft(storage, 'person-form', 'B');
    expect(readMirroredDraft(storage, 'person-form')).toBeUndefined();
  });

  it('drops an unreadable copy instead of trusting it', () => {
    const storage = memoryStorage();
    storage.setItem('serodesk.draft:person-form', '{"value":');
    expect(readMirroredDraft(storage, 'person-form')).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });
});
