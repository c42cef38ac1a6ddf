import type { Locator, Page } from 'playwright-core';

// The admin's "Планшеты" screen as the admin drives it, in the Russian words on the screen.
export class Tablets {
  constructor(private readonly page: Page) {}

  navLink(): Locator {
    return this.page
      .getByRole('navigation', { name: 'Разделы регистратуры' })
      .getByRole('link', { name: 'Планшеты' });
  }

  async open(): Promise<void> {
    await this.navLink().click();
    await this.page.getByRole('heading', { level: 1, name: 'Планшеты клиники' }).waitFor();
  }

  /** One tablet's row, by its code ("T2"). */
  row(code: string): Locator {
    return this.page.locator(`tr[data-code="${code}"]`);
  }

  withdrawButton(code: string): Locator {
    return this.row(code).getByRole('button', { name: new RegExp(`^Отозвать планшет ${code} `) });
  }

  /** The question asked before a withdrawal. */
  confirmation(): Locator {
    return this.page.getByRole('region', { name: /^Отозвать планшет / });
  }

  async confirmWithdrawal(code: string): Promise<void> {
    await this.confirmation()
      .getByRole('button', { name: `Да, отозвать ${code}` })
      .click();
  }

  outcome(): Locator {
    return this.page.getByTestId('tablets-outcome');
  }
}
