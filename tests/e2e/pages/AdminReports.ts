import type { Download, Locator, Page } from 'playwright-core';
import { openSection } from './sections';

// The administration area's "Отчёты" screen (/admin/reports) as an administrator drives it,
// in the Russian words on the screen: reached from the home screen's "Администрирование".
export class AdminReports {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('admin-link').click();
    await openSection(this.page, { nav: 'Администрирование', link: 'Отчёты', heading: 'Отчёты' });
  }

  async showLastMonth(): Promise<void> {
    await this.page.getByRole('button', { name: 'Прошлый месяц' }).click();
    await this.page.getByRole('button', { name: 'Показать' }).click();
  }

  async showThisMonth(): Promise<void> {
    await this.page.getByRole('button', { name: 'Этот месяц' }).click();
    await this.page.getByRole('button', { name: 'Показать' }).click();
  }

  table(): Locator {
    return this.page.getByTestId('report-table');
  }

  /** A figure of the total line, by its column key ("statements", "presence", …). */
  total(column: string): Locator {
    return this.page.getByTestId('report-table-total').locator(`td[data-column="${column}"]`);
  }

  chart(): Locator {
    return this.page.getByRole('img', { name: /^За период / });
  }

  empty(): Locator {
    return this.page.getByTestId('report-empty');
  }

  progress(): Locator {
    return this.page.getByTestId('report-export-progress');
  }

  /** Starts the CSV export, waits for its link and saves the file through the browser. */
  async exportCsv(): Promise<Download> {
    await this.page.getByRole('button', { name: 'Выгрузить CSV' }).click();
    const link = this.page.getByTestId('report-export-download');
    await link.waitFor();
    const download = this.page.waitForEvent('download');
    await link.click();
    return download;
  }
}
