import { createHash, X509Certificate } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchDiskProfile } from '../tests/support/browser';
import type { LinkOptions } from '../tests/support/delayProxy';
import { startDelayProxy } from '../tests/support/delayProxy';
import { startRegister } from '../tests/support/register';
import { machineLine } from './decode';
import { writePerformanceSection } from './performanceDoc';
import { buildApp } from './web';
import { median, seconds } from './webData';

// A new tablet's first load over a satellite link (issue #14: "a new tablet at a remote health
// post downloads the app over 600 ms round trips"). The built app is served by a register
// booted as `npm start` boots it, through the delay proxy (tests/support/delayProxy.ts) with
// each new connection's handshake counted, and opened in a new browser profile on disk. The
// questions of the person holding the tablet:
//  - when can I sign in? — the sign-in form on screen;
//  - when may the tablet leave the link? — «Приложение сохранено на устройстве и откроется без
//    сети» on screen: the service worker installed, every file of the app saved on the tablet.
//
//   npx tsx bench/webFirstLoad.ts        writes its section of docs/PERFORMANCE.md (as
//                                        `npm run bench` does after the other sections)

export const WEB_FIRST_LOAD_HEADING =
  '## A new tablet’s first load over a satellite link (issue #14)';

const RUNS = 3;

type Link = {
  readonly name: string;
  readonly rttMs: number;
  readonly options: Omit<LinkOptions, 'tls'>;
  /** HTTP/2 over TLS, as the TLS proxy in front of the register speaks in production. */
  readonly tls: boolean;
};

const LINKS: readonly Link[] = [
  {
    name: 'HTTP/1.1, 600 ms round trip',
    rttMs: 600,
    options: { connectionSetup: true },
    tls: false,
  },
  {
    name: 'HTTP/1.1, 600 ms round trip, 2 Mbit/s down',
    rttMs: 600,
    options: { connectionSetup: true, downKbitPerSecond: 2000 },
    tls: false,
  },
  {
    name: 'HTTP/2 over TLS, 600 ms round trip, 2 Mbit/s down',
    rttMs: 600,
    options: { connectionSetup: true, downKbitPerSecond: 2000 },
    tls: true,
  },
];

type Certificate = { readonly key: string; readonly cert: string };

