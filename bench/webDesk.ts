import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_STAFF } from '../src/register/seed';
import type { DemoAccount } from '../src/register/seed';
import { launchDiskProfile } from '../tests/support/browser';
import type { DiskProfile } from '../tests/support/browser';
import { CommissionHandover } from '../tests/e2e/pages/CommissionHandover';
import { Desk } from '../tests/e2e/pages/Desk';
import { StaffHome } from '../tests/e2e/pages/StaffHome';
import { coldStartsInUndrivenTabs } from './webColdStart';

// The desk in headless Chromium against a register serving the built app, driven like the
// browser tests (tests/e2e/pages): an admin signs in and enrols the tablet, the network goes
// off, and then
//  - "Выдать справку" → QR: for each of `issues` citizens the admin registers the person and
//    takes the case to a result, the commission chair (on a PIN) issues, and the page itself
//    times from the click event to the frame after the QR appears. Every other issue runs at
//    4× CPU slowdown (CDP Emulation.setCPUThrottlingRate), the rest unthrottled.
//  - offline cold start: a new tab of the same browser profile (service worker installed,
//    network off) opens /desk at 4× slowdown, timed from navigation start to the frame after
//    the person search is on screen with its search field — in tabs Playwright is not
//    attached to, since its instrumentation alone cost ≈ 0.25 s of each start
//    (webColdStart.ts).
// Times are the page's own performance.now(), so Playwright's round trips are not in them.
//
// Chromium runs without its WebUI omnibox popup (NO_OMNIBOX_POPUP): a desktop Chromium
// builds that popup, a page of its own compiling ~400 modules for ~2 s of one core, for every
// new window, and Playwright's new tab is a new window. On a 2-core machine it ran beside each
// cold start (median 2.28 s with it, 2.08 s without, same build; docs/DECISIONS.md). A
// tablet's installed app (a standalone window, no address bar) never builds it.

export type WebDeskResult = {
  readonly issueMs: readonly number[];
  readonly issueThrottledMs: readonly number[];
  readonly coldStartThrottledMs: readonly number[];
  /** The first cold start after Chromium itself started (webColdStart.ts), also at 4×. */
  readonly firstStartThrottledMs: number;
};

// Runs in the page (addInitScript) before the app: records when the issue button is clicked,
// and the first animation frame in which the certificate's QR, or the person search with its
// field, is in the document (a frame-by-frame check, close to when it is painted). A string,
// not a function: tsx would wrap a function's inner functions in a helper the page lacks.
export const PROBES_SCRIPT = `
(() => {
  const probes = {};
  window.__benchProbes = probes;
  const deskShown = () =>
    document.querySelector('main h1')?.textContent === 'Поиск пациента' &&
    document.querySelector('main input') !== null;
  const watchDesk = (now) => {
    if (deskShown()) probes.deskAt = now;
    else requestAnimationFrame(watchDesk);
  };
  requestAnimationFrame(watchDesk);
  const watchQr = (now) => {
    if (document.querySelector('[data-testid="certificate-qr"]') !== null) probes.qrAt = now;
    else requestAnimationFrame(watchQr);
  };
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button?.textContent?.trim() !== 'Выдать справку') return;
    probes.clickAt = event.timeStamp;
    probes.qrAt = undefined;
    requestAnimationFrame(watchQr);
  }, true);
})();
`;

export const NO_OMNIBOX_POPUP = '--disable-features=WebUIOmniboxPopup';

type ProbeValues = { clickAt?: number; qrAt?: number; deskAt?: number };
const readProbes = (page: Page) =>
  page.evaluate(() => (window as unknown as { __benchProbes: ProbeValues }).__benchProbes);

async function waitForProbe(page: Page, key: 'qrAt' | 'deskAt'): Promise<ProbeValues> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const probes = await readProbes(page);
    const at = probes[key];
    if (at !== undefined && at >= 0) return probes;
    if (Date.now() > deadline) {
      await page.screenshot({ path: `/tmp/webana/fail-${key}.png` });
      throw new Error(`the page never showed ${key}: ${JSON.stringify(probes)} at ${page.url()}`);
    }
    await page.waitForTimeout(20);
  }
}

async function setCpuThrottle(context: BrowserContext, page: Page, rate: number): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

async function startProfile(
  context: BrowserContext,
  page: Page,
): Promise<{ stop(): Promise<unknown> }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return { stop: async () => (await cdp.send('Profiler.stop')).profile };
}

/** The browser profile the desk is timed in: Russian, a tablet's window, the probes in every page. */
export async function launchDeskProfile(): Promise<DiskProfile> {
  const profile = await launchDiskProfile(
    { locale: 'ru-RU', viewport: { width: 1024, height: 768 } },
    [NO_OMNIBOX_POPUP],
  );
  await profile.context.addInitScript({ content: PROBES_SCRIPT });
  return profile;
}

