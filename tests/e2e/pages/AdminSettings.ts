import type { Locator, Page } from 'playwright-core';

// The administration area's "Настройки клиники" screen (/admin/settings) as the clinic's
// admin drives it, in the Russian words on the screen: reached from the home screen's
// "Администрирование". The form itself is the desk's (pages/ClinicSettings.ts).
export class AdminSettings {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('admin-link').click();
    await this.page
      .getByRole('navigation', { name: 'Администрирование' })
      .getByRole('link', { name: 'Настройки клиники' })
      .click();
    await this.formShown();
  }

  async formShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Настройки клиники' }).waitFor();
    await this.page.getByRole('button', { name: 'Сохранить в регистре' }).waitFor();
  }

  /** The price field of a price-list service, by its code. */
  price(code: string): Locator {
    return this.page.getByRole('group', { name: code }).getByLabel('Цена, ₽', { exact: true });
  }

  /** A field of «Правила выдачи», by its label ("Наибольший возраст образца, дней"). */
  policyField(label: string): Locator {
    return this.page
      .getByRole('region', { name: 'Правила выдачи' })
      .getByLabel(label, { exact: true });
  }

  async discard(): Promise<void> {
    await this.page.getByRole('button', { name: 'Отменить изменения' }).click();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Сохранить в регистре' }).click();
  }

  /** The answer to the last "Save": saved (status) or why not (alert). */
  notice(): Locator {
    return this.page.locator('#settings-save-notice');
  }
}
