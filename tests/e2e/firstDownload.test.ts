import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import type { SimTablet } from '../support/tablets';
import { makeTablet, newPerson, signInStaff } from '../support/tablets';
import { Desk } from './pages/Desk';
import type { BrowserTablet } from './pages/enrolledTablet';
import { demoAccount, enrolledTablet } from './pages/enrolledTablet';
import { StaffHome } from './pages/StaffHome';

// A new tablet's first download stores the clinic's persons by the page (src/storage/
// pagedRecords.ts, issue #14), in Chromium's real IndexedDB. The clerk must not see the
// difference: the person is found, their card opens, an edit is saved and reaches the
// register, and after a reload (the page index built again from what is stored) the search
// finds the edited person under the new name and nobody under the old one.
//
// One walk in the order written: each test starts where the previous one left the tablet.

/** What the browser's IndexedDB holds: rows in the persons table, pages of a download. */
async function stored(page: Page): Promise<{ persons: number; pages: number }> {
  return page.evaluate(
    () =>
      new Promise<{ persons: number; pages: number }>((resolve, reject) => {
        const opened = indexedDB.open('serodesk');
        opened.onerror = () => {
          reject(new Error('the database did not open'));
        };
        opened.onsuccess = () => {
          const db = opened.result;
          const tx = db.transaction(['persons', 'pulledPages'], 'readonly');
          const persons = tx.objectStore('persons').count();
          const pages = tx.objectStore('pulledPages').count();
          tx.oncomplete = () => {
            resolve({ persons: persons.result, pages: pages.result });
            db.close();
          };
        };
      }),
  );
}

const SURNAMES = ['Иванова', 'Петрова', 'Сидорова', 'Ким'];

async function syncAndWait(page: Page): Promise<void> {
  const button = page.getByTestId('sync-status').getByRole('button', { name: 'Синхронизировать' });
  await expect.poll(() => button.isEnabled(), { timeout: 20_000 }).toBe(true);
  await button.click();
}

describe('a new tablet’s first download, stored by the page', () => {
  let register: RunningRegister;
  let browser: Browser;
  let writer: SimTablet;
  let tablet: BrowserTablet;

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    // Another tablet of the clinic has written 400 persons and one we look for, all sent.
    const registrar = demoAccount('registrar');
    const { token, staff } = await signInStaff(register.url, registrar.login, registrar.password);
    writer = await makeTablet({
      url: register.url,
      name: 'first-download-writer',
      staffToken: token,
    });
    for (let n = 0; n < 400; n++) {
      const other = newPerson(writer, staff.id, {
        surname: SURNAMES[n % SURNAMES.length] ?? 'Иванова',
        document: { type: 'ru-passport', series: '4100', number: String(n).padStart(6, '0') },
        snils: undefined,
        phone: undefined,
      });
      expect((await writer.write(other, 'registrar')).ok).toBe(true);
    }
    const sought = newPerson(writer, staff.id, {
      surname: 'Кондратьева',
      surnameLatin: 'KONDRATEVA',
      givenName: 'Ольга',
      givenNameLatin: 'OLGA',
      document: { type: 'ru-passport', series: '3007', number: '654321' },
      snils: undefined,
      phone: '+79140000001',
    });
    expect((await writer.write(sought, 'registrar')).ok).toBe(true);
    expect((await writer.engine.syncNow()).lastError).toBeNull();
    tablet = await enrolledTablet(browser, register.url, demoAccount('registrar'), 'Окно 5');
  });

  afterAll(async () => {
    writer.db.close();
    await browser.close();
    await register.stop();
  });

  it('holds the clinic’s persons on pages and finds one by surname', async () => {
    const { page } = tablet;
    await new StaffHome(page).openDesk();
    await syncAndWait(page);
    // 401 persons (and whatever the demo seed holds) in slices of 125: four pages at least.
    await expect
      .poll(async () => (await stored(page)).pages, { timeout: 30_000 })
      .toBeGreaterThanOrEqual(4);
    expect((await stored(page)).persons).toBe(0);
    const results = await new Desk(page).search('Кондратьева');
    await expect.poll(() => results.count(), { timeout: 20_000 }).toBe(1);
    await results.first().getByRole('link').click();
    await page.getByRole('link', { name: 'Изменить данные' }).waitFor();
    const phone = page.locator('.facts-row').filter({ hasText: 'Телефон' }).locator('dd');
    expect(await phone.textContent()).toBe('+7 914 000-00-01');
  });

  it('saves an edit of that person and sends it to the register', async () => {
    const { page } = tablet;
    const desk = new Desk(page);
    await page.getByRole('link', { name: 'Изменить данные' }).click();
    await desk.field('Фамилия').fill('Кондратьева-Ли');
    await page.getByRole('button', { name: 'Сохранить изменения' }).click();
    await page.getByRole('link', { name: 'Изменить данные' }).waitFor();
    await syncAndWait(page);
    await expect
      .poll(() => desk.personSync().textContent(), { timeout: 20_000 })
      .toBe('в регистре');
    const atRegister = await register.db.kysely
      .selectFrom('clinic_record')
      .select(['version', 'body'])
      .where('body', 'like', '%Кондратьева-Ли%')
      .execute();
    expect(atRegister.map((row) => row.version)).toEqual([2]);
    // The edit is a row of the persons table, which shadows the page's copy.
    expect((await stored(page)).persons).toBe(1);
  });

  it('finds the edited person under the new name only after a reload', async () => {
    const { page } = tablet;
    await page.reload();
    const desk = new Desk(page);
    const renamed = await desk.search('Кондратьева-');
    await expect.poll(() => renamed.count(), { timeout: 20_000 }).toBe(1);
    const old = await desk.search('Кондратьева О');
    await expect
      .poll(() => page.getByText('Никого не найдено').count(), { timeout: 20_000 })
      .toBe(1);
    expect(await old.count()).toBe(0);
  });
});
