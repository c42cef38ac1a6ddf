import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordRevocation } from '../../src/register/trust/revocations';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { StaffHome } from './pages/StaffHome';
import { VerifierPage } from './pages/verifierPage';
import type { EnrolledIssuer } from './verifierIssuer';
import { enrolTestTablet, tamperSignature } from './verifierIssuer';

// The verifier on a phone (390 × 844 CSS pixels, as an iPhone 12–15 or a mid-range Android):
// two answers per scan — authentic, and admitted — each headline fitting the screen in both
// languages; a presence certificate green with the paper's "по … включительно" date, an
// absence certificate in slate, neither green nor red; and nothing about tablets or desk sync
// on a verifier-only device.

const PHONE = { width: 390, height: 844 };
const verifier = (() => {
  const account = DEMO_STAFF.find((staff) => staff.role === 'verifier');
  if (account === undefined) throw new Error('the demo seed has no verifier');
  return account;
})();

const NOT_DETECTED = '260415000';
const DAY = 86_400;

describe('the verifier on a 390 px phone', () => {
  let register: RunningRegister;
  let issuer: EnrolledIssuer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let screen: VerifierPage;
  const cards = new Map<string, string>();

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    issuer = await enrolTestTablet(register);
    const nowSeconds = Math.floor(Date.now() / 1000);
    cards.set('presence', await issuer.issue({ rid: 'phonePresent' }));
    cards.set(
      'absence',
      await issuer.issue({
        rid: 'phoneAbsent1',
        test: {
          loinc: '94563-4',
          result: NOT_DETECTED,
          effectiveDateTime: '2026-11-19',
          performer: 'ГБУЗ КГП № 3',
        },
      }),
    );
    cards.set(
      'expired',
      await issuer.issue({
        rid: 'phoneExpired',
        nbf: nowSeconds - 200 * DAY,
        exp: nowSeconds - 10 * DAY,
      }),
    );
    cards.set('revoked', await issuer.issue({ rid: 'phoneRevoked' }));
    cards.set('forged', tamperSignature(await issuer.issue({ rid: 'phoneForged1' })));
    cards.set('eu', 'HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N');
    await recordRevocation(register.db, {
      kid: issuer.key.publicJwk.kid,
      rid: 'phoneRevoked',
      reason: 'error',
      at: new Date(),
    });
    browser = await launchChromium();
    context = await browser.newContext({
      locale: 'ru-RU',
      timezoneId: 'Asia/Kamchatka',
      viewport: PHONE,
      deviceScaleFactor: 3,
      hasTouch: true,
    });
    page = await context.newPage();
    screen = new VerifierPage(page, register.url);
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  const card = (name: string): string => {
    const text = cards.get(name);
    if (text === undefined) throw new Error(`no ${name} card`);
    return text;
  };

  async function dismiss(): Promise<void> {
    await page.keyboard.press('Escape');
    await page.getByTestId('verdict').waitFor({ state: 'detached' });
  }

  it('shows a verifier nothing about tablet enrolment or desk sync', async () => {
    await page.goto(register.url);
    await new StaffHome(page).signIn(verifier);
    await page.getByRole('link', { name: 'Проверить QR-код' }).waitFor();
    expect(await page.getByTestId('sync-status').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Настройки планшета' }).count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toMatch(/планшет|синхрониз/i);
    await screen.open();
    await screen.waitForTrustList('fresh');
    expect(await page.locator('body').textContent()).not.toMatch(/планшет|синхрониз/i);
  });

  it('shows the trust list’s admission rules and revocation lists', async () => {
    expect(await page.getByTestId('trust-policy').textContent()).toBe(
      'Правила допуска: версия 1, Камчатский край',
    );
    expect(await page.getByTestId('trust-revocations').textContent()).toMatch(
      /^Отозвано справок: 1; список отзыва изменён \d\d\.\d\d\.\d{4} \d\d:\d\d$/,
    );
    expect(await page.getByTestId('trust-crl').getAttribute('data-ctr')).toBe('1');
    // The card is as tall as its lines, and the guard reaches the camera without scrolling.
    for (const line of ['trust-policy', 'trust-revocations']) {
      const box = await page.getByTestId(line).boundingBox();
      expect({ line, tall: (box?.height ?? Infinity) > 100 }).toEqual({ line, tall: false });
    }
    const camera = await page.getByRole('button', { name: 'Включить камеру' }).boundingBox();
    expect((camera?.y ?? Infinity) + (camera?.height ?? 0)).toBeLessThanOrEqual(PHONE.height);
  });

  it('shows a presence certificate green: admitted through the last day the paper prints', async () => {
    await screen.paste(card('presence'));
    const shown = await screen.verdict();
    expect(shown).toMatchObject({
      tone: 'valid',
      verdict: 'valid',
      admission: 'admit',
      headline: 'Допуск разрешён',
      // Sample 19.11.2026 + 6 months (ГК РФ ст. 192), as the desk prints it.
      validUntil: 'Действует по 19.05.2027 включительно',
      reasonText: 'Допуск разрешён: антитела обнаружены, справка действует',
      test: 'Антитела IgG к SARS-CoV-2 (ИФА)',
      result: 'Антитела обнаружены',
      name: 'ANNA IVANOVA',
    });
    expect(await screen.overflow()).toEqual({ headline: 0, page: 0, brokenWords: [] });
    expect(await screen.headlineInView()).toBe(true);
    mkdirSync('test-results', { recursive: true });
    await screen.screenshot('test-results/verifier-phone-admit.png');
    await dismiss();
  });

  it('shows an absence certificate authentic but not admitting, neither green nor red', async () => {
    await screen.paste(card('absence'));
    const shown = await screen.verdict();
    expect(shown).toMatchObject({
      tone: 'not-admitted',
      verdict: 'valid',
      admission: 'not-admit',
      headline: 'Без допуска',
      action: 'Не допускать по этой справке: она не даёт права на вход.',
      reasonText: 'Подлинная справка: антитела не обнаружены — не даёт прав QR-кода',
      validUntil: null,
      result: 'Антитела не обнаружены',
    });
    const background = await page
      .getByTestId('verdict')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(70, 82, 92)');
    expect(await screen.overflow()).toEqual({ headline: 0, page: 0, brokenWords: [] });
    expect(await screen.headlineInView()).toBe(true);
    await screen.screenshot('test-results/verifier-phone-absence.png');
    await dismiss();
  });

  it('says since when an expired card no longer holds, and when a revoked one was revoked', async () => {
    await screen.paste(card('expired'));
    expect(await screen.verdict()).toMatchObject({
      tone: 'invalid',
      headline: 'Срок истёк',
      action: 'Не допускать по этой справке: срок её действия истёк.',
    });
    expect(await page.getByTestId('verdict-since').textContent()).toMatch(
      /^Не действует с \d\d\.\d\d\.\d{4}$/,
    );
    await dismiss();
    await screen.paste(card('revoked'));
    // The instruction, then when and why; core's own line would only repeat the headline.
    expect(await screen.verdict()).toMatchObject({
      tone: 'invalid',
      headline: 'Справка отозвана',
      action: 'Не допускать по этой справке: она аннулирована.',
      reasonText: null,
    });
    expect(await page.getByTestId('verdict-revoked-on').textContent()).toMatch(
      /^Отозвана \d\d\.\d\d\.\d{4}: ошибка в справке$/,
    );
    await dismiss();
  });

  // Every headline but amber "check carefully", which needs a warning no desk card carries;
  // its words are shorter than "недействительна", the longest here.
  const EVERY_HEADLINE = ['presence', 'absence', 'expired', 'revoked', 'forged', 'eu'];

  it.each([
    ['Russian', 'Текст кода', 'Проверить'],
    ['English', 'Code text', 'Check'],
  ])('fits every headline on the screen in %s', async (language, label, button) => {
    if (language === 'English') await page.getByRole('button', { name: 'English' }).click();
    const headlines: string[] = [];
    const actions: (string | null)[] = [];
    for (const name of EVERY_HEADLINE) {
      await screen.pasteIn(label, button, card(name));
      const shown = await screen.verdict();
      headlines.push(shown.headline ?? '');
      actions.push(shown.action);
      expect({ name, ...(await screen.overflow()) }).toEqual({
        name,
        headline: 0,
        page: 0,
        brokenWords: [],
      });
      await dismiss();
    }
    expect(new Set(headlines).size).toBe(EVERY_HEADLINE.length);
    // Every "no" tells the guard not to admit, in plain words; a "yes" needs no instruction.
    expect(actions).toEqual(
      language === 'English'
        ? [
            null,
            'Do not admit on this certificate: it does not grant entry.',
            'Do not admit on this certificate: it has expired.',
            'Do not admit on this certificate: it has been revoked.',
            'Do not admit on this code: the certificate failed the check.',
            'Entry not confirmed by this code: it is not a certificate this app can check.',
          ]
        : [
            null,
            'Не допускать по этой справке: она не даёт права на вход.',
            'Не допускать по этой справке: срок её действия истёк.',
            'Не допускать по этой справке: она аннулирована.',
            'Не допускать по этому коду: справка не прошла проверку.',
            'Допуск по этому коду не подтверждён: это не справка, которую здесь можно проверить.',
          ],
    );
    if (language === 'English') {
      expect(headlines).toEqual([
        'Admit',
        'Does not admit',
        'Expired',
        'Revoked',
        'Not valid',
        'Cannot check',
      ]);
      await page.getByRole('button', { name: 'Русский' }).click();
    }
  });

  it('keeps the good list when the register sends a malformed key set, and says why', async () => {
    const before = await screen.trustAgeText();
    const jwks = (await (await fetch(`${register.url}/.well-known/jwks.json`)).json()) as {
      keys: { kid: string }[];
    };
    const forged = { keys: jwks.keys.map((key) => ({ ...key, kid: 'A'.repeat(43) })) };
    await page.route('**/.well-known/jwks.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        headers: { etag: '"forged"', 'cache-control': 'no-cache' },
        body: JSON.stringify(forged),
      }),
    );
    await screen.refreshTrustList();
    const failure = page.getByTestId('trust-failure');
    await failure.waitFor();
    expect(await failure.textContent()).toContain(
      'Обновление не удалось: регистр прислал неверный набор ключей',
    );
    expect(await page.getByTestId('trust-refusal').textContent()).toMatch(
      /^Набор ключей издателя отклонён: kid A+ не равен отпечатку ключа/,
    );
    expect(await screen.trustAgeText()).toBe(before);
    // The cached keys still verify the card.
    await screen.paste(card('presence'));
    expect((await screen.verdict()).tone).toBe('valid');
    await dismiss();
    await page.unroute('**/.well-known/jwks.json');
  });
});
