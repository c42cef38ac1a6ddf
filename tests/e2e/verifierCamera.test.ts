import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordRevocation } from '../../src/register/trust/revocations';
import { DEMO_STAFF } from '../../src/register/seed';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { StaffHome } from './pages/StaffHome';
import { VerifierPage } from './pages/verifierPage';
import type { EnrolledIssuer } from './verifierIssuer';
import { enrolTestTablet, tamperSignature, writeCardClip } from './verifierIssuer';
import { E2E_DIST } from '../support/appDist';

// Issue 4's camera test: a card issued with a key enrolled at the real register is shown to
// Chromium's fake camera as a .y4m clip of its QR. The demo verifier opens /verify online once
// (the trust list downloads), the network goes, and the scan is checked offline. One browser
// per clip, because the clip is a launch flag.

const verifier = (() => {
  const account = DEMO_STAFF.find((staff) => staff.role === 'verifier');
  if (account === undefined) throw new Error('the demo seed has no verifier');
  return account;
})();

describe('scanning a certificate with the camera, offline', () => {
  let register: RunningRegister;
  let issuer: EnrolledIssuer;
  let browser: Browser | undefined;
  let context: BrowserContext;

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    issuer = await enrolTestTablet(register);
  });

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  afterAll(async () => {
    await register.stop();
  });

  /** Signs the verifier in, downloads the trust list, goes offline and points the camera. */
  async function scanOffline(makeJws: () => Promise<string>, name: string): Promise<VerifierPage> {
    const { clip } = await writeCardClip(makeJws, name);
    browser = await launchChromium([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${clip}`,
    ]);
    context = await browser.newContext({
      locale: 'ru-RU',
      timezoneId: 'Asia/Kamchatka',
      viewport: { width: 480, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(register.url);
    await new StaffHome(page).signIn(verifier);
    await page.getByRole('link', { name: 'Проверить QR-код' }).click();
    const screen = new VerifierPage(page, register.url);
    await screen.waitForTrustList('fresh');
    expect(await screen.trustAgeText()).toMatch(/^Список доверенных ключей обновлён/);
    await context.setOffline(true);
    await screen.startCamera();
    return screen;
  }

  it('shows a valid card green, with the name and date of birth to compare', async () => {
    const screen = await scanOffline(() => issuer.issue({ rid: 'validCard01' }), 'valid');
    const shown = await screen.verdict();
    expect(shown).toMatchObject({
      tone: 'valid',
      verdict: 'valid',
      reasonText: 'Допуск разрешён: антитела обнаружены, справка действует',
      name: 'ANNA IVANOVA',
      cyrillicName: 'Иванова Анна Сергеевна',
      birthDate: '14.03.1985',
      result: 'Антитела обнаружены',
    });
    mkdirSync('test-results', { recursive: true });
    await screen.screenshot('test-results/verifier-valid.png');
  });

  it('scans again after "scan next": the camera restarts and reads the next code', async () => {
    const screen = await scanOffline(() => issuer.issue({ rid: 'nextCard001' }), 'next');
    expect((await screen.verdict()).tone).toBe('valid');
    await screen.scanNext();
    expect((await screen.verdict()).name).toBe('ANNA IVANOVA');
  });

  it('shows a revoked card red as revoked', async () => {
    const rid = 'revokedCard';
    const issueRevoked = () =>
      issuer.issue({
        rid,
        patient: {
          familyLatin: 'PETROV',
          givenLatin: ['IVAN'],
          birthDate: '1970-01-02',
        },
      });
    await recordRevocation(register.db, {
      kid: issuer.key.publicJwk.kid,
      rid,
      reason: 'error',
      at: new Date(),
    });
    const shown = await (await scanOffline(issueRevoked, 'revoked')).verdict();
    expect(shown).toMatchObject({ tone: 'invalid', verdict: 'revoked', reason: 'rid-revoked' });
    expect(shown.name).toBeNull();
  });

  it('shows a card with one character of its signature changed red, with the reason', async () => {
    const issueTampered = async () => tamperSignature(await issuer.issue({ rid: 'tamperedCrd' }));
    const shown = await (await scanOffline(issueTampered, 'tampered')).verdict();
    expect(shown).toMatchObject({
      tone: 'invalid',
      verdict: 'bad-signature',
      reason: 'signature-invalid',
    });
    expect(shown.name).toBeNull();
  });
});
