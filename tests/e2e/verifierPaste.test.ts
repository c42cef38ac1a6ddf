import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrMatrix, renderQrPng } from '../../src/core/shc/qrRender';
import { toQrSegments } from '../../src/core/shc/qrSegments';
import { DEMO_STAFF } from '../../src/register/seed';
import { launchChromium } from '../support/browser';
import { takeBrowserFaults } from '../support/browserFaults';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { StaffHome } from './pages/StaffHome';
import { VerifierPage } from './pages/verifierPage';
import type { EnrolledIssuer } from './verifierIssuer';
import { enrolTestTablet } from './verifierIssuer';
import { E2E_DIST } from '../support/appDist';

// The verifier without a camera: pasted text (another system's code, a JWS, a
// .smart-health-card file), an uploaded photo, and what it says when there is no camera or
// no trust list. A browser with no fake camera: getUserMedia fails as on a desktop without one.

const verifier = (() => {
  const account = DEMO_STAFF.find((staff) => staff.role === 'verifier');
  if (account === undefined) throw new Error('the demo seed has no verifier');
  return account;
})();

describe('checking a pasted or uploaded code', () => {
  let register: RunningRegister;
  let issuer: EnrolledIssuer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let screen: VerifierPage;

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    issuer = await enrolTestTablet(register);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Asia/Kamchatka' });
    page = await context.newPage();
    screen = new VerifierPage(page, register.url);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('asks to connect once when no trust list has been downloaded', async () => {
    await page.goto(register.url);
    await new StaffHome(page).signIn(verifier);
    await screen.waitForOfflineReady();
    await context.setOffline(true);
    await screen.open();
    await screen.waitForTrustList('none');
    expect(await screen.trustAgeText()).toContain('Подключитесь к сети один раз');
    await screen.paste(await issuer.issue({ rid: 'beforeTrust' }));
    expect(await screen.verdict()).toMatchObject({ tone: 'invalid', verdict: 'unknown-issuer' });
    await screen.scanNext();
    await context.setOffline(false);
  });

  it('downloads the trust list when the network comes back', async () => {
    await screen.waitForTrustList('fresh');
    expect(await screen.trustAgeText()).toBe('Список доверенных ключей обновлён сейчас');
  });

  it('names an EU HC1: code as another system, in red', async () => {
    await context.setOffline(true);
    await screen.paste('HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N');
    expect(await screen.verdict()).toMatchObject({
      tone: 'unsupported',
      verdict: 'unsupported-format',
      reason: 'eu-dcc',
      reasonText: 'Цифровой COVID-сертификат ЕС (HC1:) — не поддерживается',
      name: null,
    });
    await screen.scanNext();
  });

  it('verifies a pasted JWS and a .smart-health-card file offline, after a reload', async () => {
    await page.reload();
    await screen.waitForTrustList('fresh');
    const jws = await issuer.issue({ rid: 'pastedCard1' });
    await screen.paste(jws);
    expect(await screen.verdict()).toMatchObject({ tone: 'valid', name: 'ANNA IVANOVA' });
    await screen.scanNext();
    await screen.paste(JSON.stringify({ verifiableCredential: [jws] }));
    expect(await screen.verdict()).toMatchObject({ tone: 'valid', birthDate: '14.03.1985' });
    await screen.scanNext();
  });

  it('has no accessibility violations on the screen or on a verdict', async () => {
    const violations = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map(
        (violation) => `${violation.id}: ${violation.help}`,
      );
    expect(await violations()).toEqual([]);
    await screen.paste(await issuer.issue({ rid: 'axeCard0001' }));
    await screen.verdict();
    expect(await violations()).toEqual([]);
    await screen.scanNext();
  });

  it('verifies a photo of the QR code', async () => {
    const plan = toQrSegments(await issuer.issue({ rid: 'photoCard01' }));
    if (!plan.ok) throw new Error(plan.reason);
    const png = renderQrPng(qrMatrix(plan.value), 4);
    await screen.upload({ name: 'qr.png', mimeType: 'image/png', buffer: Buffer.from(png) });
    expect(await screen.verdict()).toMatchObject({ tone: 'valid', name: 'ANNA IVANOVA' });
    await screen.scanNext();
  });

  it('says when a photo holds no QR code', async () => {
    const blank = renderQrPng({ size: 21, dark: Array.from({ length: 441 }, () => false) }, 4);
    await screen.upload({ name: 'blank.png', mimeType: 'image/png', buffer: Buffer.from(blank) });
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('На изображении не найден QR-код. Сфотографируйте код ближе и ровнее.');
  });

  it('answers in English when English is chosen', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await screen.pasteIn('Code text', 'Check', await issuer.issue({ rid: 'englishCard' }));
    expect(await screen.verdict()).toMatchObject({
      tone: 'valid',
      reasonText: 'Admit: antibodies detected, the certificate is in force',
      result: 'Antibodies detected',
    });
    expect(await page.getByRole('dialog', { name: 'Admit', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Scan next' }).click();
    await page.getByRole('button', { name: 'Русский' }).click();
  });

  it('warns when the trust list is older than a week, and shows a valid card amber', async () => {
    const jws = await issuer.issue({ rid: 'staleTrust1' });
    await context.clock.install({ time: Date.now() + 8 * 86_400_000 });
    await page.reload();
    await screen.waitForTrustList('stale');
    expect(await screen.trustAgeText()).toBe('Список доверенных ключей обновлён 8 дней назад');
    await screen.paste(jws);
    expect(await screen.verdict()).toMatchObject({ tone: 'caution', verdict: 'valid' });
    expect(await page.getByTestId('verdict-warnings').textContent()).toContain(
      'Список доверенных ключей устарел',
    );
    await screen.scanNext();
  });

  it('points to upload and paste when the camera cannot start', async () => {
    await screen.startCamera();
    const error = page.getByTestId('camera-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/Загрузите фото QR-кода|загрузите фото QR-кода/);
    // The reason goes to the console for whoever sets the phone up, as a warning.
    const faults = takeBrowserFaults();
    expect(faults.map((fault) => fault.kind)).toEqual(['console.warn']);
    expect(faults[0]?.text).toContain('The camera did not start NotFoundError');
  });
});
