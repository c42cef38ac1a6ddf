import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateRecord } from '../../src/core/records/certificate';
import { DEMO_REGIONAL_STAFF, DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import { issueCertificate } from '../support/issueCertificate';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { acceptExampleKit } from '../support/statementChain';
import type { SyncSuite } from '../support/syncSuite';
import { makeTablet, signInStaff, staffIds } from '../support/tablets';
import { AdminRegional } from './pages/AdminRegional';
import { StaffHome } from './pages/StaffHome';

// The ministry's administrator at an office computer: a certificate issued at the demo clinic
// PKGP3 (its tablet simulated in Node with the app's own sync code) is found by its number,
// revoked with a reason after a confirmation, and shown revoked; the register's CRL lists it.
// The clinic list shows PKGP3 and not the ministry itself.

describe('the regional administrator’s clinics and certificates', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let screen: AdminRegional;
  let certificate: CertificateRecord;

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    const registrar = DEMO_STAFF.find((staff) => staff.role === 'registrar');
    if (registrar === undefined) throw new Error('the demo seed has no registrar');
    const { token } = await signInStaff(register.url, registrar.login, registrar.password);
    const tablet = await makeTablet({ url: register.url, name: 'Окно 1', staffToken: token });
    await acceptExampleKit(register.db, tablet.clinicId);
    // issueCertificate reads only the register and the staff ids of a suite.
    const suite: SyncSuite = {
      register,
      staff: await staffIds(register.db),
      registrarToken: token,
      adminToken: '',
      restart: () => Promise.reject(new Error('not used')),
      tablet: () => Promise.reject(new Error('not used')),
      close: () => Promise.resolve(),
    };
    certificate = await issueCertificate(suite, tablet, 17);

    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(register.url);
    const regional = DEMO_REGIONAL_STAFF[0];
    if (regional === undefined) throw new Error('the demo seed has no regional administrator');
    await new StaffHome(page).signIn(regional);
    screen = new AdminRegional(page);
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await page.screenshot({ path: `test-results/admin-regional-failure-${Date.now()}.png` });
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('shows the ministry’s computer the network, not a tablet’s sync', async () => {
    await page.getByTestId('network-state').waitFor();
    expect(await page.getByTestId('sync-status').count()).toBe(0);
    expect(await page.locator('header').textContent()).not.toMatch(/планшет|синхрониз/i);
  });

  it('lists the demo clinic with its certificate, and not the ministry', async () => {
    await screen.open('Клиники', 'Клиники');
    const row = screen.clinicRow('PKGP3');
    await row.waitFor();
    expect(await row.textContent()).toContain('PKGP3');
    expect(await screen.clinicRow('MZKK').count()).toBe(0);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  it('says a SNILS is what it understood, and that nothing was found', async () => {
    await screen.open('Справки', 'Справки края');
    await screen.search('087-654-303 00');
    await page.getByTestId('admin-certificates-none').waitFor();
    expect(await screen.understood().textContent()).toBe('Поиск по СНИЛС 087-654-303 00');
    expect(await page.getByTestId('admin-certificates-none').textContent()).toBe(
      'Ничего не найдено',
    );
    // A query it cannot read says why, and leaves no answer of the last one under it.
    await screen.search('087-654-303 01');
    await page.getByTestId('admin-certificates-none').waitFor({ state: 'detached' });
    expect(await screen.understood().count()).toBe(0);
  });

  it('finds the certificate by its number and revokes it with a reason after confirming', async () => {
    await screen.search(certificate.number.toLowerCase());
    const row = screen.certificateRow(certificate.number);
    await row.waitFor();
    expect(await screen.understood().textContent()).toBe(
      `Поиск по номеру справки ${certificate.number}`,
    );
    expect(await row.getAttribute('data-state')).toBe('valid');
    expect(await row.textContent()).toContain('PKGP3');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
    // The row's action is on screen, not beyond the table's scroll, on an office screen.
    const scroller = await page.locator('.admin-scroll').first().boundingBox();
    const action = await row.getByRole('button', { name: 'Аннулировать' }).boundingBox();
    expect((action?.x ?? Infinity) + (action?.width ?? 0)).toBeLessThanOrEqual(
      (scroller?.x ?? 0) + (scroller?.width ?? 0),
    );

    await row.getByRole('button', { name: 'Аннулировать' }).click();
    const form = screen.revokeForm();
    await form.getByLabel('недостоверные сведения').check();
    await form.getByRole('button', { name: 'Далее' }).click();
    // Fraud needs a note: said next to the field, nothing sent.
    await form.getByText('При ошибке или недостоверных сведениях опишите, что случилось').waitFor();
    await form.getByLabel('Пояснение').fill('Подложный паспорт (письмо МВД)');
    await form.getByRole('button', { name: 'Далее' }).click();
    expect(await form.getByRole('alert').textContent()).toContain(
      `Аннулировать справку ${certificate.number}`,
    );
    await page.screenshot({ path: 'test-results/admin-regional-revoke.png', fullPage: true });
    await form.getByRole('button', { name: 'Да, аннулировать' }).click();

    await expect
      .poll(() => screen.outcome().textContent())
      .toBe(`Справка ${certificate.number} аннулирована.`);
    expect(await row.getAttribute('data-state')).toBe('revoked');
    expect(await row.textContent()).toContain('недостоверные сведения — Подложный паспорт');
    expect(await row.getByRole('button', { name: 'Аннулировать' }).count()).toBe(0);

    const entry = await register.db.kysely
      .selectFrom('crl_entry')
      .select('rid')
      .where('rid', '=', certificate.rid ?? '')
      .executeTakeFirst();
    expect(entry?.rid).toBe(certificate.rid);
  });

  it('shows the transfer queue off, as this register runs without FEDERAL_TRANSFER, and reloads it', async () => {
    await screen.open('Передача в ФРЭР', 'Передача в федеральный регистр');
    const off = page.getByText('Передача выключена (FEDERAL_TRANSFER не включён)', {
      exact: false,
    });
    await off.waitFor();
    await page.getByRole('button', { name: 'Обновить' }).click();
    await off.waitFor();
    expect(await page.getByText('Очередь не загрузилась', { exact: false }).count()).toBe(0);
  });
});
