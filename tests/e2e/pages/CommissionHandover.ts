import type { Page } from 'playwright-core';
import type { DemoAccount } from '../../../src/register/seed';
import { TabletLock } from './TabletLock';

// Only a commission member issues a certificate (issue #11), so a flow that an admin walks
// up to the commission's step hands the tablet over: the admin's PIN is set while online,
// the tablet waits for the clinic's staff directory (the commission's names, which the issue
// form lists), and at the step the admin locks and admits the commission member with that PIN
// — offline too — who lands on the same page.

/** Whether the clinic's staff list (with roles and names) has reached the tablet's database. */
export async function hasClinicStaff(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
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
      const request = db.transaction('meta').objectStore('meta').get('desk:clinic-staff');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error('the meta row could not be read'));
      };
    });
    db.close();
    return Array.isArray((row as { value?: unknown } | undefined)?.value);
  });
}

export class CommissionHandover {
  private readonly lock: TabletLock;

  constructor(
    private readonly page: Page,
    private readonly admin: DemoAccount,
    private readonly adminPin = '4829',
  ) {
    this.lock = new TabletLock(page);
  }

  /** On the home screen, online, right after the admin signed in and enrolled the tablet. */
  async prepare(): Promise<void> {
    await this.lock.setPin(this.adminPin);
    const deadline = Date.now() + 20_000;
    while (!(await hasClinicStaff(this.page))) {
      if (Date.now() > deadline) throw new Error('the clinic staff list never arrived');
      await this.page.waitForTimeout(200);
    }
  }

  /** Locks and admits `member` on the admin's PIN; they set `pin` and land where the admin was. */
  async to(member: DemoAccount, pin = '5071'): Promise<void> {
    const place = this.lock.place();
    await this.lock.lock();
    await this.lock.admitColleague({
      newcomer: member.displayName,
      authoriser: this.admin.displayName,
      authoriserPin: this.adminPin,
      newPin: pin,
    });
    await this.page.waitForURL((url) => `${url.pathname}${url.search}` === place);
  }

  /**
   * Signs out on the home screen. With PINs set here (this handover's), the tablet then shows
   * its unlock screen; this goes on to the password sign-in for whoever comes next.
   */
  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Выйти' }).click();
    const password = this.page.getByRole('button', { name: 'Войти с паролем' });
    const login = this.page.getByLabel('Логин');
    await password.or(login).first().waitFor();
    if (await password.isVisible()) await this.lock.signInWithPassword();
  }

  /** Locks and unlocks as someone who already has a PIN here. */
  async back(member: DemoAccount, pin: string): Promise<void> {
    const place = this.lock.place();
    await this.lock.lock();
    await this.lock.unlock(member.displayName, pin);
    await this.page.waitForURL((url) => `${url.pathname}${url.search}` === place);
  }
}
