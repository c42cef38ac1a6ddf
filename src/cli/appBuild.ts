import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

// `npm start` builds the PWA only when the build is missing or older than its sources, so a
// fresh checkout works with one command and a restart costs nothing. The check is a cheap
// mtime walk, not a content hash: a false "stale" only costs one extra build.

/** What the app build is made from, relative to the repository root. */
export const APP_SOURCES = [
  'src/ui',
  'src/core',
  'src/storage',
  'src/sync',
  'index.html',
  'public',
  'vite.config.ts',
] as const;

function newestMtimeMs(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    newest = Math.max(newest, newestMtimeMs(path.join(entry, child)));
  }
  return newest;
}

/** True when `<staticDir>/index.html` is missing or older than any app source file. */
export function isAppBuildStale(repositoryRoot: string, staticDir: string): boolean {
  const builtIndex = path.join(staticDir, 'index.html');
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return APP_SOURCES.some((source) => newestMtimeMs(path.join(repositoryRoot, source)) > builtAt);
}

/** Builds the app into `staticDir` with Vite's JS API and the repository's vite.config.ts. */
export async function buildApp(repositoryRoot: string, staticDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    root: repositoryRoot,
    configFile: path.join(repositoryRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: staticDir, emptyOutDir: true },
  });
}

/** The first informative line of a Vite/Rolldown build error, without colour codes. */
export function buildErrorSummary(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = stripVTControlCharacters(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(Error: )?Build failed/.test(line))
    .filter((line) => !/^\[plugin [^\]]*\]$/.test(line));
  return lines[0] ?? 'unknown build error';
}
