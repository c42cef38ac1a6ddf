import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// A stand-in for Vite's dist/: enough files to test how the register serves a built app,
// without building it. index.html is dated a day ahead so `npm start` never rebuilds it.

export const FAKE_INDEX_HTML = '<!doctype html><title>SeroDesk test shell</title>';

export function makeFakeApp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'serodesk-app-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), FAKE_INDEX_HTML);
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"SeroDesk"}');
  writeFileSync(path.join(dir, 'assets', 'index-3f9a1c2b.js'), 'console.log("app");');
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
  utimesSync(path.join(dir, 'index.html'), tomorrow, tomorrow);
  return dir;
}
