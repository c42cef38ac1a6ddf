// Cyrillic → Latin as printed in Russian foreign passports since 2014: Приказ ФМС России
// от 15.10.2012 № 320, appendix 1, which follows the ICAO Doc 9303 table. Output is upper
// case like the passport's own lines. The citizen's real passport may spell a name otherwise
// (older passports used other rules), so the desk only pre-fills the Latin fields.
//
// Examples the rule gives: Щербаков → SHCHERBAKOV, Юлия → IULIIA, Объедков → OBIEEDKOV,
// Соловьёв → SOLOVEV, Петропавловск-Камчатский → PETROPAVLOVSK-KAMCHATSKII.

const TABLE: Readonly<Record<string, string>> = {
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Д: 'D',
  Е: 'E',
  Ё: 'E',
  Ж: 'ZH',
  З: 'Z',
  И: 'I',
  Й: 'I',
  К: 'K',
  Л: 'L',
  М: 'M',
  Н: 'N',
  О: 'O',
  П: 'P',
  Р: 'R',
  С: 'S',
  Т: 'T',
  У: 'U',
  Ф: 'F',
  Х: 'KH',
  Ц: 'TS',
  Ч: 'CH',
  Ш: 'SH',
  Щ: 'SHCH',
  Ъ: 'IE',
  Ы: 'Y',
  Ь: '',
  Э: 'E',
  Ю: 'IU',
  Я: 'IA',
};

/**
 * Transliterates a name. Hyphens and spaces are kept (runs of spaces become one); Latin
 * letters pass through upper-cased; anything else (apostrophes, dots, digits) is dropped,
 * because the Latin fields allow only A–Z, hyphen and space.
 */
export function transliterate(text: string): string {
  let out = '';
  for (const char of text.toUpperCase()) {
    const latin = TABLE[char];
    if (latin !== undefined) out += latin;
    else if (/^[A-Z\- ]$/.test(char)) out += char;
    else if (/^\s$/u.test(char)) out += ' ';
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
