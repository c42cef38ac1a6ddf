import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { StaffRole } from '../../../src/core/protocol/session';
import type { DemoAccount } from '../../../src/register/seed';
import { DEMO_STAFF } from '../../../src/register/seed';
import { StaffHome } from './StaffHome';

/** The demo clinic's member of this role (the seed has at least one of each desk role). */
export function demoAccount(role: StaffRole): DemoAccount {
  const found = DEMO_STAFF.find((staff) => staff.role === role);
  if (found === undefined) throw new Error(`the demo seed has no ${role}`);
  return found;
}

export type BrowserTablet = { readonly context: BrowserContext; readonly page: Page };

/**
 * A tablet of its own (a new browser context, Russian), signed in by `account` and enrolled
 * under `name`, left on the home screen with the app stored for offline use.
 */
export async function enrolledTablet(
  browser: Browser,
  registerUrl: string,
  account: DemoAccount,
  name: string,
): Promise<BrowserTablet> {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(registerUrl);
  const home = new StaffHome(page);
  await home.signIn(account);
  await home.enrolTablet(name);
  return { context, page };
}
