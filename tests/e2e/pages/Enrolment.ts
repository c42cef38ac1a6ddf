import type { Locator, Page } from 'playwright-core';

/** The home screen's enrolment card with its "new tablet or one whose data was cleared?". */
export class Enrolment {
  constructor(private readonly page: Page) {}

  async typeName(name: string): Promise<void> {
    await this.page.getByLabel('Название планшета').fill(name);
  }

  /** The radio button of one of the clinic's tablets, by its code ("T1"). */
  predecessor(code: string): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${code} — `) });
  }

  newTablet(): Locator {
    return this.page.getByRole('radio', { name: 'Новый планшет' });
  }

  async enrol(): Promise<void> {
    await this.page.getByRole('button', { name: 'Зарегистрировать планшет' }).click();
    await this.page.getByTestId('tablet-enrolled').waitFor();
  }

  restoreNotice(): Locator {
    return this.page.getByTestId('restore-notice-text');
  }

  async dismissRestoreNotice(): Promise<void> {
    await this.page.getByTestId('restore-notice').getByRole('button', { name: 'Понятно' }).click();
    await this.page.getByTestId('restore-notice').waitFor({ state: 'detached' });
  }
}
