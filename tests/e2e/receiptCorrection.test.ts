import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { Desk, TEST_FISCAL_DRIVE } from './pages/Desk';
import type { BrowserTablet } from './pages/enrolledTablet';
import { demoAccount, enrolledTablet } from './pages/enrolledTablet';
import { Problems } from './pages/Problems';
import { StaffHome } from './pages/StaffHome';

// Two cashiers' tablets of one clinic, both offline, record a payment with the same fiscal
// receipt (ФД 777): one receipt proves one payment, so the register refuses the second. That
// cashier corrects the receipt on "Расхождения" — the refused one is filled in, she types the
// right ФД — and the contract reaches the register paid, with nothing discarded.
//
// One walk, in the order written: each test starts where the one before left the tablets.

describe('a receipt two offline tablets both took, corrected at the desk', () => {
  let register: RunningRegister;
  let browser: Browser;
  const tablets: BrowserTablet[] = [];
  /** The contract numbers of the first and the second tablet, as their desks show them. */
  const numbers: string[] = [];

  const both = () => {
    const [a, b] = tablets;
    if (a === undefined || b === undefined) throw new Error('two tablets expected');
    return { a, b };
  };

  /** The register's contract with this number: its status and receipt number. */
  async function atRegister(number: string) {
    const rows = await register.db.kysely
      .selectFrom('clinic_record')
      .select('body')
      .where('kind', '=', 'contract')
      .execute();
    const contracts = rows.map(
      (row) => JSON.parse(row.body) as { number: string; status: string; receiptNumber?: string },
    );
    return contracts.find((contract) => contract.number === number);
  }

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    browser = await launchChromium();
    for (const [role, name] of [
      ['admin', 'Касса 1'],
      ['registrar', 'Касса 2'],
    ] as const) {
      const tablet = await enrolledTablet(browser, register.url, demoAccount(role), name);
      await new StaffHome(tablet.page).openDesk();
      tablets.push(tablet);
    }
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('refuses the second payment with the first’s receipt, naming the first contract', async () => {
    const { a, b } = both();
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    const citizens = [
      { surname: 'Гончарова', document: '30 08 111111' },
      { surname: 'Шестакова', document: '30 08 222222' },
    ];
    for (const [index, tablet] of [a, b].entries()) {
      const desk = new Desk(tablet.page);
      await desk.openSignedStatement({
        surname: citizens[index]?.surname ?? '',
        givenName: 'Вера',
        birthDate: '03.03.1983',
        sex: 'Женский',
        document: citizens[index]?.document ?? '',
      });
      numbers.push(await desk.recordPaidContract({ method: 'Наличные', receipt: '777' }));
    }
    const [first = '', second = ''] = numbers;

    await a.context.setOffline(false);
    await new Desk(a.page).syncNow();
    await expect
      .poll(() => atRegister(first), { timeout: 20_000 })
      .toMatchObject({
        status: 'paid',
        receiptNumber: '777',
      });
    await b.context.setOffline(false);
    await new Desk(b.page).syncNow();

    const problems = new Problems(b.page);
    await expect
      .poll(() => problems.navLink().getAttribute('aria-label'), { timeout: 20_000 })
      .toBe('Расхождения: 1');
    await problems.open();
    const card = b.page.getByTestId('rejected-problem');
    const reason = (await card.getByTestId('rejected-reason').textContent()) ?? '';
    expect(reason).toMatch(/^Этот кассовый чек \(тот же ФН и ФД\) уже записан на другой договор/);
    expect(reason).toContain(
      `Сверьте ФД с бумажным чеком — ФН ${TEST_FISCAL_DRIVE}, ФД 777; № ${first}`,
    );
    expect(await atRegister(second)).toBeUndefined();
  });

  it('sends the contract again with the right receipt, and nothing is left to settle', async () => {
    const { b } = both();
    const [first = '', second = ''] = numbers;
    // The sync that brought the refusal also brought the first tablet's records.
    const found = await new Desk(b.page).search('Гончарова');
    await expect.poll(() => found.count(), { timeout: 20_000 }).toBe(1);
    const problems = new Problems(b.page);
    await problems.open();
    await b.page.getByRole('button', { name: 'Исправить чек' }).click();
    const form = b.page.getByTestId('receipt-correction');
    const documentNumber = form.getByLabel('Номер ФД (i)');
    expect(await documentNumber.inputValue()).toBe('777');
    await b.page.screenshot({ path: 'test-results/receipt-correction.png', fullPage: true });
    const axe = await new AxeBuilder({ page: b.page }).analyze();
    expect(axe.violations).toEqual([]);

    // The refused receipt is refused again, now by this tablet, which holds the first contract.
    await form.getByRole('button', { name: 'Сохранить чек и отправить' }).click();
    expect(await form.getByRole('alert').textContent()).toContain(`ФД 777; № ${first}`);
    await documentNumber.fill('778');
    await form.getByRole('button', { name: 'Сохранить чек и отправить' }).click();
    await problems.nothingLeft().waitFor({ timeout: 20_000 });
    await expect
      .poll(() => atRegister(second), { timeout: 20_000 })
      .toMatchObject({
        status: 'paid',
        receiptNumber: '778',
      });
    await expect
      .poll(() => problems.navLink().getAttribute('aria-label'), { timeout: 20_000 })
      .toBe('Расхождения');
  });
});
