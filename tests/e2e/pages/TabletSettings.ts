import type { Download, Locator, Page } from 'playwright-core';

/** The tablet settings screen (`/tablet`) as a person drives it, in its Russian labels. */
export class TabletSettings {
  constructor(private readonly page: Page) {}

  async openFromHome(): Promise<void> {
    await this.page.getByRole('link', { name: 'Настройки планшета' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'Настройки планшета' }).waitFor();
  }

  waiting(): Locator {
    return this.page.getByTestId('tablet-waiting');
  }

  storageEstimate(): Locator {
    return this.page.getByTestId('storage-estimate');
  }

  tabletCode(): Locator {
    return this.page.getByTestId('tablet-code');
  }

  eraseRefused(): Locator {
    return this.page.getByTestId('erase-refused');
  }

  eraseButton(): Locator {
    return this.page.getByRole('button', { name: 'Стереть данные планшета' });
  }

  /** Clicks "save unsynced work" and returns the file the browser downloads. */
  async exportUnsynced(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Сохранить неотправленное в файл' }).click();
    await this.page.getByTestId('export-saved').waitFor();
    return download;
  }

  async erase(code: string): Promise<void> {
    await this.page.getByLabel(/Для подтверждения введите код планшета/).fill(code);
    await this.eraseButton().click();
  }

  codeError(): Locator {
    return this.page.locator('#erase-code-error');
  }
}
