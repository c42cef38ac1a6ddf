import type { Locator, Page } from 'playwright-core';
import { openSection } from './sections';

// The administration area's "Сотрудники" screen (/admin/staff) as an administrator drives it,
// in the Russian words on the screen: reached from the home screen's "Администрирование".
export class AdminStaff {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('admin-link').click();
    await openSection(this.page, {
      nav: 'Администрирование',
      link: 'Сотрудники',
      heading: 'Сотрудники и роли',
    });
  }

  /** The regional administrator's first step: which clinic's staff to manage, by its code. */
  async chooseClinic(code: string): Promise<void> {
    const select = this.page.getByLabel('Клиника', { exact: true });
    const value = await select.locator('option', { hasText: code }).first().getAttribute('value');
    if (value === null) throw new Error(`no clinic ${code} to choose`);
    await select.selectOption(value);
  }

  row(login: string): Locator {
    return this.page.getByTestId(`staff-row-${login}`);
  }

  async create(member: {
    readonly login: string;
    readonly name: string;
    readonly role: string;
  }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Новый сотрудник' });
    await form.getByLabel('Логин').fill(member.login);
    await form.getByLabel('ФИО').fill(member.name);
    await form.getByLabel('Роль').selectOption({ label: member.role });
    await form.getByRole('button', { name: 'Создать учётную запись' }).click();
  }

  newMemberForm(): Locator {
    return this.page.getByRole('form', { name: 'Новый сотрудник' });
  }

  oneTimePassword(): Locator {
    return this.page.getByTestId('staff-one-time-password');
  }

  confirmation(): Locator {
    return this.page.getByTestId('staff-confirm');
  }

  outcome(): Locator {
    return this.page.getByTestId('staff-outcome');
  }
}
