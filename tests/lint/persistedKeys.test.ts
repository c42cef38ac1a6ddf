import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// One registry of persisted keys (issue #10): the tablet's IndexedDB `meta` keys live in
// src/storage/metaKeys.ts and the browser's localStorage keys in src/ui/persistedKeys.ts,
// each with its schema. These tests hold every other source file to going through them, so
// a key cannot be spelt two ways or read without its schema.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function offenders(pattern: RegExp, allowed: string): string[] {
  return sourceFiles('src')
    .filter((file) => path.normalize(file) !== path.normalize(allowed))
    .filter((file) => pattern.test(readFileSync(file, 'utf8')));
}

describe('the registry of persisted keys', () => {
  it('is the only code that reads or writes the meta table', () => {
    expect(
      offenders(/\.meta\s*\.\s*(get|put|add|delete|where|bulk\w*)\s*\(/, 'src/storage/metaKeys.ts'),
    ).toEqual([]);
  });

  it('is the only code that reads or writes localStorage', () => {
    expect(offenders(/\.(getItem|setItem|removeItem)\s*\(/, 'src/ui/persistedKeys.ts')).toEqual([]);
  });

  it('finds a direct use when there is one (the check can fail)', () => {
    expect(/\.meta\s*\.\s*(get|put|add|delete|where|bulk\w*)\s*\(/.test("db.meta.get('x')")).toBe(
      true,
    );
    expect(/\.(getItem|setItem|removeItem)\s*\(/.test("localStorage.getItem('x')")).toBe(true);
  });
});
