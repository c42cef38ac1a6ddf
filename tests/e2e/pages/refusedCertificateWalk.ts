import type { Browser, BrowserContext, Page } from 'playwright-core';
import { clinicSettingsSchema } from '../../../src/core/clinic/settings';
import type { RunningRegister } from '../../support/register';
import { CommissionHandover } from './CommissionHandover';
import { Desk } from './Desk';
import { demoAccount } from './enrolledTablet';
import { Problems } from './Problems';
import { StaffHome } from './StaffHome';
import { TabletLock } from './TabletLock';
import type { ShownVerdict } from './verifierPage';
import { VerifierPage } from './verifierPage';

// The walk two browser tests share: a certificate issued offline that the register then
// refuses for a reason a fix might cure (the clinic withdrew the test kit meanwhile), and its
// discard by the administrator on «Расхождения», offline, so the card's void stays queued.

const ADMIN_PIN = '4829';

export type RefusedCertificate = {
  /** The number printed on the paper: "PKGP3-T1-2026-000001". */
  readonly number: string;
  /** The card the citizen holds. */
  readonly jws: string;
};

export class RefusedCertificateWalk {
  readonly desk: Desk;
  readonly problems: Problems;

  private constructor(
    private readonly register: RunningRegister,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    this.desk = new Desk(page);
    this.problems = new Problems(page);
  }

  /** The desk: a tablet of its own in `browser`, Russian, in Kamchatka's time. */
  static async open(browser: Browser, register: RunningRegister): Promise<RefusedCertificateWalk> {
    const context = await browser.newContext({
      locale: 'ru-RU',
      timezoneId: 'Asia/Kamchatka',
      viewport: { width: 1024, height: 768 },
    });
    return new RefusedCertificateWalk(register, context, await context.newPage());
  }

  /** Until the header says what waits for the register: «Все записи отправлены» at 0. */
  async untilWaiting(count: number, timeout = 30_000): Promise<void> {
    await this.page
      .getByTestId('sync-waiting')
      .getByText(count === 0 ? 'Все записи отправлены' : `Ждут отправки: ${count}`, {
        exact: true,
      })
      .waitFor({ timeout });
  }

  /** The clinic's kits withdrawn at the register, as an administrator there would. */
  private async withdrawKitsAtRegister(): Promise<void> {
    const { kysely } = this.register.db;
    const rows = await kysely.selectFrom('clinic').select(['id', 'settings']).execute();
    for (const row of rows) {
      const settings = clinicSettingsSchema.parse(JSON.parse(row.settings));
      const kits = settings.kits.map((kit) => ({ ...kit, withdrawn: true }));
      await kysely
        .updateTable('clinic')
        .set({ settings: JSON.stringify({ ...settings, kits }) })
        .where('id', '=', row.id)
        .execute();
    }
  }

  /**
   * The admin enrols the tablet and walks a case to its result online; the commission issues
   * the certificate offline; the kit is withdrawn at the register before the desk syncs.
   * Ends with the refusal counted on «Расхождения».
   */
  async issueRefused(): Promise<RefusedCertificate> {
    const { page, desk } = this;
    await page.goto(this.register.url);
    const home = new StaffHome(page);
    await home.signIn(demoAccount('admin'));
    await home.enrolTablet('Регистратура, окно 3');
    const handover = new CommissionHandover(page, demoAccount('admin'), ADMIN_PIN);
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
    const result = await desk.enterResult('152,4');
    if (result !== 'Антитела обнаружены') throw new Error(`unexpected result: ${result}`);
    await desk.syncNow();
    await this.untilWaiting(0);

    await this.context.setOffline(true);
    await handover.to(demoAccount('commission'));
    await desk.issueCertificate('303');
    const printed = await page
      .getByTestId('certificate-document')
      .locator('.cert-number')
      .first()
      .textContent();
    const number = (printed ?? '').replace(/^№\s*/, '').trim();
    const jws = await desk.cardJws();

    await this.withdrawKitsAtRegister();
    await this.context.setOffline(false);
    await desk.syncNow();
    await this.problems.navLink().getByText(/1/).waitFor({ timeout: 30_000 });
    return { number, jws };
  }

  /**
   * The administrator unlocks the tablet and, offline, discards the refused certificate on
   * «Расхождения». Answers what the confirmation said.
   */
  async discardOffline(): Promise<string> {
    const { page } = this;
    const lock = new TabletLock(page);
    await lock.lock();
    await lock.unlock(demoAccount('admin').displayName, ADMIN_PIN);
    await this.problems.open();
    const refused = page.getByTestId('rejected-problem');
    await refused.waitFor();
    await this.context.setOffline(true);
    await refused.getByRole('button', { name: 'Удалить запись' }).click();
    const dialog = page.getByRole('alertdialog');
    const said = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button', { name: 'Удалить окончательно' }).click();
    await page.getByTestId('discarded-list').waitFor();
    return said;
  }

  /** What a guard's phone of the clinic, with a fresh trust list, answers for `jws`. */
  async verdictAtTheDoor(browser: Browser, jws: string): Promise<ShownVerdict> {
    const phoneContext = await browser.newContext({
      locale: 'ru-RU',
      timezoneId: 'Asia/Kamchatka',
      viewport: { width: 390, height: 844 },
    });
    const phonePage = await phoneContext.newPage();
    await phonePage.goto(this.register.url);
    await new StaffHome(phonePage).signIn(demoAccount('verifier'));
    const phone = new VerifierPage(phonePage, this.register.url);
    await phone.open();
    await phone.waitForTrustList('fresh');
    await phone.paste(jws);
    const verdict = await phone.verdict();
    await phoneContext.close();
    return verdict;
  }
}
