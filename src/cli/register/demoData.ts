import type { Bilingual } from '../../core/bilingual';
import type { CalendarDate } from '../../core/records/calendarDate';
import { daysBetween, parseCalendarDate } from '../../core/records/calendarDate';
import type { DemoFailure } from '../../register/demo/writeDemoData';
import { MAX_DEMO_CASES, writeDemoData } from '../../register/demo/writeDemoData';
import type { RegisterCommand } from './command';
import { EXIT_OK, parseOptions, RefusedError, required, UsageError } from './command';
import { stderrLogger } from './stderrLogger';

// npm run register -- demo-data --cases 200 [--clinic PKGP3] [--seed 42] \
//   [--from 2026-11-01 --to 2026-11-30]
// Realistic cases for one clinic (register/demo/): people, signed statements, paid contracts
// with receipts, a few refunds, samples, results of both kinds of kit, certificates with
// signed cards, a few duplicates, corrections and revocations, spread over the period. The
// same seed makes the same people and cases. stdout, one line:
//   {"demoData":{"clinic":"PKGP3","tablet":"T3","seed":42,"from":"2026-11-02",
//    "to":"2026-12-01","cases":200,"records":{"person":200,…},"certificates":{…},…}}
// Demo records never enter the federal transfer queue (fictitious people).

const OPTIONS = {
  cases: { type: 'string' },
  clinic: { type: 'string' },
  seed: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

/** The longest period the cases are spread over, so a typo in a year is caught. */
const MAX_PERIOD_DAYS = 366;
const MAX_SEED = 4_294_967_295;

function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const value = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got ${text}`);
  }
  return value;
}

function dateFlag(text: string, flag: string): CalendarDate {
  const date = parseCalendarDate(text);
  if (date === undefined) throw new UsageError(`--${flag} is not a YYYY-MM-DD date: ${text}`);
  return date;
}

function period(
  from: string | undefined,
  to: string | undefined,
): { readonly from: CalendarDate; readonly to: CalendarDate } | undefined {
  if (from === undefined && to === undefined) return undefined;
  if (from === undefined || to === undefined) {
    throw new UsageError('--from and --to go together');
  }
  const start = dateFlag(from, 'from');
  const end = dateFlag(to, 'to');
  if (end < start) throw new UsageError(`--to ${end} is before --from ${start}`);
  if (daysBetween(start, end) >= MAX_PERIOD_DAYS) {
    throw new UsageError(`the period is longer than ${MAX_PERIOD_DAYS} days`);
  }
  return { from: start, to: end };
}

const REFUSALS: {
  readonly [F in Exclude<DemoFailure, 'clinic-not-found' | 'period-in-future'>]: Bilingual;
} = {
  'clinic-not-named': {
    en: 'the register has several clinics and no demo clinic: name one with --clinic',
    ru: 'в регистре несколько клиник и нет демонстрационной: укажите --clinic',
  },
  'staff-missing': {
    en: 'the clinic lacks active staff for the desk or its commission',
    ru: 'у клиники нет действующих сотрудников для регистратуры или комиссии',
  },
  'commission-not-configured': {
    en: 'the clinic’s commission is not set up (order, chair, members)',
    ru: 'у клиники не задана врачебная комиссия (приказ, председатель, члены)',
  },
  'no-kits': {
    en: 'the clinic has no test kits in use',
    ru: 'у клиники нет действующих тест-систем',
  },
  'no-services': {
    en: 'the clinic’s price list has no antibody test',
    ru: 'в прейскуранте клиники нет исследования на антитела',
  },
  'record-refused': {
    en: 'the register refused a demo record',
    ru: 'регистр отклонил демонстрационную запись',
  },
};

export const demoDataCommand: RegisterCommand = {
  name: 'demo-data',
  summary: 'write realistic demo cases of a clinic over a period (same seed, same cases)',
  usage: `demo-data --cases N [--clinic CODE] [--seed S] [--from YYYY-MM-DD --to YYYY-MM-DD]`,
  details: [
    `  --cases  1–${MAX_DEMO_CASES}`,
    '  --clinic the clinic’s code; default: the only clinic, else the demo clinic',
    '  --seed   0–4294967295; default: a random one, printed in the summary',
    '  --from/--to  the period (clinic time), at most 366 days; default: the last 30 days',
    'Demo records never enter the federal transfer queue.',
  ],
  async run(argv, context) {
    const values = parseOptions(argv, OPTIONS);
    const cases = wholeNumber(required(values.cases, 'cases'), 'cases', 1, MAX_DEMO_CASES);
    const seed =
      values.seed === undefined
        ? context.random(4).reduce((n, byte) => n * 256 + byte, 0)
        : wholeNumber(values.seed.trim(), 'seed', 0, MAX_SEED);
    const within = period(values.from, values.to);
    const clinicCode = values.clinic?.trim();
    const { db, config } = await context.open();
    const terminal = context.io.errIsTerminal === true;
    const written = await writeDemoData(
      db,
      {
        cases,
        seed,
        ...(clinicCode === undefined ? {} : { clinicCode }),
        ...(within === undefined ? {} : { period: within }),
      },
      {
        register: config,
        subtle: globalThis.crypto.subtle,
        now: context.now,
        random: context.random,
        log: stderrLogger(context.io),
        ...(terminal
          ? {
              progress: (done: number, total: number) => {
                context.io.err(`\r… ${done}/${total} случаев / cases`);
              },
            }
          : {}),
      },
    );
    if (terminal) context.io.err('\n');
    if (!written.ok) {
      // An unknown clinic and a period after today are wrong arguments (exit 2, as issue #12
      // asks), though they are found only once the register's database is open.
      if (written.reason === 'clinic-not-found') {
        throw new UsageError(`no clinic with code ${written.detail ?? ''}`);
      }
      if (written.reason === 'period-in-future') {
        throw new UsageError(`--to is after the clinic's today (${written.detail ?? ''})`);
      }
      const words = REFUSALS[written.reason];
      const detail = written.detail === undefined ? '' : `: ${written.detail}`;
      throw new RefusedError({ en: `${words.en}${detail}`, ru: `${words.ru}${detail}` });
    }
    context.io.out(`${JSON.stringify({ demoData: written.value })}\n`);
    return EXIT_OK;
  },
};
