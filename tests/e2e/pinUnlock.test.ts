import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoAccount } from '../../src/register/seed';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Desk } from './pages/Desk';
import { StaffHome } from './pages/StaffHome';
import { TabletLock } from './pages/TabletLock';

// Several clerks share one tablet: each signs in online once with the password and sets a
// PIN; afterwards they lock and unlock the tablet with no network at all, and every record
// names the person who unlocked it, not whoever enrolled the tablet.
describe('staff unlock a shared tablet offline with their own PIN', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let home: StaffHome;
  let lock: TabletLock;

  function demo(role: DemoAccount['role']): DemoAccount {
    const account = DEMO_STAFF.find((staff) => staff.role === role);
    if (account === undefined) throw new Error(`the demo seed has no ${role}`);
    return account;
  }
  const registrar = demo('registrar');
  const lab = demo('lab');
  const admin = demo('admin');

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU' });
    page = await context.newPage();
    home = new StaffHome(page);
    lock = new TabletLock(page);
    await page.goto(register.url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('lets a registrar who signed in with the password set a PIN, refusing weak ones', async () => {
    // An admin enrols the tablet and signs out, so the tablet's first user is not the author.
    await home.signIn(admin);
    await home.enrolTablet('Регистратура, окно 2');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await home.signIn(registrar);
    await lock.submitPin('1234');
    expect(await lock.errorOf('pin-new').textContent()).toBe(
      'PIN-код из цифр подряд (например, 1234 или 4321) слишком легко угадать',
    );
    await lock.submitPin('4829', '4828');
    expect(await lock.errorOf('pin-new').count()).toBe(0);
    expect(await lock.errorOf('pin-repeat').textContent()).toBe('PIN-коды не совпадают');
    expect(await page.getByLabel('Новый PIN-код').inputValue()).toBe('4829');
    await lock.setPin('4829');
    await lock.lock();
    expect(await lock.staffNames()).toEqual([registrar.displayName]);
  });

  it('lets a second member of staff sign in with the password and set their own PIN', async () => {
    await lock.signInWithPassword();
    await home.signIn(lab);
    await lock.setPin('5071');
    await lock.lock();
    expect(await lock.staffNames()).toEqual([registrar.displayName, lab.displayName]);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  it('unlocks with no network: a wrong PIN says the tries left, the right one opens', async () => {
    await context.setOffline(true);
    await page.reload();
    await lock.unlockScreen().waitFor();
    await lock.tryPin(registrar.displayName, '1111');
    await expect
      .poll(() => lock.failure().textContent())
      .toBe('Неверный PIN-код. Осталось попыток до блокировки на 5 минут: 4.');
    await lock.tryPin(registrar.displayName, '4829');
    await page
      .getByTestId('signed-in-as')
      .getByText(`Вы вошли как ${registrar.displayName}`, { exact: true })
      .waitFor();
    // A PIN session has no register token, so it offers no PIN change.
    expect(await page.getByTestId('pin-setup').count()).toBe(0);
  });

  it('records who unlocked the tablet as the author of what is registered offline', async () => {
    await home.openDesk();
    await new Desk(page).registerPerson({
      surname: 'Ельцова',
      givenName: 'Анна',
      patronymic: 'Викторовна',
      birthDate: '02.02.1990',
      sex: 'Женский',
      document: '30 07 654321',
    });
    const personId = /\/desk\/person\/([0-9a-f-]{36})/.exec(page.url())?.[1];
    expect(personId).toBeDefined();
    const createdBy = await page.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('serodesk');
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(new Error('the tablet database did not open'));
        };
      });
      const row = await new Promise<unknown>((resolve, reject) => {
        const request = db.transaction('persons').objectStore('persons').get(id);
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(new Error('the person row could not be read'));
        };
      });
      db.close();
      return (row as { record?: { createdBy?: string } } | undefined)?.record?.createdBy;
    }, personId ?? '');
    const staffRow = await register.db.kysely
      .selectFrom('staff')
      .select('id')
      .where('login', '=', registrar.login)
      .executeTakeFirstOrThrow();
    expect(createdBy).toBe(staffRow.id);
  });

  it('returns to the open statement, its address and content, after a lock and a PIN unlock', async () => {
    const desk = new Desk(page);
    await desk.startApplication();
    const statement = lock.place();
    expect(statement).toMatch(/^\/desk\/statement\/[0-9a-f-]{36}$/);
    const title = await page.locator('#statement-title').textContent();
    const person = await page.locator('.statement-head a').textContent();
    expect(person).toContain('Ельцова');
    await lock.lock();
    // The locked tablet shows neither the statement nor its address.
    expect(lock.place()).toBe('/');
    await lock.unlock(registrar.displayName, '4829');
    await page.waitForURL((url) => url.pathname === statement);
    expect(await page.locator('#statement-title').textContent()).toBe(title);
    await page.getByRole('heading', { level: 2, name: /Заявление/ }).waitFor();
    expect(await page.locator('.statement-head a').textContent()).toBe(person);
    // An address of the release that called a statement a "case" still lands on it.
    await page.goto(`${register.url}${statement.replace('/desk/statement/', '/desk/case/')}`);
    await page.waitForURL((url) => url.pathname === statement);
    expect(await page.locator('#statement-title').textContent()).toBe(title);
  });

  it('takes a colleague to the same statement when their role may open it, else home', async () => {
    const statement = lock.place();
    await lock.lock();
    await lock.unlock(lab.displayName, '5071');
    await page.waitForURL((url) => url.pathname === statement);
    await page.locator('#statement-title').waitFor();
    // A lab member may not register patients: the new-patient form is not theirs to return to.
    await lock.lock();
    await lock.unlock(registrar.displayName, '4829');
    await page.waitForURL((url) => url.pathname === statement);
    await page.goto(`${register.url}/desk/person/new`);
    await page.getByRole('heading', { level: 1, name: 'Новый пациент' }).waitFor();
    await lock.lock();
    await lock.unlock(lab.displayName, '5071');
    await page.getByTestId('signed-in-as').getByText(`Вы вошли как ${lab.displayName}`).waitFor();
    expect(lock.place()).toBe('/');
    await lock.lock();
    await lock.unlock(registrar.displayName, '4829');
    await page.getByTestId('signed-in-as').waitFor();
  });

  it('keeps refusing sign-out with unsynced work, but locks at once and keeps both PINs', async () => {
    await page.getByRole('link', { name: 'SeroDesk' }).first().click();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByTestId('sign-out-refused').waitFor();
    await lock.lock();
    expect(await lock.staffNames()).toEqual([registrar.displayName, lab.displayName]);
  });

  it('locks a PIN after five wrong tries and says until when', async () => {
    for (let i = 0; i < 4; i += 1) {
      await lock.tryPin(lab.displayName, '0007');
      await expect.poll(() => lock.failure().textContent()).toContain(`: ${String(4 - i)}.`);
    }
    await lock.tryPin(lab.displayName, '0007');
    await expect
      .poll(() => lock.failure().textContent())
      .toMatch(/^Слишком много неверных попыток: PIN-код заблокирован до \d\d:\d\d\.$/);
    await page.getByRole('button', { name: 'Выбрать другого сотрудника' }).click();
    await lock.tryPin(lab.displayName, '5071');
    expect(await lock.failure().textContent()).toContain('PIN-код заблокирован до');
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
  });

  it('erases the PIN of someone who signs out once their work reached the register', async () => {
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Выбрать другого сотрудника' }).click();
    await lock.tryPin(registrar.displayName, '4829');
    await page.getByRole('button', { name: 'Синхронизировать' }).click();
    await expect
      .poll(() => page.getByTestId('sync-waiting').textContent(), { timeout: 20_000 })
      .toBe('Все записи отправлены');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await lock.unlockScreen().waitFor();
    expect(await lock.staffNames()).toEqual([lab.displayName]);
  });
});
