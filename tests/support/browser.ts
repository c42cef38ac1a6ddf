import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  LaunchOptions,
} from 'playwright-core';
import { watchBrowserFaults } from './browserFaults';

// Browser tests drive the system's Chromium (Debian's package), never a downloaded build.
// Missing Chromium is a failure with instructions, not a silent pass.
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google's hosts, which this
// network refuses; the rest keep a headless run quiet and deterministic.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

// Chromium 150 (Debian bookworm's package in December 2026; 156 before) gives a page a new
// frame on a reload, and Playwright's offline emulation (`context.setOffline(true)`) does not
// follow it there: after the reload the app's requests fail with ERR_INTERNET_DISCONNECTED
// while `navigator.onLine` says true, so the app takes a dead network for a broken register
// ("error", not "offline"). A tablet whose network is really gone reads false from its
// system; this flag keeps the frame across a navigation, so the emulation holds as the
// system's would. Pages see no difference; newer Chromiums ignore the flag if it is gone.
const KEEP_FRAME_ON_NAVIGATION = '--disable-features=RenderDocument';

const DISABLE_FEATURES = '--disable-features=';

/**
 * Every launch's flags: the fixed ones, the frame kept, then the caller's own. Chromium reads
 * only the last `--disable-features`, so the caller's features join the frame's in one flag:
 * `--disable-features=RenderDocument,WebUIOmniboxPopup` (before, the benchmark's own flag
 * replaced the frame's). Playwright's list of features to disable comes before ours and is
 * replaced by it, as it has been in every run of the tests.
 */
export function chromiumLaunchArgs(extraArgs: readonly string[]): string[] {
  const features = [KEEP_FRAME_ON_NAVIGATION, ...extraArgs]
    .filter((arg) => arg.startsWith(DISABLE_FEATURES))
    .map((arg) => arg.slice(DISABLE_FEATURES.length));
  const others = extraArgs.filter((arg) => !arg.startsWith(DISABLE_FEATURES));
  return [...CHROMIUM_ARGS, `${DISABLE_FEATURES}${features.join(',')}`, ...others];
}

function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Browser tests need it: ` +
        '`apt-get install chromium` (or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
}

export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  requireChromium();
  const options: LaunchOptions = {
    executablePath: CHROMIUM_PATH,
    args: chromiumLaunchArgs(extraArgs),
  };
  return watchBrowserFaults(await chromium.launch(options));
}

/**
 * A browser with one profile on disk, as a tablet's installed app has; `close` deletes it.
 * `folder` is the profile's, for a browser started on it once `context` is closed
 * (bench/webColdStart.ts).
 */
export type DiskProfile = {
  readonly context: BrowserContext;
  readonly folder: string;
  close(): Promise<void>;
};

/**
 * Chromium with a profile in a new folder on disk, for the benchmarks. `browser.newContext()`
 * opens an off-the-record profile, which keeps IndexedDB in memory: on Chromium 150 storing
 * rows there took four times as long as in a profile on disk (10,000 persons, 8.1 s against
 * 2.0 s), so figures from it say little about a tablet.
 */
export async function launchDiskProfile(
  options: BrowserContextOptions = {},
  extraArgs: readonly string[] = [],
): Promise<DiskProfile> {
  requireChromium();
  const folder = mkdtempSync(path.join(tmpdir(), 'serodesk-profile-'));
  const context = await chromium.launchPersistentContext(folder, {
    ...options,
    executablePath: CHROMIUM_PATH,
    args: chromiumLaunchArgs(extraArgs),
  });
  return {
    context,
    folder,
    async close() {
      await context.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
