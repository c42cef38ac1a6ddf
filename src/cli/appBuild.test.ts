import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildErrorSummary, isAppBuildStale } from './appBuild';

// Folder mtimes count too (a deleted source changes its folder), and folders made by the
// test are dated now, so the build and later edits are dated ahead of now.
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

describe('isAppBuildStale', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  function checkout(): { root: string; dist: string; touch: (file: string, at: Date) => void } {
    const root = mkdtempSync(path.join(tmpdir(), 'serodesk-build-'));
    roots.push(root);
    const touch = (file: string, at: Date) => {
      const full = path.join(root, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, 'x');
      utimesSync(full, at, at);
    };
    return { root, dist: path.join(root, 'dist'), touch };
  }

  it('is stale with no build, fresh after one, and stale again when a nested source changes', () => {
    const { root, dist, touch } = checkout();
    touch('src/ui/screens/Login.tsx', hoursFromNow(-48));
    expect(isAppBuildStale(root, dist)).toBe(true);
    touch('dist/index.html', hoursFromNow(1));
    expect(isAppBuildStale(root, dist)).toBe(false);
    touch('src/core/lab/kit.ts', hoursFromNow(2));
    expect(isAppBuildStale(root, dist)).toBe(true);
  });

  it('ignores the register, whose changes never need an app build', () => {
    const { root, dist, touch } = checkout();
    touch('dist/index.html', hoursFromNow(1));
    touch('src/register/server.ts', hoursFromNow(2));
    expect(isAppBuildStale(root, dist)).toBe(false);
  });
});

describe('buildErrorSummary', () => {
  it('gives the first line that says what is wrong, without colour codes', () => {
    const error = new Error(
      'Build failed with 1 error:\n\n[plugin vite-plugin-pwa:build]\nError: Build failed with 4 errors:\n\n' +
        "\u001b[31m[UNRESOLVED_IMPORT] \u001b[0mCould not resolve './x' in src/ui/App.tsx\n   more",
    );
    expect(buildErrorSummary(error)).toBe(
      "[UNRESOLVED_IMPORT] Could not resolve './x' in src/ui/App.tsx",
    );
  });
});
