import { describe, expect, it } from 'vitest';
import {
  isCyrillicName,
  isLatinName,
  NAME_MAX_LENGTH,
  parseCyrillicName,
  parseLatinName,
} from './name';

/** Every text of up to `length` symbols, each one of `symbols`. */
function everyText(symbols: readonly string[], length: number): string[] {
  let texts = [''];
  const all = [''];
  for (let n = 1; n <= length; n++) {
    texts = texts.flatMap((text) => symbols.map((symbol) => text + symbol));
    all.push(...texts);
  }
  return all;
}

// Letters of both alphabets and cases, what tidy changes (spaces of every kind, the
// typographic apostrophe) and what upper-casing changes (ß becomes SS).
const SYMBOLS = ['А', 'я', 'ё', 'Z', 'q', 'ß', "'", '’', '-', ' ', '\t', '\u00a0'];

const asStored = {
  cyrillic: (text: string) => {
    const parsed = parseCyrillicName(text);
    return parsed.ok && parsed.value === text;
  },
  latin: (text: string) => {
    const parsed = parseLatinName(text);
    return parsed.ok && parsed.value === text;
  },
};

describe('a stored name checked without parsing it', () => {
  const texts = [
    ...everyText(SYMBOLS, 4),
    'Анна  Мария',
    'ANNA  MARIA',
    ' Анна',
    'ANNA ',
    'Д’Артаньян',
    "Д'Артаньян",
    'Мария-Елена',
    'OGLY-ZADE',
    'anna',
  ];

  it('accepts exactly the Cyrillic names parseCyrillicName writes', () => {
    const differing = texts.filter((text) => isCyrillicName(text) !== asStored.cyrillic(text));
    expect(differing).toEqual([]);
    expect(texts.filter(isCyrillicName).length).toBeGreaterThan(100);
  });

  it('accepts exactly the Latin names parseLatinName writes', () => {
    const differing = texts.filter((text) => isLatinName(text) !== asStored.latin(text));
    expect(differing).toEqual([]);
    expect(texts.filter(isLatinName).length).toBeGreaterThan(10);
  });

  it('holds names to the same length as the parsers do', () => {
    for (const length of [NAME_MAX_LENGTH, NAME_MAX_LENGTH + 1]) {
      const cyrillic = 'Я'.repeat(length);
      const latin = 'Q'.repeat(length);
      expect([isCyrillicName(cyrillic), isLatinName(latin)]).toEqual([
        asStored.cyrillic(cyrillic),
        asStored.latin(latin),
      ]);
    }
    expect(isCyrillicName('Я'.repeat(NAME_MAX_LENGTH + 1))).toBe(false);
  });
});
