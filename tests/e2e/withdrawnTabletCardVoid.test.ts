import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/register';
import { DEMO_CLINIC } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import type { RefusedCertificate } from './pages/refusedCertificateWalk';
import { RefusedCertificateWalk } from './pages/refusedCertificateWalk';
import { TabletSettings } from './pages/TabletSettings';

// The administrator discards a refused certificate offline, and before the tablet next
// reaches the register it is withdrawn there: the void queued on it can never be sent. The
// desk says so beside the discard and leads to saving the unsent work in a file; the
// register's operator voids the QR codes the file lists (`npm run register -- void-cards`),
// and the guard's phone answers «отозвана». Before, such a QR admitted at every door.
//
// One walk, in the order written.

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('a discarded certificate’s QR on a tablet withdrawn before it could send the void', () => {
  let register: RunningRegister;
  let browser: Browser;
  let deskContext: BrowserContext;
  let deskPage: Page;
  let walk: RefusedCertificateWalk;
  let issued: RefusedCertificate;
  let workDir: string;
  let exportFile: string;

  /** `npm run register -- …` at the register, on its own data. */
  async function operator(...argv: string[]): Promise<{ code: number; out: string }> {
    let out = '';
    const code = await main(argv, {
      io: { out: (text) => (out += text), err: () => undefined },
      env: { DATA_DIR: register.config.dataDir },
      cwd: repositoryRoot,
    });
    return { code, out };
  }

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    walk = await RefusedCertificateWalk.open(browser, register);
    ({ context: deskContext, page: deskPage } = walk);
    workDir = mkdtempSync(path.join(tmpdir(), 'serodesk-withdrawn-'));
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('discards offline a certificate the register refused, its void queued', async () => {
    issued = await walk.issueRefused();
    expect(await walk.discardOffline()).toContain('QR-код этой справки будет отозван');
  });

  it('tells the desk of the withdrawn tablet to carry the void in a file', async () => {
    const listed = await operator('list-tablets', '--clinic', DEMO_CLINIC.code);
    const tablet = listed.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; name: string })
      .find((row) => row.name === 'Регистратура, окно 3');
    if (tablet === undefined) throw new Error(`the desk's tablet is not listed: ${listed.out}`);
    const withdrawn = await operator(
      'withdraw-tablet',
      '--clinic',
      DEMO_CLINIC.code,
      '--tablet',
      tablet.id,
    );
    expect(withdrawn.code).toBe(0);

    await deskContext.setOffline(false);
    await walk.desk.syncNow();
    await expect
      .poll(() => deskPage.getByTestId('sync-error').textContent(), { timeout: 20_000 })
      .toContain('Планшет отозван администратором в регистре');
    const instead = deskPage.getByTestId('discarded-card-withdrawn');
    await instead.waitFor();
    expect(await instead.textContent()).toContain(
      'сохраните неотправленное в файл и передайте файл администратору регистра',
    );
    // Not "at the next contact with the register": there will be none.
    const line = await deskPage.getByTestId('discarded-list').textContent();
    expect(line).toContain('QR-код справки по-прежнему действует на входе');
    expect(line).not.toContain('при следующей связи с регистром');
    // Still counted as waiting: the void has not left the tablet.
    await walk.untilWaiting(1, 10_000);

    await instead.getByRole('link', { name: 'Перейти к сохранению в файл' }).click();
    await deskPage.getByRole('heading', { level: 1, name: 'Настройки планшета' }).waitFor();
    const download = await new TabletSettings(deskPage).exportUnsynced();
    exportFile = path.join(workDir, download.suggestedFilename());
    await download.saveAs(exportFile);
  });

  it('has the register’s operator void the QR from the file, and the guard’s phone says so', async () => {
    const voided = await operator('void-cards', '--file', exportFile);
    expect(voided.code).toBe(0);
    expect(JSON.parse(voided.out)).toMatchObject({ number: issued.number, outcome: 'voided' });

    expect(await walk.verdictAtTheDoor(browser, issued.jws)).toMatchObject({
      verdict: 'revoked',
      reason: 'rid-revoked',
    });
  });
});
