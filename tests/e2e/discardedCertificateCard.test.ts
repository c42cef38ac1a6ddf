import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REGIONAL_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { AdminRegional } from './pages/AdminRegional';
import type { RefusedCertificate } from './pages/refusedCertificateWalk';
import { RefusedCertificateWalk } from './pages/refusedCertificateWalk';
import { StaffHome } from './pages/StaffHome';

// A certificate issued offline is refused by the register for a reason a fix might cure —
// the clinic withdrew the test kit meanwhile — and the administrator, rather than fix it,
// discards it on «Расхождения». The citizen already holds its QR. The desk warns that the QR
// will be revoked, says so on the discard's line until the register hears of it and after,
// and the guard's phone then answers «отозвана». Before, the discarded certificate's QR
// admitted its holder at every door for ever. The ministry's administrator, asked about the
// paper, finds its number at the register: discarded on the tablet, QR revoked.
//
// One walk, in the order written: each test starts where the one before left the desk.

describe('a certificate discarded at the desk no longer admits at the door', () => {
  let register: RunningRegister;
  let browser: Browser;
  let deskContext: BrowserContext;
  let deskPage: Page;
  let walk: RefusedCertificateWalk;
  let issued: RefusedCertificate;

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    walk = await RefusedCertificateWalk.open(browser, register);
    ({ context: deskContext, page: deskPage } = walk);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('issues a certificate offline that the register then refuses for the withdrawn kit', async () => {
    issued = await walk.issueRefused();
    expect(issued.number).toMatch(/^[A-Z0-9]+-T\d+-\d{4}-\d{6}$/);
    expect(await walk.problems.navLink().textContent()).toMatch(/1/);
  });

  it('warns the administrator that discarding it revokes the QR, and says so until the register has', async () => {
    expect(await walk.discardOffline()).toContain('QR-код этой справки будет отозван');
    expect(await deskPage.getByTestId('discarded-list').textContent()).toContain(
      'QR-код справки будет отозван при следующей связи с регистром',
    );
    // Work the register has not received: the header counts it, and signing out waits.
    await walk.untilWaiting(1, 10_000);
  });

  it('has the QR revoked once the desk syncs, and the guard’s phone says so', async () => {
    await deskContext.setOffline(false);
    await walk.desk.syncNow();
    const discarded = deskPage.getByTestId('discarded-list');
    await discarded
      .getByText('QR-код справки отозван регистром', { exact: false })
      .waitFor({ timeout: 30_000 });
    await walk.untilWaiting(0);

    expect(await walk.verdictAtTheDoor(browser, issued.jws)).toMatchObject({
      verdict: 'revoked',
      reason: 'rid-revoked',
    });
  });

  it('tells the ministry’s administrator, given the paper’s number, why its QR is revoked', async () => {
    const office = await browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 1280, height: 800 },
    });
    const page = await office.newPage();
    await page.goto(register.url);
    const regional = DEMO_REGIONAL_STAFF[0];
    if (regional === undefined) throw new Error('the demo seed has no regional administrator');
    await new StaffHome(page).signIn(regional);
    const screen = new AdminRegional(page);
    await screen.open('Справки', 'Справки края');
    await screen.search(issued.number);
    const voided = page.getByTestId('admin-voided-card');
    await voided.waitFor();
    const text = await voided.textContent();
    expect(text).toContain(issued.number);
    expect(text).toContain('Лаврова Инна');
    expect(text).toContain('Удалена администратором клиники на планшете, не дойдя до реестра');
    // Not "nothing found", and no certificate row offering a revocation of what is void.
    expect(await page.getByTestId('admin-certificates-none').count()).toBe(0);
    expect(await page.getByTestId('admin-certificate-row').count()).toBe(0);
    await office.close();
  });
});
