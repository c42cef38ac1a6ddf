import type { Locator, Page } from 'playwright-core';

// The regional administrator's "Клиники", "Справки" and "Передача в ФРЭР" screens
// (/admin/clinics, /admin/certificates, /admin/transfer) in the Russian words on the screen,
// reached from the home screen's "Администрирование".
export class AdminRegional {
  constructor(private readonly page: Page) {}

  async open(section: 'Клиники' | 'Справки' | 'Передача в ФРЭР', title: string): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: 'Администрирование' });
    if ((await nav.count()) === 0) await this.page.getByTestId('admin-link').click();
    await nav.getByRole('link', { name: section, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  clinicRow(code: string): Locator {
    return this.page.getByTestId('admin-clinic-row').filter({ hasText: code });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Номер справки или СНИЛС').fill(text);
    await this.page.getByRole('button', { name: 'Найти', exact: true }).click();
  }

  understood(): Locator {
    return this.page.getByTestId('admin-certificate-understood');
  }

  certificateRow(number: string): Locator {
    return this.page.getByTestId('admin-certificate-row').filter({ hasText: number });
  }

  revokeForm(): Locator {
    return this.page.getByTestId('admin-revoke-form');
  }

  outcome(): Locator {
    return this.page.getByTestId('admin-revoke-outcome');
  }
}
