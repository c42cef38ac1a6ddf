import { stringify } from 'csv-stringify/sync';
import type { ExportValue } from './exportColumns';

// CSV that Excel opens correctly with Cyrillic on a Russian-locale machine: UTF-8 with a
// byte-order mark (without it Excel reads the file as Windows-1251), `;` between fields
// (the list separator of the Russian locale, where `,` is the decimal comma), CRLF line
// ends, and RFC 4180 quoting by csv-stringify: a field holding `;`, `"`, CR or LF is put in
// double quotes with inner quotes doubled (csv-stringify quotes only the record delimiter
// itself, CRLF, so a bare LF and edge spaces are matched here explicitly). Numbers are written with a decimal comma so
// Excel reads them as numbers. Example, bytes after the BOM:
//
//   Номер справки;Фамилия;Значение\r\n
//   KAM01-T03-2026-000017;"Д'Арк; ""Жанна""";152,4\r\n

export const UTF8_BOM = '\uFEFF';

/**
 * A text that Excel would run as a formula (=, +, @, tab, CR at its start) gets a leading
 * apostrophe, which Excel shows as text (CSV injection; OWASP). `-` is left alone: no
 * text we write starts with it except a number, which is written as a number.
 */
function defused(text: string): string {
  return /^[=+@\t\r]/.test(text) ? `'${text}` : text;
}

function cell(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  return defused(value);
}

/** CSV lines for rows of values, each ending in CRLF; no BOM (the caller writes it once). */
export function csvLines(rows: readonly (readonly ExportValue[])[]): string {
  if (rows.length === 0) return '';
  return stringify(
    rows.map((row) => row.map(cell)),
    { delimiter: ';', record_delimiter: 'windows', quoted_match: /[\r\n]|^\s|\s$/ },
  );
}
