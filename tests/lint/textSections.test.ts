import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC_DIR, staticallyReached } from '../support/moduleGraph';

// The Russian texts of the desk, the administration, the verifier, the tablet's settings and
// the enrolment are sections loaded beside their screens' chunks (src/ui/i18n/sections.ts:
// `withTexts(['desk'], import('./desk/DeskRoutes'))`), not with the first chunk. A component
// that shows another section's key shows the key itself in Russian («verifier.camera.starting»)
// wherever that section has not happened to load before. English holds every section in one
// chunk, so only Russian shows it, and only on some paths: the desk's receipt scanner did, on
// a desk whose verifier had not been opened since the app started.
//
// So each chunk loaded with texts is walked as the bundler links it (its static imports, and
// the plain `import()`s of the screens that share its texts), and every `t('section.…')` in
// it must name a section loaded with it.

// withTexts(['admin', 'desk'], import('./admin/AdminRoutes'))
const WITH_TEXTS = /withTexts\(\s*\[([^\]]*)\],\s*import\('(\.[^']+)'\)/g;
const DYNAMIC_IMPORT = /import\('(\.[^']+)'\)/g;
const KEY_SECTION = /\bt\(\s*['`]([A-Za-z]+)\./g;

function uiSources(): string[] {
  return readdirSync(path.join(SRC_DIR, 'ui'), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => `ui/${name.split(path.sep).join('/')}`);
}

const read = (file: string) => readFileSync(path.join(SRC_DIR, file), 'utf8');

/** `'admin' | 'desk'` or `'admin', 'desk'` → ['admin', 'desk']. */
const quotedNames = (text: string) =>
  [...text.matchAll(/'([A-Za-z]+)'/g)].map((match) => match[1] ?? '');

/** The sections loaded beside chunks: TextSection in src/ui/i18n/sections.ts. */
function textSections(): string[] {
  const union = /export type TextSection\s*=([^;]+);/.exec(read('ui/i18n/sections.ts'))?.[1];
  return quotedNames(union ?? '');
}

type Chunk = { readonly entry: string; readonly sections: readonly string[] };

/** main.tsx with no section, and every `withTexts([…], import(…))` with its own. */
function chunksWithTexts(): Chunk[] {
  const sources = uiSources();
  const chunks: Chunk[] = [{ entry: 'ui/main.tsx', sections: [] }];
  for (const file of sources) {
    for (const match of read(file).matchAll(WITH_TEXTS)) {
      const sections = quotedNames(match[1] ?? '');
      const target = path.posix.join(path.posix.dirname(file), match[2] ?? '');
      const entry = ['.tsx', '.ts'].map((ext) => target + ext).find((f) => sources.includes(f));
      if (entry !== undefined) chunks.push({ entry, sections });
    }
  }
  return chunks;
}

/** A module's `import()`s that are not loaded with texts of their own: they share its texts. */
function plainDynamicImports(source: string): string[] {
  const withTexts = new Set([...source.matchAll(WITH_TEXTS)].map((match) => match[2]));
  return [...source.matchAll(DYNAMIC_IMPORT)]
    .map((match) => match[1] ?? '')
    .filter((specifier) => !withTexts.has(specifier));
}

function keysOfOtherSections(chunk: Chunk, lazySections: readonly string[]): string[] {
  return [...staticallyReached(chunk.entry, plainDynamicImports)].flatMap((file) =>
    [...read(file).matchAll(KEY_SECTION)]
      .map((match) => match[1] ?? '')
      .filter((section) => lazySections.includes(section) && !chunk.sections.includes(section))
      .map((section) => `${file}: t('${section}.…'), loaded with [${chunk.sections.join(', ')}]`),
  );
}

describe('the Russian text sections loaded beside each chunk', () => {
  const lazySections = textSections();
  const chunks = chunksWithTexts();

  it('finds the sections and the chunks loaded with them', () => {
    expect(lazySections).toEqual(['desk', 'admin', 'verifier', 'tabletSettings', 'enrolment']);
    expect(chunks.map((chunk) => chunk.entry)).toEqual(
      expect.arrayContaining([
        'ui/main.tsx',
        'ui/desk/DeskRoutes.tsx',
        'ui/verifier/VerifierScreen.tsx',
        'ui/admin/AdminRoutes.tsx',
        'ui/verifier/CameraScanner.tsx',
      ]),
    );
  });

  it('shows in each chunk only keys of the sections loaded with it', () => {
    expect(chunks.flatMap((chunk) => keysOfOtherSections(chunk, lazySections))).toEqual([]);
  });
});
