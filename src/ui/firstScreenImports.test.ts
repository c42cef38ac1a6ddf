import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What the first chunk holds is what main.tsx reaches through static, non-type imports (the
// build's `$initial` group, vite.config.ts). Sign-in, the home screen, the header's sync counts
// and the session's PIN store need neither the record schemas nor the rules (≈ 20 KB gzip of
// the first load, issue #14); the desk loads them with its own chunk. This walks the sources
// as the bundler does, so a new import that drags them back fails here, not in a benchmark.

const srcDir = fileURLToPath(new URL('..', import.meta.url));

// `import { a } from './b'` and `export { a } from './b'`, not `import type` / `export type`.
const VALUE_IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'(\.[^']+)';/gm;

// A value import of classic zod (`import { z } from 'zod'`, or 'zod/v4'); not `zod/mini`, not types.
const CLASSIC_ZOD_IMPORT = /^import\s+(?!type\s)[^;]*?\sfrom\s+'zod(?:\/v4)?';/m;

function resolveModule(fromFile: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(fromFile), specifier);
  return ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((file) => existsSync(file));
}

function staticallyReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
      const resolved = match[1] === undefined ? undefined : resolveModule(file, match[1]);
      if (resolved !== undefined) visit(resolved);
    }
  };
  visit(entry);
  return new Set([...seen].map((file) => path.relative(srcDir, file).split(path.sep).join('/')));
}

describe('the first chunk (main.tsx and its static imports)', () => {
  const reached = staticallyReached(path.join(srcDir, 'ui', 'main.tsx'));

  it('holds the first screens: the shell, sign-in, the session and the header', () => {
    expect(reached).toContain('ui/App.tsx');
    expect(reached).toContain('ui/screens/LoginScreen.tsx');
    expect(reached).toContain('ui/session/SessionContext.tsx');
    expect(reached).toContain('ui/sync/SyncStatus.tsx');
    expect(reached).toContain('core/records/recordKinds.ts');
  });

  // Classic zod costs its whole ≈ 25 KB gzip as soon as one first-chunk module imports it; the
  // schemas the first screens parse with are `zod/mini` (≈ 9 KB less, issue #14). Both share
  // zod's core, so the desk's classic schemas nest them as they are.
  it('parses with zod/mini only: no module in it imports classic zod', () => {
    const classic = [...reached].filter((file) =>
      CLASSIC_ZOD_IMPORT.test(readFileSync(path.join(srcDir, file), 'utf8')),
    );
    expect(classic).toEqual([]);
  });

  it('does not hold the record schemas, the record rules or the sync protocol', () => {
    const heavy = [...reached].filter(
      (file) =>
        file === 'core/records/record.ts' ||
        file === 'core/protocol/sync.ts' ||
        file === 'storage/records.ts' ||
        file.startsWith('core/rules/'),
    );
    expect(heavy).toEqual([]);
  });

  // The home screen shows who the clinic is (core/clinic/header.ts); the settings' schemas
  // (requisites, commission, kits), the enrolment (made once per device) and the tablet
  // screen's export and erase load with the screens that use them (≈ 9 KB gzip, issue #14).
  it('does not hold the clinic settings, the enrolment or the tablet data screen', () => {
    expect(reached).toContain('core/clinic/header.ts');
    expect(reached).toContain('ui/screens/EnrolmentCard.tsx');
    const later = [...reached].filter(
      (file) =>
        (file.startsWith('core/clinic/') && file !== 'core/clinic/header.ts') ||
        file === 'core/protocol/tablet.ts' ||
        file === 'sync/enrol.ts' ||
        file === 'storage/tabletData.ts' ||
        file === 'ui/screens/EnrolmentForm.tsx' ||
        (/messages\.(ru|en)\.ts$/.test(file) && file.startsWith('ui/tablet/')),
    );
    expect(later).toEqual([]);
  });
});

// The desk's own chunk (DeskRoutes and its static imports) is what the person search, the
// desk's first screen, waits for on every start. The camera decoder (zxing's script, the
// `camera` chunk) is the verifier's and the receipt scanner's; the scanner loads it when the
// cashier asks for it (ui/desk/contract/ReceiptScanner.tsx). Reached statically from the
// problems screen's receipt correction, it had joined the `shared` chunk's imports: 14 KB gzip
// more before the search showed.
describe("the desk's first screen (DeskRoutes and its static imports)", () => {
  const reached = staticallyReached(path.join(srcDir, 'ui', 'desk', 'DeskRoutes.tsx'));

  it('holds the person search and the receipt form, not the camera decoder', () => {
    expect(reached).toContain('ui/desk/person/PersonSearch.tsx');
    expect(reached).toContain('ui/desk/contract/ReceiptFields.tsx');
    const camera = [...reached].filter((file) =>
      /^ui\/verifier\/(CameraScanner|videoScan|qrDecoder)\./.test(file),
    );
    expect(camera).toEqual([]);
  });
});
