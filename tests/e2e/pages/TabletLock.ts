import type { Locator, Page } from 'playwright-core';

/** A shared tablet's lock: the PIN card on the home screen, the Lock button, the unlock screen. */
export class TabletLock {
  constructor(private readonly page: Page) {}

  /** Fills the home screen's PIN card and submits it; the caller checks what it answered. */
  async submitPin(pin: string, repeat: string = pin): Promise<void> {
    await this.page.getByLabel('Новый PIN-код').fill(pin);
    await this.page.getByLabel('Повторите PIN-код').fill(repeat);
    await this.page.getByRole('button', { name: 'Задать PIN-код' }).click();
  }

  async setPin(pin: string): Promise<void> {
    await this.submitPin(pin);
    await this.page.getByTestId('pin-saved').waitFor();
  }

  /** The error shown next to a field of the PIN card, by the field's id. */
  errorOf(fieldId: 'pin-new' | 'pin-repeat'): Locator {
    return this.page.locator(`#${fieldId}-error`);
  }

  async lock(): Promise<void> {
    await this.page.getByRole('button', { name: 'Заблокировать' }).click();
    await this.unlockScreen().waitFor();
  }

  unlockScreen(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Разблокировать планшет' });
  }

  async staffNames(): Promise<string[]> {
    const list = this.page.getByRole('list', { name: 'Сотрудники этого планшета' });
    await list.waitFor();
    return list.locator('button > span').allTextContents();
  }

  /** Picks a name from the list and types a PIN; the caller waits for the outcome. */
  async tryPin(displayName: string, pin: string): Promise<void> {
    const chosen = this.page.getByTestId('unlock-chosen');
    if (!(await chosen.isVisible())) {
      await this.page.getByRole('button', { name: displayName }).click();
    }
    await this.page.getByLabel('PIN-код').fill(pin);
    await this.page.getByRole('button', { name: 'Разблокировать' }).click();
    // The check is done when no submit button is busy (the unlock screen, or the home screen).
    await this.page.waitForFunction(() => document.querySelector('form button:disabled') === null);
  }

  failure(): Locator {
    return this.page.getByTestId('unlock-failure');
  }

  async signInWithPassword(): Promise<void> {
    await this.page.getByRole('button', { name: 'Войти с паролем' }).click();
    await this.page.getByLabel('Логин').waitFor();
  }
}
