import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The app's modules as the bundler links them, for tests that hold a chunk to what it may
// contain: a module goes to the chunk of whatever imports it statically, so what an entry
// reaches through static, non-type imports is what loads with it.

export const SRC_DIR = fileURLToPath(new URL('../../src/', import.meta.url));

// `import { a } from './b'` and `export { a } from './b'`, not `import type` / `export type`.
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'(\.[^']+)';/gm;

function resolveModule(fromFile: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(fromFile), specifier);
  return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((file) => existsSync(file));
}

/**
 * The modules `entry` (a path under src/) reaches statically, as paths under src/:
 * `ui/App.tsx`. `alsoFollow` names more specifiers of a module's source to follow (some of
 * its `import()`s, say).
 */
export function staticallyReached(
  entry: string,
  alsoFollow: (source: string) => readonly string[] = () => [],
): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const specifiers = [...source.matchAll(VALUE_IMPORT)].map((match) => match[1] ?? '');
    for (const specifier of [...specifiers, ...alsoFollow(source)]) {
      const resolved = resolveModule(file, specifier);
      if (resolved !== undefined) visit(resolved);
    }
  };
  visit(path.join(SRC_DIR, entry));
  return new Set([...seen].map((file) => path.relative(SRC_DIR, file).split(path.sep).join('/')));
}
