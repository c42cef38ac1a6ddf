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

  /** Unlocks with the right PIN and waits until the unlock screen has gone. */
  async unlock(displayName: string, pin: string): Promise<void> {
    await this.tryPin(displayName, pin);
    await this.page.locator('#unlock-title').waitFor({ state: 'detached' });
  }

  /** The path and query the app shows, e.g. "/desk/statement/0193…". */
  place(): string {
    const url = new URL(this.page.url());
    return `${url.pathname}${url.search}`;
  }

  /**
   * A colleague new to this tablet starts offline: they pick their name from the clinic's
   * staff, the authoriser picks theirs and types their PIN, then the newcomer sets a PIN.
   * Stops before the newcomer's PIN when the authoriser's is refused (see firstPinFailure).
   */
  async admitColleague(admission: {
    readonly newcomer: string;
    readonly authoriser: string;
    readonly authoriserPin: string;
    readonly newPin?: string;
  }): Promise<void> {
    const title = this.page.getByRole('heading', {
      level: 1,
      name: 'Первый PIN-код на этом планшете',
    });
    if (!(await title.isVisible())) {
      await this.page
        .getByRole('button', {
          name: 'Впервые на этом планшете? Допуск от администратора или члена комиссии',
        })
        .click();
      await title.waitFor();
    }
    const forWhom = this.page.getByTestId('first-pin-for');
    if (!(await forWhom.isVisible())) {
      await this.page
        .getByRole('list', { name: 'Сотрудники клиники без PIN-кода на этом планшете' })
        .getByRole('button', { name: admission.newcomer })
        .click();
    }
    if (!(await this.page.getByTestId('first-pin-authoriser').isVisible())) {
      await this.page
        .getByRole('list', { name: 'Кто даёт допуск' })
        .getByRole('button', { name: admission.authoriser })
        .click();
    }
    await this.page.getByLabel('PIN-код', { exact: true }).fill(admission.authoriserPin);
    await this.page.getByRole('button', { name: 'Подтвердить допуск' }).click();
    await this.page.waitForFunction(() => document.querySelector('form button:disabled') === null);
    if (admission.newPin === undefined) return;
    await this.submitPin(admission.newPin);
    await title.waitFor({ state: 'detached' });
  }

  firstPinFailure(): Locator {
    return this.page.getByTestId('first-pin-failure');
  }

  async signInWithPassword(): Promise<void> {
    await this.page.getByRole('button', { name: 'Войти с паролем' }).click();
    await this.page.getByLabel('Логин').waitFor();
  }
}
