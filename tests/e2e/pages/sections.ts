import type { Page } from 'playwright-core';

// Opening a screen from one of the app's menus, as a member of staff does it: the link in the
// menu, then the screen's own heading, which says it has loaded. The menus by their labels:
//
//   Разделы регистратуры   the desk's (the clerk's and the clinic admin's screens)
//   Администрирование      the administration area's

export type Section = {
  readonly nav: 'Разделы регистратуры' | 'Администрирование';
  readonly link: string;
  /** The screen's level-1 heading. */
  readonly heading: string;
};

export async function openSection(page: Page, section: Section): Promise<void> {
  await page
    .getByRole('navigation', { name: section.nav })
    .getByRole('link', { name: section.link })
    .click();
  await page.getByRole('heading', { level: 1, name: section.heading }).waitFor();
}
