import type { z } from 'zod';
import type { SeroDeskDatabase } from './database';

// Drafts are what a clerk has typed and not yet saved as a record: written as they type, so
// a reload or a dead battery loses nothing. A draft read back goes through the form's
// schema; one that no longer fits (an older app version) is dropped with a warning, never
// half-applied.
export async function loadDraft<T>(
  db: SeroDeskDatabase,
  key: string,
  schema: z.ZodType<T>,
): Promise<T | undefined> {
  const row = await db.drafts.get(key);
  if (row === undefined) return undefined;
  const parsed = schema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  console.warn(`Dropped draft "${key}" that no longer fits its form`, parsed.error.issues);
  await db.drafts.delete(key);
  return undefined;
}

export async function saveDraft(
  db: SeroDeskDatabase,
  key: string,
  value: unknown,
  now: () => Date,
): Promise<void> {
  await db.drafts.put({ key, value, savedAt: now().toISOString() });
}

export async function deleteDraft(db: SeroDeskDatabase, key: string): Promise<void> {
  await db.drafts.delete(key);
}
