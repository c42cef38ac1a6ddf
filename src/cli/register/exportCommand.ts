import type { CalendarDate } from '../../core/records/calendarDate';
import { parseCalendarDate } from '../../core/records/calendarDate';
import { exportCertificates } from '../../register/export/exportCertificates';
import { EXPORT_FORMATS } from '../../register/export/exportWriters';
import type { RegisterCommand } from './command';
import { EXIT_OK, oneOf, parseOptions, RefusedError, required, UsageError } from './command';

// npm run register -- export --format csv|xlsx|fhir --from 2026-11-01 --to 2026-11-30 \
//   [--clinic PKGP3] --out november.csv
// The certificates issued in the period (both days included, in each clinic's own time),
// one row each (CSV, XLSX) or one FHIR R4 Bundle of type `collection` for all of them.
// stdout: {"export":{"format":"csv","certificates":214,"out":"november.csv"}}
// An empty period still writes the file (headers only, or an empty Bundle) and says so on
// stderr. Formats and columns: docs/DECISIONS.md, "Register CLI and exports (issue #12)".

const OPTIONS = {
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  clinic: { type: 'string' },
  out: { type: 'string' },
} as const;

function dateFlag(value: string | undefined, flag: string): CalendarDate {
  const text = required(value, flag);
  const date = parseCalendarDate(text);
  if (date === undefined) throw new UsageError(`--${flag} is not a YYYY-MM-DD date: ${text}`);
  return date;
}

export const exportCommand: RegisterCommand = {
  name: 'export',
  summary: 'export the certificates issued in a period as CSV, XLSX or a FHIR Bundle',
  usage: `export --format ${EXPORT_FORMATS.join('|')} --from YYYY-MM-DD --to YYYY-MM-DD [--clinic CODE] --out FILE`,
  details: [
    '  csv   UTF-8 with BOM, ";" between fields: opens in Excel with Cyrillic intact',
    '  xlsx  one sheet "Справки", dates as Excel dates',
    '  fhir  one FHIR R4 Bundle (type collection): Patient, Observation, Composition each',
  ],
  async run(argv, context) {
    const values = parseOptions(argv, OPTIONS);
    const format = oneOf(values.format, 'format', EXPORT_FORMATS);
    const from = dateFlag(values.from, 'from');
    const to = dateFlag(values.to, 'to');
    if (to < from) throw new UsageError(`--to ${to} is before --from ${from}`);
    const out = required(values.out, 'out');
    const clinicCode = values.clinic?.trim();
    const { db, config } = await context.open();
    const progress = context.io.errIsTerminal === true;
    let exported;
    try {
      exported = await exportCertificates(db, {
        format,
        from,
        to,
        out,
        ...(clinicCode === undefined ? {} : { clinicCode }),
        issuerUrl: config.issuerUrl,
        now: context.now(),
        ...(progress
          ? {
              onProgress: (n: number) => {
                context.io.err(`\r… ${n} справок / certificates`);
              },
            }
          : {}),
      });
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : '';
      if (!/^E(NOENT|ACCES|ROFS|NOSPC|ISDIR|PERM)$/.test(code)) throw error;
      throw new RefusedError({
        en: `cannot write ${out} (${code})`,
        ru: `не удалось записать ${out} (${code})`,
      });
    }
    if (progress) context.io.err('\n');
    if (!exported.ok) {
      throw new RefusedError({
        en: `no clinic with code ${clinicCode ?? ''}`,
        ru: `нет клиники с кодом ${clinicCode ?? ''}`,
      });
    }
    const { certificates } = exported.value;
    if (certificates === 0) {
      context.io.err(
        `register: no certificates were issued from ${from} to ${to} ` +
          `(с ${from} по ${to} справок не выдавалось)\n`,
      );
    }
    context.io.out(`${JSON.stringify({ export: { format, certificates, out } })}\n`);
    return EXIT_OK;
  },
};
