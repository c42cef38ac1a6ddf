import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { DemoAccount } from '../../../src/register/seed';

// Page object for the start of every session at the desk: sign in, enrol the tablet.
// Labels are the Russian ones a clerk sees.

export async function signInAs(page: Page, account: DemoAccount): Promise<void> {
  await page.getByLabel('Логин').fill(account.login);
  await page.getByLabel('Пароль').fill(account.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect
    .poll(() => page.getByTestId('signed-in-as').textContent())
    .toBe(`Вы вошли как ${account.displayName}`);
}

/** Enrols this browser as a tablet (online, as a registrar or admin); answers its code. */
export async function enrolTablet(page: Page, name: string): Promise<string> {
  await page.getByLabel('Название планшета').fill(name);
  await page.getByRole('button', { name: 'Зарегистрировать планшет' }).click();
  const enrolled = page.getByTestId('tablet-enrolled');
  await expect.poll(() => enrolled.isVisible()).toBe(true);
  const text = (await enrolled.textContent()) ?? '';
  const code = /код (\w+)/.exec(text)?.[1];
  if (code === undefined) throw new Error(`no tablet code in "${text}"`);
  return code;
}
