import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { DelayProxy } from '../support/delayProxy';
import { startDelayProxy } from '../support/delayProxy';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';

// The app's own service worker (src/ui/serviceWorker/sw.ts). A new tablet at a health post
// on a satellite link may go offline only once every file of the app is saved on it; the
// install fetches them several at a time, where one after another cost a round trip each
// (≈ 30 s at 600 ms), and the page fetches them beside it (src/ui/precacheAlong.ts) without
// any file crossing the link twice. And a new version waits for the person's «Обновить»,
// which hands over to it.

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The registration's workers as the page sees them. */
async function workers(page: Page): Promise<{ active: boolean; waiting: boolean }> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { active: Boolean(registration?.active), waiting: Boolean(registration?.waiting) };
  });
}

/** The precache list vite-plugin-pwa wrote into the built worker, in its order. */
function precacheUrls(appDir: string): string[] {
  //   …,[{"revision":null,"url":"assets/app-Bn_1lc4g.js"},…,
  //      {"revision":"d857…","url":"manifest.webmanifest"}],…
  const listed = /\[\{"revision":[^\]]*\]/.exec(readFileSync(path.join(appDir, 'sw.js'), 'utf8'));
  const entries = JSON.parse(listed?.[0] ?? '[]') as { url: string }[];
  return entries.map((entry) => entry.url);
}

/** The built files a tablet needs offline: all but the worker, compressed copies and maps. */
function appFiles(appDir: string): string[] {
  return readdirSync(appDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(appDir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !/^sw\.js|\.(br|gz|map)$|^\.vite\//.test(file));
}

/** How many times the register served each of the app's files (its log: method and path). */
function timesServed(logLines: readonly string[]): Map<string, number> {
  const times = new Map<string, number>();
  for (const line of logLines) {
    const entry = JSON.parse(line) as { msg?: string; req?: { method?: string; path?: string } };
    const { method, path: served } = entry.req ?? {};
    if (entry.msg !== 'incoming request' || method !== 'GET' || served === undefined) continue;
    times.set(served, (times.get(served) ?? 0) + 1);
  }
  return times;
}

describe('the service worker', () => {
  let appDir: string;
  let register: RunningRegister;
  let proxy: DelayProxy;
  let browser: Browser;

  beforeAll(async () => {
    // A copy of the build, so that the update below can change its sw.js.
    appDir = mkdtempSync(path.join(tmpdir(), 'serodesk-app-'));
    cpSync(path.resolve(repositoryRoot, E2E_DIST), appDir, { recursive: true });
    register = await startRegister({ staticDir: appDir });
    proxy = await startDelayProxy(register.url, 200, { connectionSetup: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await proxy.close();
    await register.stop();
    rmSync(appDir, { recursive: true, force: true });
  });

  it('lists every file of the app once in its precache, the web manifest included', () => {
    const urls = precacheUrls(appDir);
    expect(urls.length).toBeGreaterThan(0);
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual(appFiles(appDir).sort());
  });

  it('saves the app on a slow link fetching several files at a time, then opens offline', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    // The worker's own requests (the browser tells them from the page's), sw.js aside: at
    // most how many were open at once while it installed.
    let open = 0;
    let mostOpen = 0;
    const byInstall = (request: Request) =>
      request.serviceWorker() !== null && !request.url().endsWith('/sw.js');
    context.on('request', (request) => {
      if (!byInstall(request)) return;
      open += 1;
      mostOpen = Math.max(mostOpen, open);
    });
    const closed = (request: Request) => {
      if (byInstall(request)) open -= 1;
    };
    context.on('requestfinished', closed);
    context.on('requestfailed', closed);
    // The page's own requests for what the sign-in screen does not load: the files the
    // worker asked it to fetch beside the install (src/ui/precacheAlong.ts).
    const fetchedByPage: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker() === null) fetchedByPage.push(new URL(request.url()).pathname);
    });
    const loggedBefore = register.logLines.length;
    const page = await context.newPage();
    await page.goto(proxy.url);
    await page.getByTestId('offline-ready').waitFor();
    expect(mostOpen).toBeGreaterThanOrEqual(3);
    const decoder = appFiles(appDir).find((file) => file.endsWith('.wasm'));
    expect(fetchedByPage).toContain(`/${decoder ?? 'a .wasm decoder'}`);
    // Fetched by the page and the worker, each hashed file still crossed the link once (one
    // with a revision, such as the favicon the page showed, the worker asks for anew).
    const served = timesServed(register.logLines.slice(loggedBefore));
    const hashed = appFiles(appDir).filter((file) => file.startsWith('assets/'));
    expect(hashed.length).toBeGreaterThan(30);
    expect(hashed.map((file) => [file, served.get(`/${file}`)])).toEqual(
      hashed.map((file) => [file, 1]),
    );

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Вход для сотрудников' }).waitFor();
    await context.close();
  });

  it('keeps a new version waiting until «Обновить», which hands the page over to it', async () => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(register.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    expect(await workers(page)).toEqual({ active: true, waiting: false });

    // A new build's worker: its text differs, and only the plain file is left to serve.
    appendFileSync(path.join(appDir, 'sw.js'), '\n// the next version\n');
    rmSync(path.join(appDir, 'sw.js.br'));
    rmSync(path.join(appDir, 'sw.js.gz'));
    const loggedBefore = register.logLines.length;
    await page.reload();
    await page.getByText('Доступна новая версия приложения.').waitFor();
    expect(await workers(page)).toEqual({ active: true, waiting: true });

    await page.getByRole('button', { name: 'Обновить' }).click();
    await expect.poll(() => workers(page)).toEqual({ active: true, waiting: false });
    await page.getByRole('heading', { level: 1, name: 'Вход для сотрудников' }).waitFor();
    // Its files unchanged, the update brought none of them over the link again.
    const served = timesServed(register.logLines.slice(loggedBefore));
    expect([...served.keys()].filter((file) => file.startsWith('/assets/'))).toEqual([]);
    await context.close();
  });
});