/**
 * The state every timed start begins from: the admin signs in at `registerUrl`, enrols the
 * tablet and sets a PIN (the commission's hand-over), the service worker is installed, and the
 * desk is open. Returns the hand-over, for the issues.
 */
export async function enrolAndOpenDesk(
  page: Page,
  registerUrl: string,
  admin: DemoAccount,
): Promise<CommissionHandover> {
  const home = new StaffHome(page);
  const handover = new CommissionHandover(page, admin);
  await page.goto(registerUrl);
  await home.signIn(admin);
  await home.enrolTablet('Регистратура, замер');
  await handover.prepare();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await home.openDesk();
  return handover;
}

const SURNAMES = ['Лебедева', 'Козлова', 'Новикова', 'Морозова', 'Волкова', 'Соколова'];
const GIVEN = ['Анна', 'Мария', 'Ольга', 'Елена', 'Ирина', 'Наталья'];

/** Issues `issues` certificates (half throttled) and cold-starts the desk `coldStarts` times. */
export async function benchWebDesk(
  registerUrl: string,
  options: {
    readonly issues: number;
    readonly coldStarts: number;
    /** Writes a CPU profile of the first issue (Chrome's .cpuprofile) here. */
    readonly profileTo?: string;
    /** Writes a CPU profile of each cold start to `<coldProfileTo>-<n>.cpuprofile`. */
    readonly coldProfileTo?: string;
  },
): Promise<WebDeskResult> {
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  const chair = DEMO_STAFF.find((staff) => staff.login === 'commission');
  if (admin === undefined || chair === undefined) throw new Error('the demo seed changed');
  const profile = await launchDeskProfile();
  try {
    const { context } = profile;
    const page = await context.newPage();
    const desk = new Desk(page);
    const handover = await enrolAndOpenDesk(page, registerUrl, admin);
    await context.setOffline(true);

    const issueMs: number[] = [];
    const issueThrottledMs: number[] = [];
    for (let i = 0; i < options.issues; i += 1) {
      if (i > 0) await handover.back(admin, '4829');
      await desk.registerPerson({
        surname: `${SURNAMES[i % SURNAMES.length] ?? 'Лебедева'}-${String.fromCharCode(1040 + i)}`,
        givenName: GIVEN[i % GIVEN.length] ?? 'Анна',
        birthDate: `1${i % 9}.0${(i % 9) + 1}.1980`,
        sex: 'Женский',
        document: `30 05 ${String(200000 + i)}`,
      });
      await desk.startApplication();
      await desk.tickStatement();
      await desk.markStatementSigned();
      await desk.recordPaidContract({ method: 'Банковская карта', receipt: String(100 + i) });
      await desk.recordSample(`K-${String(900000 + i)}`);
      await desk.enterResult('152,4');
      if (i === 0) await handover.to(chair);
      else await handover.back(chair, '5071');
      await desk.field('Номер протокола комиссии').fill(String(500 + i));
      await desk.tickWholeCommission();
      const throttled = i % 2 === 1;
      if (throttled) await setCpuThrottle(context, page, 4);
      const profiler =
        options.profileTo !== undefined && i === 0 ? await startProfile(context, page) : undefined;
      await page.getByRole('button', { name: 'Выдать справку' }).click();
      const probes = await waitForProbe(page, 'qrAt');
      if (profiler !== undefined && options.profileTo !== undefined) {
        writeFileSync(options.profileTo, JSON.stringify(await profiler.stop()));
      }
      if (throttled) await setCpuThrottle(context, page, 1);
      const ms = (probes.qrAt ?? Number.NaN) - (probes.clickAt ?? Number.NaN);
      (throttled ? issueThrottledMs : issueMs).push(ms);
    }

    // Playwright's browser closes, and Chromium opens the same profile again with no driver
    // attached to the timed tabs (webColdStart.ts).
    await context.close();
    const starts = await coldStartsInUndrivenTabs(profile.folder, {
      urls: [`${registerUrl}/desk`],
      count: options.coldStarts,
      probeScript: PROBES_SCRIPT,
      probe: 'deskAt',
      extraArgs: [NO_OMNIBOX_POPUP],
      ...(options.coldProfileTo === undefined ? {} : { profileTo: options.coldProfileTo }),
    });
    return {
      issueMs,
      issueThrottledMs,
      coldStartThrottledMs: starts.againMs,
      firstStartThrottledMs: starts.firstMs,
    };
  } finally {
    await profile.close();
  }
}
