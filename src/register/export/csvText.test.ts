import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvLines, UTF8_BOM } from './csvText';

describe('CSV for Excel', () => {
  it('separates by ";" and ends lines with CRLF, keeping Cyrillic as typed', () => {
    expect(csvLines([['Щербаков', 'Артём', 'Ильич']])).toBe('Щербаков;Артём;Ильич\r\n');
  });

  it('quotes a field holding ";", a quote or a line break, doubling inner quotes', () => {
    const text = csvLines([['Д\'Арк; "Жанна"', 'строка 1\nстрока 2', 'просто']]);
    expect(text).toBe('"Д\'Арк; ""Жанна""";"строка 1\nстрока 2";просто\r\n');
    expect(parse(text, { delimiter: ';' })).toEqual([
      ['Д\'Арк; "Жанна"', 'строка 1\nстрока 2', 'просто'],
    ]);
  });

  it('writes numbers with a decimal comma and nothing for an absent value', () => {
    expect(csvLines([[152.4, null, 10]])).toBe('152,4;;10\r\n');
  });

  it('defuses text Excel would run as a formula', () => {
    expect(csvLines([['=HYPERLINK("x")', '+7', '@SUM(A1)']])).toBe(
      '"\'=HYPERLINK(""x"")";\'+7;\'@SUM(A1)\r\n',
    );
  });

  it('keeps leading and trailing spaces by quoting them', () => {
    expect(parse(csvLines([[' ГП № 3 ']]), { delimiter: ';' })).toEqual([[' ГП № 3 ']]);
  });

  it('uses the UTF-8 byte-order mark Excel needs to read Cyrillic', () => {
    expect(Buffer.from(UTF8_BOM, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
