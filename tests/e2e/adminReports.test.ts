import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/register';
import { formatRoubles } from '../../src/core/contract/roubles';
import { calendarDateAt } from '../../src/core/records/calendarDate';
import { clinicRecordSchema } from '../../src/core/records/record';
import { previousMonthOf, REGION_UTC_OFFSET_MINUTES } from '../../src/core/report/period';
import type { DemoTally } from '../../src/register/demo/demoTally';
import { DEMO_STAFF } from '../../src/register/seed';
import { E2E_DIST } from '../support/appDist';
import { launchChromium } from '../support/browser';
import type { RunningRegister } from '../support/register';
import { startRegister } from '../support/register';
import { AdminReports } from './pages/AdminReports';
import { StaffHome } from './pages/StaffHome';

// The clinic's administrator opens Администрирование → Отчёты on an office computer after
// last month's demo cases were written (the register CLI's demo-data): the table's total line
// and the chart's summary say what the demo writer counted; the CSV export shows its progress
// bar filling and the browser saves a file that a CSV parser reads with its Cyrillic intact;
// this month, with nothing in it yet, says so.

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('the admin’s Reports screen', () => {
  let register: RunningRegister;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let reports: AdminReports;
  let tally: DemoTally;
  const lastMonth = previousMonthOf(calendarDateAt(new Date(), REGION_UTC_OFFSET_MINUTES));

  beforeAll(async () => {
    register = await startRegister({ staticDir: E2E_DIST });
    let out = '';
    const code = await main(
      ['demo-data', '--cases', '30', '--seed', '3', '--from', lastMonth.from, '--to', lastMonth.to],
      {
        io: { out: (text) => (out += text), err: () => undefined },
        env: { DATA_DIR: register.config.dataDir, ISSUER_URL: register.config.issuerUrl },
        cwd: repositoryRoot,
      },
    );
    expect(code).toBe(0);
    tally = (JSON.parse(out) as { demoData: DemoTally }).demoData;
    browser = await launchChromium();
    context = await browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 1024, height: 768 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    await page.goto(register.url);
    const admin = DEMO_STAFF.find((staff) => staff.role === 'admin');
    if (admin === undefined) throw new Error('the demo seed has no admin');
    await new StaffHome(page).signIn(admin);
    reports = new AdminReports(page);
  }, 180_000);

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await page.screenshot({ path: `test-results/admin-reports-failure-${Date.now()}.png` });
  });

  afterAll(async () => {
    await browser.close();
    await register.stop();
  });

  it('shows last month’s table and chart with the totals the demo writer counted', async () => {
    await reports.open();
    await reports.showLastMonth();
    await reports.table().waitFor();
    expect(await reports.total('statements').textContent()).toBe(String(tally.records.application));
    expect(await reports.total('presence').textContent()).toBe(String(tally.certificates.presence));
    expect(await reports.total('absence').textContent()).toBe(String(tally.certificates.absence));
    expect(await reports.total('refunds').textContent()).toBe(String(tally.refunds));
    const contracts = await register.db.kysely
      .selectFrom('clinic_record')
      .select('body')
      .where('kind', '=', 'contract')
      .execute();
    const paid = contracts
      .map((row) => clinicRecordSchema.parse(JSON.parse(row.body)))
      .reduce((sum, r) => sum + (r.kind === 'contract' ? (r.receipt?.sumKopecks ?? 0) : 0), 0);
    // «1 234,50 ₽», with no-break spaces, as the desk writes money.
    expect(await reports.total('revenue').textContent()).toBe(formatRoubles(paid));
    expect(await reports.total('revenue').textContent()).toMatch(/^[\d\u00a0]+,\d{2}\u00a0₽$/);
    const rows = await reports.table().locator('tbody tr').count();
    expect(rows).toBe(Number(lastMonth.to.slice(8)));
    const summary = await reports.chart().getAttribute('aria-labelledby');
    expect(await page.locator(`#${summary ?? ''}`).textContent()).toContain(
      `обращений — ${String(tally.records.application)}, справок о наличии антител — ${String(tally.certificates.presence)}`,
    );
    await page.screenshot({ path: 'test-results/admin-reports.png', fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations).toEqual([]);
  });

  it('exports last month as CSV: the progress bar fills and the saved file reads back in Cyrillic', async () => {
    const download = await reports.exportCsv();
    const progress = reports.progress();
    const max = await progress.getAttribute('max');
    expect(await progress.getAttribute('value')).toBe(max);
    const certificates =
      tally.certificates.presence + tally.certificates.absence + tally.certificates.duplicates;
    expect(max).toBe(String(certificates));
    expect(download.suggestedFilename()).toBe(
      `serodesk-PKGP3-${lastMonth.from}_${lastMonth.to}.csv`,
    );
    const path = await download.path();
    const rows: Record<string, string>[] = parse(await readFile(path), {
      bom: true,
      delimiter: ';',
      columns: true,
    });
    expect(rows).toHaveLength(certificates);
    expect(rows.every((row) => /^[А-ЯЁ]/.test(row['Фамилия'] ?? ''))).toBe(true);
  });

  it('says this month, with nothing in it yet, has nothing', async () => {
    await reports.showThisMonth();
    await reports.empty().waitFor();
    expect(await reports.empty().textContent()).toBe('За выбранный период ничего нет.');
  });
});