/** A throwaway certificate for 127.0.0.1 (the browser is told to accept it). */
function selfSigned(): Certificate {
  const folder = mkdtempSync(path.join(tmpdir(), 'serodesk-certificate-'));
  const key = path.join(folder, 'key.pem');
  const cert = path.join(folder, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  try {
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function spkiHash(cert: string): string {
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

export type FirstLoad = {
  readonly link: string;
  /** From the navigation's start: the sign-in form on screen. */
  readonly signInMs: number;
  /** From the navigation's start: the «saved on this device» notice on screen. */
  readonly offlineReadyMs: number;
  readonly requestsAtSignIn: number;
  readonly requests: number;
  readonly connections: number;
  readonly mostInFlight: number;
  readonly kilobytes: number;
};

async function firstLoad(
  registerUrl: string,
  link: Link,
  certificate: Certificate,
): Promise<FirstLoad> {
  const proxy = await startDelayProxy(registerUrl, link.rttMs, {
    ...link.options,
    ...(link.tls ? { tls: certificate } : {}),
  });
  // A service worker is refused on a certificate error; the throwaway certificate is trusted
  // by its key's hash, as a real one would be (told to ignore every certificate error instead,
  // Chromium keeps no HTTP cache for the site).
  const profile = await launchDiskProfile(
    { locale: 'ru-RU', viewport: { width: 1024, height: 768 } },
    link.tls ? [`--ignore-certificate-errors-spki-list=${spkiHash(certificate.cert)}`] : [],
  );
  try {
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    await page.goto(proxy.url, { waitUntil: 'commit' });
    await page.getByLabel('Логин').waitFor({ timeout: 120_000 });
    const signInMs = await page.evaluate(() => performance.now());
    const requestsAtSignIn = proxy.requests();
    await page.getByTestId('offline-ready').waitFor({ timeout: 300_000 });
    const offlineReadyMs = await page.evaluate(() => performance.now());
    return {
      link: link.name,
      signInMs,
      offlineReadyMs,
      requestsAtSignIn,
      requests: proxy.requests(),
      connections: proxy.connections(),
      mostInFlight: proxy.mostInFlight(),
      kilobytes: proxy.bytesDown() / 1024,
    };
  } finally {
    await profile.close();
    await proxy.close();
  }
}

/** Builds the app, serves it, and loads it RUNS times over each link, each in a new profile. */
export async function benchFirstLoad(): Promise<readonly FirstLoad[]> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'serodesk-first-load-'));
  try {
    await buildApp(outDir);
    const certificate = selfSigned();
    const register = await startRegister({ staticDir: outDir });
    try {
      const loads: FirstLoad[] = [];
      for (const link of LINKS) {
        for (let run = 0; run < RUNS; run += 1) {
          const load = await firstLoad(register.url, link, certificate);
          console.error(
            `webFirstLoad: ${link.name}, run ${run + 1}: sign-in ${seconds(load.signInMs)}, saved ${seconds(load.offlineReadyMs)}, ${load.requests} requests`,
          );
          loads.push(load);
        }
      }
      return loads;
    } finally {
      await register.stop();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export function webFirstLoadSection(loads: readonly FirstLoad[], machine: string): string {
  const rows = LINKS.map((link) => {
    const runs = loads.filter((load) => load.link === link.name);
    const each = (pick: (load: FirstLoad) => number) =>
      `${seconds(median(runs.map(pick)))} (${runs.map((load) => seconds(pick(load))).join(', ')})`;
    const first = runs[0];
    const traffic =
      first === undefined
        ? '—'
        : `${first.requestsAtSignIn} / ${first.requests}, ${first.connections} connections, at most ${first.mostInFlight} at once, ${Math.round(first.kilobytes)} KB`;
    return `| ${link.name} | ${each((load) => load.signInMs)} | ${each((load) => load.offlineReadyMs)} | ${traffic} |`;
  });
  return `${WEB_FIRST_LOAD_HEADING}

\`bench/webFirstLoad.ts\`: the built app served by a register booted as \`npm start\` boots it,
through a delay proxy (tests/support/delayProxy.ts) that holds each request and answer half the
round trip and each new connection's first request one round trip more (TCP's handshake). On
the second and third links the answers' bytes go one after another at 2 Mbit/s (a health
post's share of a satellite terminal). The third speaks HTTP/2 over TLS, as Caddy or nginx do
in front of the register in production (docs/DEPLOY.md): requests share a connection, each
connection set up in two round trips (TCP's, then TLS 1.3's), with a self-signed certificate
the browser is told to trust by its key's hash (\`--ignore-certificate-errors-spki-list\`: the
site then counts as one with a real certificate, HTTP cache included; session 45's run told
it to overlook every certificate error, and Chromium then kept no HTTP cache, which cost five
requests and ≈ 150 KB more). Chromium, headless, a new profile on disk each run, ${RUNS} runs
a link (median, then each run). Timed from the navigation's start to the sign-in form on
screen, and to «Приложение сохранено на устройстве и откроется без сети»: the service worker
installed with every file of the app, after which the tablet opens the desk with no link. No
target of the issue is set on these; they say what a health post waits.

| Link | Sign-in form | Saved for offline | Requests at sign-in / in all, connections, bytes down |
| --- | --- | --- | --- |
${rows.join('\n')}

The first run of this benchmark (session 45), before the change it came with: the service
worker vite-plugin-pwa generated installed the precache one file after another (Workbox's own
choice, GoogleChrome/workbox#2528), a round trip per file: at 600 ms, sign-in form 3.2 s,
saved for offline 32.0 s. Ours (src/ui/serviceWorker/sw.ts) asks for six at a time, and the
update prompt asks for workbox-window beside vite-plugin-pwa's register module (one round
trip, not two, before sw.js is asked for): 14.0 s the same day. But Chromium lets a service
worker have only three or four requests open at once, over HTTP/2 too, so its 43 requests
still took 11–14 round trips. Since session 46 the worker also asks the page that registered
it to fetch the hashed files, largest first (src/ui/precacheAlong.ts): a page may have six
requests open per host over HTTP/1.1 and all it asks for over HTTP/2, which the most-at-once
count shows. The worker still fetches and saves every file itself; a hashed file then comes
from the browser's HTTP cache, or waits for the page's request still under way, so the
requests and bytes are those of before (tests/e2e/serviceWorkerInstall.test.ts counts each
file served once); of the 48 files saved, the five the sign-in screen loaded come from that
cache as before (docs/DECISIONS.md, "The app's own service worker"). Before and after, one
run a link each, the same hour: saved for offline 14.0 → 10.0 s (HTTP/1.1), 16.1 → 12.0 s
(2 Mbit/s), 15.1 → 9.1 s (HTTP/2 over TLS at 2 Mbit/s); the sign-in form the same.
Tried and left the same day: index.html naming the worker's registration (which the page
imports when it is idle), so that it came with the first chunk: 0.4–1.3 s sooner saved, but
3 KB more script before the sign-in form (docs/DECISIONS.md, "The page fetches the app's
files beside the installing service worker").

One-minute load average at the end: ${loadavg()[0]?.toFixed(1) ?? '?'}. ${machine}`;
}

/** Runs the benchmark and replaces its section of docs/PERFORMANCE.md. */
export async function writeWebFirstLoadSection(): Promise<readonly FirstLoad[]> {
  const loads = await benchFirstLoad();
  await writePerformanceSection(WEB_FIRST_LOAD_HEADING, webFirstLoadSection(loads, machineLine()));
  return loads;
}

if (
  process.argv[1] !== undefined &&
  fileURLToPath(import.meta.url) === path.resolve(process.argv[1])
) {
  await writeWebFirstLoadSection();
}
