import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';
import { TabletSettings } from './pages/TabletSettings';

// The tablet settings screen guards the way out (DESIGN, "Storage safety"): a tablet with a
// record made offline shows it waiting, refuses to be erased, saves the work to a file, and
// only then — and only with its code typed — erases its database and the saved sign-in.
describe('the tablet settings screen', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let settings: TabletSettings;
  const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
  if (admin === undefined) throw new Error('the demo seed has no admin');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', acceptDownloads: true });
    page = await context.newPage();
    await page.goto(register.url);
    const home = new StaffHome(page);
    await home.signIn(admin);
    await home.enrolTablet('Окно 7');
    await context.setOffline(true);
    await home.openDesk();
    await new Desk(page).registerPerson({
      surname: 'Хабибуллина',
      givenName: 'Дарья',
      patronymic: 'Олеговна',
      birthDate: '14.03.1985',
      sex: 'Женский',
      document: '30 05 123456',
    });
    await page.getByRole('link', { name: 'SeroDesk' }).first().click();
    settings = new TabletSettings(page);
    await settings.openFromHome();
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('shows the record waiting and the storage estimate, offline', async () => {
    await expect.poll(() => settings.waiting().textContent()).toBe('1');
    expect(await settings.storageEstimate().textContent()).toMatch(/^[\d,\s]+\s?\S+ из [\d,\s]+/);
  });

  it('refuses to erase while the record has not reached the register, and says why', async () => {
    expect(await settings.eraseRefused().textContent()).toContain(
      'Стереть нельзя: не все записи дошли до регистра (всего 1: ждут отправки — 1',
    );
    expect(await settings.eraseButton().count()).toBe(0);
  });

  it('saves a file with the record’s outbox op, never the tablet token', async () => {
    const download = await settings.exportUnsynced();
    const code = await settings.tabletCode().textContent();
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^serodesk-export-${code ?? '?'}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const text = await readFile(await download.path(), 'utf8');
    const exported = JSON.parse(text) as {
      format: string;
      tablet: { code: string };
      outbox: { opId: string; kind: string; recordId: string; state: string }[];
      records: { id: string; sync: { state: string }; record: { surname?: string } }[];
    };
    expect(exported.format).toBe('serodesk-tablet-export');
    expect(exported.tablet.code).toBe(code);
    expect(exported.outbox).toHaveLength(1);
    expect(exported.outbox[0]).toMatchObject({ kind: 'person', state: 'queued' });
    expect(exported.outbox[0]?.opId).toMatch(/^[0-9a-f-]{36}$/);
    expect(exported.records.map((row) => row.id)).toEqual([exported.outbox[0]?.recordId]);
    expect(exported.records[0]?.record.surname).toBe('Хабибуллина');
    expect(text).not.toMatch(/token|privateKey/i);
  });

  it('erases only with the tablet code, then forgets the tablet and the sign-in', async () => {
    await page.getByTestId('erase-allowed').waitFor();
    const code = (await settings.tabletCode().textContent()) ?? '';
    await settings.erase('T999');
    await expect.poll(() => settings.codeError().textContent()).toContain('Код не совпадает');
    expect(await settings.waiting().textContent()).toBe('1');

    await settings.erase(code);
    await page.getByLabel('Логин').waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => localStorage.getItem('serodesk.session'))).toBeNull();

    await context.setOffline(false);
    await new StaffHome(page).signIn(admin);
    await page.getByText('Этот планшет ещё не зарегистрирован').waitFor();
    await page.goto(`${register.url}/tablet`);
    await page.getByTestId('tablet-not-enrolled').waitFor();
    expect(await settings.waiting().textContent()).toBe('0');
  });
});
