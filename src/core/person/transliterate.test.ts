import { describe, expect, it } from 'vitest';
import { transliterate } from './transliterate';

// Real names and places, spelled as a Russian foreign passport issued since 2014 prints them
// (Приказ ФМС № 320, ICAO Doc 9303).
const NAMES: readonly (readonly [string, string])[] = [
  ['Щербаков', 'SHCHERBAKOV'],
  ['Юлия', 'IULIIA'],
  ['Дарья', 'DARIA'],
  ['Ксения', 'KSENIIA'],
  ['Артём', 'ARTEM'],
  ['Хабибуллин', 'KHABIBULLIN'],
  ['Цой', 'TSOI'],
  // Ъ → IE and Е → E give a double E; "OBIEDKOV" would drop the Е.
  ['Объедков', 'OBIEEDKOV'],
  ['Соловьёв', 'SOLOVEV'],
  ['Ильин', 'ILIN'],
  ['Петропавловск-Камчатский', 'PETROPAVLOVSK-KAMCHATSKII'],
  ['Мария-Елена', 'MARIIA-ELENA'],
  ['Жуков', 'ZHUKOV'],
  ['Чайковский', 'CHAIKOVSKII'],
  ['Шишкин', 'SHISHKIN'],
  ['Фёдор', 'FEDOR'],
  ['Вячеслав', 'VIACHESLAV'],
  ['Наталья', 'NATALIA'],
  ['Григорьевна', 'GRIGOREVNA'],
  ['Эдуард', 'EDUARD'],
  ['Выборгский', 'VYBORGSKII'],
  ['Подъячев', 'PODIEIACHEV'],
  ['Елизово', 'ELIZOVO'],
  ['Юрьевич', 'IUREVICH'],
  ['Ёлкина', 'ELKINA'],
];

describe('transliteration for Russian passports', () => {
  it.each(NAMES)('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  it('gives the same upper-case result for lower-case input', () => {
    expect(transliterate('щербаков')).toBe('SHCHERBAKOV');
  });

  it('keeps spaces and hyphens, collapsing runs of spaces', () => {
    expect(transliterate('Анна  Мария')).toBe('ANNA MARIIA');
    expect(transliterate(' Оглы-Мамедов ')).toBe('OGLY-MAMEDOV');
  });

  it('drops characters the Latin fields do not allow', () => {
    expect(transliterate("Д'Артаньян")).toBe('DARTANIAN');
  });

  it('passes Latin letters through upper-cased', () => {
    expect(transliterate('van der Berg')).toBe('VAN DER BERG');
  });
});
