import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// Page object for the verifier screen (/verify), with the Russian labels a guard sees.

export type ShownVerdict = {
  readonly tone: string | null;
  readonly verdict: string | null;
  readonly reason: string | null;
  readonly reasonText: string | null;
  /** What the guard does, for every answer but "admit" and "check carefully". */
  readonly action: string | null;
  readonly name: string | null;
  readonly cyrillicName: string | null;
  readonly birthDate: string | null;
  readonly result: string | null;
  readonly admission: string | null;
  readonly headline: string | null;
  /** "Действует по 01.06.2027 включительно", on an admitting card only. */
  readonly validUntil: string | null;
  readonly test: string | null;
};

/** How far the verdict's text runs past the screen's right edge, in CSS pixels (0: it fits). */
export type Overflow = {
  readonly headline: number;
  readonly page: number;
  /** Words of the headline split across two lines (a word too wide for the screen). */
  readonly brokenWords: readonly string[];
};

export class VerifierPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/verify`);
    await this.page.getByRole('heading', { level: 1, name: 'Проверка QR-кода' }).waitFor();
  }

  /** Waits until the service worker holds the app, so that pages open with the network gone. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }

  /** Waits until the trust list is in the state given (fresh after a download). */
  async waitForTrustList(state: 'fresh' | 'none' | 'stale' = 'fresh'): Promise<void> {
    await expect
      .poll(() => this.page.getByTestId('trust-status').getAttribute('data-state'), {
        timeout: 15_000,
      })
      .toBe(state);
  }

  async trustAgeText(): Promise<string> {
    return (await this.page.getByTestId('trust-age').textContent()) ?? '';
  }

  async startCamera(): Promise<void> {
    await this.page.getByRole('button', { name: 'Включить камеру' }).click();
  }

  async paste(text: string): Promise<void> {
    await this.pasteIn('Текст кода', 'Проверить', text);
  }

  /** The paste box under another language's labels. */
  async pasteIn(label: string, button: string, text: string): Promise<void> {
    await this.page.getByLabel(label, { exact: false }).fill(text);
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  async upload(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByTestId('upload').setInputFiles(file);
  }

  /** Waits for the full-screen verdict and reads what a guard would read off it. */
  async verdict(timeout = 20_000): Promise<ShownVerdict> {
    const view = this.page.getByTestId('verdict');
    await view.waitFor({ timeout });
    const text = async (testId: string) => {
      const element = view.getByTestId(testId);
      return (await element.count()) === 0 ? null : element.textContent();
    };
    return {
      tone: await view.getAttribute('data-tone'),
      verdict: await view.getAttribute('data-verdict'),
      reason: await view.getAttribute('data-reason'),
      reasonText: await text('verdict-reason'),
      action: await text('verdict-action'),
      name: await text('verdict-name'),
      cyrillicName: await text('verdict-name-cyrillic'),
      birthDate: await text('verdict-birth-date'),
      result: await text('verdict-result'),
      admission: await view.getAttribute('data-admission'),
      headline: await text('verdict-headline'),
      validUntil: await text('verdict-valid-until'),
      test: await text('verdict-test'),
    };
  }

  /** The verdict on screen changing by itself (a refreshed trust list): waits for the tone. */
  async waitForTone(tone: string, timeout: number): Promise<void> {
    await this.page.locator(`[data-testid="verdict"][data-tone="${tone}"]`).waitFor({ timeout });
  }

  /** Whether the verdict's headline is on screen as the verdict opens (not scrolled away). */
  async headlineInView(): Promise<boolean> {
    return this.page.getByTestId('verdict-headline').evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
  }

  async refreshTrustList(): Promise<void> {
    await this.page.getByRole('button', { name: 'Обновить список' }).click();
  }

  /** Whether the verdict's headline and the page fit the viewport's width. */
  async overflow(): Promise<Overflow> {
    return this.page.evaluate(() => {
      const headline = document.querySelector('.verdict-headline');
      const width = document.documentElement.clientWidth;
      const beyond = (element: Element | null) => {
        if (element === null) return Infinity;
        let right = element.getBoundingClientRect().right;
        for (const child of element.querySelectorAll('*')) {
          right = Math.max(right, child.getBoundingClientRect().right);
        }
        const scroll = element.scrollWidth - element.clientWidth;
        return Math.max(0, Math.ceil(right - width), scroll);
      };
      const brokenWords: string[] = [];
      const text = headline?.querySelector('.verdict-headline-text')?.firstChild;
      if (text instanceof Text) {
        const content = text.data;
        for (const match of content.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          if (range.getClientRects().length > 1) brokenWords.push(match[0]);
        }
      }
      return {
        headline: beyond(headline),
        page: Math.max(0, document.documentElement.scrollWidth - width),
        brokenWords,
      };
    });
  }

  async scanNext(): Promise<void> {
    await this.page.getByRole('button', { name: 'Сканировать следующий' }).click();
    await this.page.getByTestId('verdict').waitFor({ state: 'detached' });
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: false });
  }
}
