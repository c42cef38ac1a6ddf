import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicSettingsSchema } from '../../src/core/clinic/settings';
import { DEMO_REGIONAL_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { AdminRegional } from './pages/AdminRegional';
import { CommissionHandover } from './pages/CommissionHandover';
import { Desk } from './pages/Desk';
import { demoAccount } from './pages/enrolledTablet';
import { Problems } from './pages/Problems';
import { StaffHome } from './pages/StaffHome';
import { TabletLock } from './pages/TabletLock';
import { VerifierPage } from './pages/verifierPage';

// A certificate issued offline is refused by the register for a reason a fix might cure —
// the clinic withdrew the test kit meanwhile — and the administrator, rather than fix it,
// discards it on «Расхождения». The citizen already holds its QR. The desk warns that the QR
// will be revoked, says so on the discard's line until the register hears of it and after,
// and the guard's phone then answers «отозвана». Before, the discarded certificate's QR
// admitted its holder at every door for ever. The ministry's administrator, asked about the
// paper, finds its number at the register: discarded on the tablet, QR revoked.
//
// One walk, in the order written: each test starts where the one before left the desk.

const account = demoAccount;

const ADMIN_PIN = '4829';

describe('a certificate discarded at the desk no longer admits at the door', () => {
  let register: RunningRegister;
  let browser: Browser;
  let deskContext: BrowserContext;
  let deskPage: Page;
  let desk: Desk;
  let problems: Problems;
  let jws = '';
  let number = '';

  async function allSent(): Promise<void> {
    await deskPage
      .getByTestId('sync-waiting')
      .getByText('Все записи отправлены', { exact: true })
      .waitFor({ timeout: 30_000 });
  }

  /** The clinic's kits withdrawn at the register, as an administrator there would. */
  async function withdrawKitsAtRegister(): Promise<void> {
    const rows = await register.db.kysely.selectFrom('clinic').select(['id', 'settings']).execute();
    for (const row of rows) {
      const settings = clinicSettingsSchema.parse(JSON.parse(row.settings));
      const kits = settings.kits.map((kit) => ({ ...kit, withdrawn: true }));
      await register.db.kysely
        .updateTable('clinic')
        .set({ settings: JSON.stringify({ ...settings, kits }) })
        .where('id', '=', row.id)
        .execute();
    }
  }

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    deskContext = await browser.newContext({
      locale: 'ru-RU',
      timezoneId: 'Asia/Kamchatka',
      viewport: { width: 1024, height: 768 },
    });
    deskPage = await deskContext.newPage();
    desk = new Desk(deskPage);
    problems = new Problems(deskPage);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('issues a certificate offline that the register then refuses for the withdrawn kit', async () => {
    await deskPage.goto(register.url);
    const home = new StaffHome(deskPage);
    await home.signIn(account('admin'));
    await home.enrolTablet('Регистратура, окно 3');
    const handover = new CommissionHandover(deskPage, account('admin'), ADMIN_PIN);
    await handover.prepare();
    await home.openDesk();
    await desk.openSignedStatement({
      surname: 'Лаврова',
      givenName: 'Инна',
      birthDate: '21.02.1985',
      sex: 'Женский',
      document: '30 10 555777',
    });
    await desk.recordPaidContract({ method: 'Наличные', receipt: '0093' });
    await desk.recordSample('K-000903');
    expect(await desk.enterResult('152,4')).toBe('Антитела обнаружены');
    await desk.syncNow();
    await allSent();

    await deskContext.setOffline(true);
    await handover.to(account('commission'));
    await desk.issueCertificate('303');
    const printed = await deskPage
      .getByTestId('certificate-document')
      .locator('.cert-number')
      .first()
      .textContent();
    number = (printed ?? '').replace(/^№\s*/, '').trim();
    expect(number).toMatch(/^[A-Z0-9]+-T\d+-\d{4}-\d{6}$/);
    jws = await desk.cardJws();

    await withdrawKitsAtRegister();
    await deskContext.setOffline(false);
    await desk.syncNow();
    await expect
      .poll(async () => problems.navLink().textContent(), { timeout: 30_000 })
      .toMatch(/1/);
  });

  it('warns the administrator that discarding it revokes the QR, and says so until the register has', async () => {
    const lock = new TabletLock(deskPage);
    await lock.lock();
    await lock.unlock(account('admin').displayName, ADMIN_PIN);
    await problems.open();
    const refused = deskPage.getByTestId('rejected-problem');
    await expect.poll(async () => refused.count()).toBe(1);
    // Offline, so the line below shows the card still waiting for the register.
    await deskContext.setOffline(true);
    await refused.getByRole('button', { name: 'Удалить запись' }).click();
    const dialog = deskPage.getByRole('alertdialog');
    expect(await dialog.textContent()).toContain('QR-код этой справки будет отозван');
    await dialog.getByRole('button', { name: 'Удалить окончательно' }).click();
    const discarded = deskPage.getByTestId('discarded-list');
    await discarded.waitFor();
    expect(await discarded.textContent()).toContain(
      'QR-код справки будет отозван при следующей связи с регистром',
    );
    // Work the register has not received: the header counts it, and signing out waits.
    await deskPage
      .getByTestId('sync-waiting')
      .getByText('Ждут отправки: 1', { exact: true })
      .waitFor({ timeout: 10_000 });
  });

  it('has the QR revoked once the desk syncs, and the guard’s phone says so', async () => {
    await deskContext.setOffline(false);
    await desk.syncNow();
    const discarded = deskPage.getByTestId('discarded-list');
    await discarded
      .getByText('QR-код справки отозван регистром', { exact: false })
      .waitFor({ timeout: 30_000 });
    await allSent();

    const phoneContext = await browser.newContext({
      locale: 'ru-RU',
      timezoneId: 'Asia/Kamchatka',
      viewport: { width: 390, height: 844 },
    });
    const phonePage = await phoneContext.newPage();
    await phonePage.goto(register.url);
    await new StaffHome(phonePage).signIn(account('verifier'));
    const phone = new VerifierPage(phonePage, register.url);
    await phone.open();
    await phone.waitForTrustList('fresh');
    await phone.paste(jws);
    expect(await phone.verdict()).toMatchObject({ verdict: 'revoked', reason: 'rid-revoked' });
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
    await screen.search(number);
    const voided = page.getByTestId('admin-voided-card');
    await voided.waitFor();
    const text = await voided.textContent();
    expect(text).toContain(number);
    expect(text).toContain('Лаврова Инна');
    expect(text).toContain('Удалена администратором клиники на планшете, не дойдя до реестра');
    // Not "nothing found", and no certificate row offering a revocation of what is void.
    expect(await page.getByTestId('admin-certificates-none').count()).toBe(0);
    expect(await page.getByTestId('admin-certificate-row').count()).toBe(0);
    await office.close();
  });
});
