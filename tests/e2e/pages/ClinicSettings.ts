import type { Locator, Page } from 'playwright-core';
import { openSection } from './sections';

// The clinic settings screen as the clinic's admin drives it, in the Russian labels the admin
// sees.
export class ClinicSettings {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await openSection(this.page, {
      nav: 'Разделы регистратуры',
      link: 'Настройки клиники',
      heading: 'Настройки клиники',
    });
  }

  /**
   * Adds a quantitative kit and closes its form; the kit waits in the draft until saved. A new
   * kit needs its manufacturer and registration certificate (РУ), which the certificate prints.
   */
  async addKit(kit: {
    name: string;
    threshold: string;
    manufacturer?: string;
    registrationNumber?: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Добавить тест-систему' }).click();
    await this.page.getByLabel('Название', { exact: true }).fill(kit.name);
    await this.page
      .getByLabel('Производитель', { exact: true })
      .fill(kit.manufacturer ?? 'АО «Вектор-Бест»');
    await this.page
      .getByLabel('Регистрационное удостоверение (РУ)', { exact: true })
      .fill(kit.registrationNumber ?? 'РЗН 2020/10393');
    await this.page.getByLabel('Порог', { exact: true }).fill(kit.threshold);
    await this.page.getByRole('button', { name: 'Готово' }).click();
  }

  /** Ticks a kit (by its name) among the kits the `service`-th test of the price list names. */
  async tickServiceKit(service: number, kitName: string): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Тест-системы для этой услуги' })
      .nth(service)
      .getByLabel(kitName, { exact: false })
      .check();
  }

  kitRow(name: string): Locator {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Сохранить в регистре' }).click();
  }

  /** The answer to the last "Save": saved (status) or why not (alert). */
  notice(): Locator {
    return this.page.locator('#settings-save-notice');
  }
}
