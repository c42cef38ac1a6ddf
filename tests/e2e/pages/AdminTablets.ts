import type { Locator, Page } from 'playwright-core';
import { openSection } from './sections';

// The administration area's "Планшеты" screen (/admin/tablets) as an administrator drives it,
// in the Russian words on the screen: reached from the home screen's "Администрирование".
export class AdminTablets {
  constructor(private readonly page: Page) {}

  async open(title: 'Планшеты всех клиник' | 'Планшеты клиники'): Promise<void> {
    await this.page.getByTestId('admin-link').click();
    await openSection(this.page, { nav: 'Администрирование', link: 'Планшеты', heading: title });
  }

  /** The warning list at the top of the screen. */
  warnings(): Locator {
    return this.page.getByRole('region', { name: /^Требуют внимания/ });
  }

  /** One tablet's line in the warning list, by clinic and tablet code. */
  warning(clinic: string, code: string): Locator {
    return this.warnings().locator(`li[data-code="${code}"]`).filter({ hasText: clinic });
  }

  noWarnings(): Locator {
    return this.page.getByTestId('tablet-warnings-none');
  }

  /** One tablet's row in the table, by clinic and tablet code. */
  row(clinic: string, code: string): Locator {
    return this.page.locator(`tr[data-clinic="${clinic}"][data-code="${code}"]`);
  }

  withdrawButton(clinic: string, code: string): Locator {
    return this.row(clinic, code).getByRole('button', {
      name: new RegExp(`^Отозвать планшет ${code} .*\\(${clinic}\\)$`),
    });
  }

  confirmation(): Locator {
    return this.page.getByRole('region', { name: /^Отозвать планшет / });
  }

  async confirmWithdrawal(code: string): Promise<void> {
    await this.confirmation()
      .getByRole('button', { name: `Да, отозвать ${code}` })
      .click();
  }

  outcome(): Locator {
    return this.page.getByTestId('admin-tablets-outcome');
  }
}
