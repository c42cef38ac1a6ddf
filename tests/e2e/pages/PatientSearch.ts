import type { Locator, Page } from 'playwright-core';

// The desk's patient search as a clerk uses it, plus a recorder of every text its status line
// shows: a flash of «Никого не найдено» lasts a few milliseconds, too short for a poll to
// see, so a MutationObserver in the page writes down each text as the page commits it.

declare global {
  interface Window {
    searchStatusTexts?: string[];
  }
}

export class PatientSearch {
  constructor(private readonly page: Page) {}

  box(): Locator {
    return this.page.getByLabel(/^Фамилия, СНИЛС/);
  }

  status(): Locator {
    return this.page.getByTestId('search-status');
  }

  results(): Locator {
    return this.page.getByRole('list', { name: 'Найденные пациенты' }).getByRole('listitem');
  }

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Поиск', exact: true }).click();
    await this.box().waitFor();
  }

  /** Starts writing down every text the status line shows, from now on. */
  async recordStatus(): Promise<void> {
    await this.status().waitFor({ state: 'attached' });
    await this.page.evaluate(() => {
      const status = document.querySelector('[data-testid="search-status"]');
      if (status === null) throw new Error('no search status line');
      const texts: string[] = [status.textContent];
      window.searchStatusTexts = texts;
      new MutationObserver(() => {
        const text = status.textContent;
        if (text !== texts[texts.length - 1]) texts.push(text);
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
  }

  /** Every text the status line showed since recordStatus, in order, spaces made plain. */
  async recordedStatus(): Promise<string[]> {
    const texts = await this.page.evaluate(() => window.searchStatusTexts ?? []);
    return texts.map((text) => text.replace(/\s/g, ' '));
  }

  /** Types as a clerk does, one key at a time, after what is already in the box. */
  async type(text: string): Promise<void> {
    await this.box().pressSequentially(text, { delay: 40 });
  }

  async clear(): Promise<void> {
    await this.box().fill('');
  }

  /** The status line once it says `text` (spaces in numbers read as plain spaces). */
  async waitForStatus(text: string): Promise<void> {
    await this.page.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="search-status"]')?.textContent.replace(/\s/g, ' ') ===
        expected,
      text,
    );
  }
}
