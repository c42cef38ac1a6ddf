import type { Locator, Page } from 'playwright-core';

// The "Расхождения" screen as a clerk uses it: open it from the desk's menu, read a clashing
// field's two values, pick one, resolve.
export class Problems {
  constructor(private readonly page: Page) {}

  navLink(): Locator {
    return this.page
      .getByRole('navigation', { name: 'Разделы регистратуры' })
      .getByRole('link', { name: /^Расхождения/ });
  }

  async open(): Promise<void> {
    await this.navLink().click();
    await this.page.getByRole('heading', { level: 1, name: 'Расхождения с регистром' }).waitFor();
  }

  conflicts(): Locator {
    return this.page.getByTestId('conflict-problem');
  }

  /** The fieldset of one clashing field, by its label ("Телефон"). */
  field(label: string): Locator {
    return this.page.getByRole('group', { name: label, exact: true });
  }

  async keep(label: string, side: 'В регистре' | 'На планшете'): Promise<void> {
    await this.field(label)
      .getByRole('radio', { name: new RegExp(`^${side}`) })
      .check();
  }

  async resolve(): Promise<void> {
    await this.page.getByRole('button', { name: 'Решить' }).click();
  }

  nothingLeft(): Locator {
    return this.page.getByTestId('problems-none');
  }
}
