import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

// What a browser must download before the app can paint: the scripts index.html loads and
// preloads, and every chunk they import statically (from Vite's build manifest,
// dist/.vite/manifest.json, `build.manifest` in vite.config.ts); and on top of them what the
// desk's first screen needs (the lazy DeskRoutes chunk and its static imports). Sizes are
// gzip at level 9 of the built files, as Vite prints them; the register sends brotli, which
// is smaller still. A manifest entry looks like:
//
//   "src/ui/desk/DeskRoutes.tsx": { "file": "assets/DeskRoutes-X08R.js", "isDynamicEntry": true,
//     "imports": ["_revocation-B1d6.js"], "dynamicImports": ["src/ui/desk/contract/ContractPrint.tsx"] }

const manifestEntrySchema = z.object({
  file: z.string(),
  name: z.string().optional(),
  src: z.string().optional(),
  isEntry: z.boolean().optional(),
  isDynamicEntry: z.boolean().optional(),
  imports: z.array(z.string()).optional(),
  dynamicImports: z.array(z.string()).optional(),
});
const manifestSchema = z.record(z.string(), manifestEntrySchema);
type Manifest = z.infer<typeof manifestSchema>;

export type ChunkSize = {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
};

export type WebBundleResult = {
  /** The entry and its static imports: what every first load runs. */
  readonly initial: readonly ChunkSize[];
  readonly initialGzipBytes: number;
  /** On top of the initial chunks, what /desk (the person search) loads, its texts included. */
  readonly desk: readonly ChunkSize[];
  readonly deskGzipBytes: number;
  /** Source modules that are lazy chunks of their own, and whether the first screens load them. */
  readonly lazy: readonly {
    readonly src: string;
    readonly gzipBytes: number;
    readonly inFirst: boolean;
  }[];
};

function staticClosure(manifest: Manifest, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return seen;
}

function sizeOf(distDir: string, file: string): ChunkSize {
  const content = readFileSync(path.join(distDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

const sum = (chunks: readonly ChunkSize[]) => chunks.reduce((total, c) => total + c.gzipBytes, 0);

/** Sizes of the first chunks of a build in `distDir` (built with the manifest). */
export function measureWebBundle(distDir: string): WebBundleResult {
  const manifest = manifestSchema.parse(
    JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')),
  );
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const loadedByHtml = new Set(
    [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]),
  );
  const entries = Object.keys(manifest).filter((key) => {
    const entry = manifest[key];
    return entry !== undefined && (entry.isEntry === true || loadedByHtml.has(entry.file));
  });
  const initialKeys = staticClosure(manifest, entries);
  const deskRoot = Object.keys(manifest).find((key) => key.endsWith('src/ui/desk/DeskRoutes.tsx'));
  // The desk's Russian texts load beside its chunk (src/ui/i18n/sections.ts): part of its
  // first screen too.
  const deskTexts = Object.keys(manifest).find((key) => key.endsWith('src/ui/desk/messages.ru.ts'));
  const deskRoots = [deskRoot, deskTexts].filter((key): key is string => key !== undefined);
  const firstKeys = staticClosure(manifest, [...entries, ...deskRoots]);
  const jsOf = (keys: Iterable<string>) =>
    [...keys]
      .map((key) => manifest[key]?.file)
      .filter((file): file is string => file !== undefined && file.endsWith('.js'));
  const initial = jsOf(initialKeys).map((file) => sizeOf(distDir, file));
  const desk = jsOf([...firstKeys].filter((key) => !initialKeys.has(key))).map((file) =>
    sizeOf(distDir, file),
  );
  const lazy = Object.entries(manifest)
    .filter(([key, entry]) => entry.isDynamicEntry === true && key.startsWith('src/'))
    .map(([key, entry]) => ({
      src: key,
      gzipBytes: sizeOf(distDir, entry.file).gzipBytes,
      inFirst: firstKeys.has(key) && !deskRoots.includes(key),
    }))
    .sort((a, b) => a.src.localeCompare(b.src));
  return {
    initial,
    initialGzipBytes: sum(initial),
    desk,
    deskGzipBytes: sum(desk),
    lazy,
  };
}
