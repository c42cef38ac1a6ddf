import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC_DIR, staticallyReached } from '../../tests/support/moduleGraph';

// What the first chunk holds is what main.tsx reaches through static, non-type imports (the
// build's `$initial` group, vite.config.ts). Sign-in, the home screen, the header's sync counts
// and the session's PIN store need neither the record schemas nor the rules (≈ 20 KB gzip of
// the first load, issue #14); the desk loads them with its own chunk. This walks the sources
// as the bundler does, so a new import that drags them back fails here, not in a benchmark.

// A value import of classic zod (`import { z } from 'zod'`, or 'zod/v4'); not `zod/mini`, not types.
const CLASSIC_ZOD_IMPORT = /^import\s+(?!type\s)[^;]*?\sfrom\s+'zod(?:\/v4)?';/m;

// A static import of vite-plugin-pwa's register module (its React hook or the plain one).
const STATIC_PWA_REGISTER =
  /^import\s+(?!type\s)[^;]*?\sfrom\s+'virtual:pwa-register(?:\/react)?';/m;

describe('the first chunk (main.tsx and its static imports)', () => {
  const reached = staticallyReached('ui/main.tsx');

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
      CLASSIC_ZOD_IMPORT.test(readFileSync(path.join(SRC_DIR, file), 'utf8')),
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

  // The service worker is registered once the page is idle (components/UpdatePrompt.tsx), with
  // vite-plugin-pwa's register module fetched then (≈ 0.3 KB gzip of the first load).
  it("does not hold the service worker's registration", () => {
    expect(reached).toContain('ui/components/UpdatePrompt.tsx');
    const registering = [...reached].filter((file) =>
      STATIC_PWA_REGISTER.test(readFileSync(path.join(SRC_DIR, file), 'utf8')),
    );
    expect(registering).toEqual([]);
  });
});

// The desk's own chunk (DeskRoutes and its static imports) is what the person search, the
// desk's first screen, waits for on every start. The camera decoder (zxing's script, the
// `camera` chunk) is the verifier's and the receipt scanner's; the scanner loads it when the
// cashier asks for it (ui/desk/contract/ReceiptScanner.tsx). Reached statically from the
// problems screen's receipt correction, it had joined the `shared` chunk's imports: 14 KB gzip
// more before the search showed.
describe("the desk's first screen (DeskRoutes and its static imports)", () => {
  const reached = staticallyReached('ui/desk/DeskRoutes.tsx');

  it('holds the person search and the receipt form, not the camera decoder', () => {
    expect(reached).toContain('ui/desk/person/PersonSearch.tsx');
    expect(reached).toContain('ui/desk/contract/ReceiptFields.tsx');
    const camera = [...reached].filter((file) =>
      /^ui\/verifier\/(CameraScanner|videoScan|qrDecoder)\./.test(file),
    );
    expect(camera).toEqual([]);
  });
});
