import { open, rename, rm } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { BUNDLE_CLOSING, bundleOpening, entryDeduper } from '../../core/fhir/collectionBundle';
import { certificateEntries } from '../../core/fhir/certificateResources';
import type { ExportedCertificate } from './certificateCases';
import { csvLines, UTF8_BOM } from './csvText';
import { EXPORT_COLUMNS } from './exportColumns';

// The three export formats, each written page by page (see certificateCases.ts) into
// `<out>.part` and renamed to `<out>` only when complete, so a failed or interrupted export
// never leaves a file that looks whole.

export const EXPORT_FORMATS = ['csv', 'xlsx', 'fhir'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportWriter = {
  write(page: readonly ExportedCertificate[]): Promise<void>;
  /** Finishes the file and moves it into place. */
  finish(): Promise<void>;
  /** Removes the partial file. */
  abort(): Promise<void>;
};

function partPath(out: string): string {
  return `${out}.part`;
}

async function textWriter(
  out: string,
  opening: string,
  closing: string,
  render: (page: readonly ExportedCertificate[]) => string,
): Promise<ExportWriter> {
  const part = partPath(out);
  const file = await open(part, 'w');
  await file.write(opening);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await file.close();
  };
  return {
    async write(page) {
      const text = render(page);
      if (text !== '') await file.write(text);
    },
    async finish() {
      await file.write(closing);
      await file.sync();
      await close();
      await rename(part, out);
    },
    async abort() {
      await close();
      await rm(part, { force: true });
    },
  };
}

function csvWriter(out: string): Promise<ExportWriter> {
  const header = csvLines([EXPORT_COLUMNS.map((column) => column.header)]);
  return textWriter(out, UTF8_BOM + header, '', (page) =>
    csvLines(page.map((row) => EXPORT_COLUMNS.map((column) => column.value(row)))),
  );
}

function fhirWriter(out: string, now: Date): Promise<ExportWriter> {
  const fresh = entryDeduper();
  let first = true;
  return textWriter(out, bundleOpening(now), BUNDLE_CLOSING, (page) =>
    page
      .flatMap((item) => fresh(certificateEntries(item)))
      .map((entry) => {
        const text = `${first ? '' : ','}\n${JSON.stringify(entry)}`;
        first = false;
        return text;
      })
      .join(''),
  );
}

/** "2026-11-21" as an Excel date (a Date at UTC midnight; exceljs writes it as a serial). */
function excelDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function xlsxWriter(out: string): ExportWriter {
  const part = partPath(out);
  // The streaming writer keeps only the rows not yet committed; shared strings off, so
  // nothing grows with the row count.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: part,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Справки');
  sheet.columns = EXPORT_COLUMNS.map((column) => ({
    key: column.key,
    header: column.header,
    width: column.kind === 'text' ? 24 : 14,
    ...(column.kind === 'date' ? { style: { numFmt: 'dd.mm.yyyy' } } : {}),
  }));
  return {
    write(page) {
      for (const row of page) {
        const values: Record<string, string | number | Date | null> = {};
        for (const column of EXPORT_COLUMNS) {
          const value = column.value(row);
          values[column.key] =
            column.kind === 'date' && typeof value === 'string' ? excelDate(value) : value;
        }
        sheet.addRow(values).commit();
      }
      return Promise.resolve();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      await rename(part, out);
    },
    async abort() {
      await rm(part, { force: true });
    },
  };
}

export async function openExportWriter(
  format: ExportFormat,
  out: string,
  now: Date,
): Promise<ExportWriter> {
  switch (format) {
    case 'csv':
      return csvWriter(out);
    case 'xlsx':
      return xlsxWriter(out);
    case 'fhir':
      return fhirWriter(out, now);
  }
}
