import type { Page } from 'playwright-core';
import type { DemoAccount } from '../../../src/register/seed';

/** The sign-in screen and the home screen: who is signed in, the tablet's enrolment. */
export class StaffHome {
  constructor(private readonly page: Page) {}

  async signIn(account: DemoAccount): Promise<void> {
    await this.page.getByLabel('Логин').fill(account.login);
    await this.page.getByLabel('Пароль').fill(account.password);
    await this.page.getByRole('button', { name: 'Войти' }).click();
    await this.page
      .getByTestId('signed-in-as')
      .getByText(`Вы вошли как ${account.displayName}`, { exact: true })
      .waitFor();
  }

  /** Enrols this browser as a clinic tablet (online, once) through the home screen's card. */
  async enrolTablet(name: string): Promise<void> {
    await this.page.getByLabel('Название планшета').fill(name);
    await this.page.getByRole('button', { name: 'Зарегистрировать планшет' }).click();
    await this.page.getByTestId('tablet-enrolled').waitFor();
    await this.savedForOffline();
  }

  /**
   * Waits, as a clerk would for "Приложение сохранено…", until the service worker has stored
   * the app: a test that cuts the network before then would find the desk's lazy chunks
   * missing, which is the network's fault, not the app's. A context that blocks service
   * workers has no registration and does not wait.
   */
  async savedForOffline(): Promise<void> {
    await this.page.evaluate(async () => {
      if ((await navigator.serviceWorker.getRegistration()) !== undefined) {
        await navigator.serviceWorker.ready;
      }
    });
  }

  async openDesk(): Promise<void> {
    await this.page.getByRole('link', { name: 'Регистратура' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Поиск пациента' }).waitFor();
  }
}
