import { describe, expect, it } from 'vitest';
import { ANTIBODY_LOINC } from '../../core/lab/loinc';
import { testName } from './testName';

describe('the test named in words', () => {
  it('names an IgG immunoassay as the guard reads it, in both languages', () => {
    expect(testName('94563-4', ANTIBODY_LOINC['94563-4'], 'ru')).toEqual({
      text: 'Антитела IgG к SARS-CoV-2 (ИФА)',
      lang: 'ru',
    });
    expect(testName('94563-4', ANTIBODY_LOINC['94563-4'], 'en').text).toBe(
      'IgG antibodies to SARS-CoV-2 (immunoassay)',
    );
  });

  it('reads the class and the method from the code, not from the display', () => {
    expect(testName('94507-1', 'anything', 'ru').text).toBe(
      'Антитела IgG к SARS-CoV-2 (экспресс-тест)',
    );
    expect(testName('94762-2', 'anything', 'ru').text).toBe(
      'Суммарные антитела к SARS-CoV-2 (ИФА)',
    );
    expect(testName('95411-5', 'anything', 'en').text).toBe(
      'Neutralising antibodies to SARS-CoV-2 (neutralisation test)',
    );
  });

  it('gives every antibody code of the value set words of its own, never the LOINC display', () => {
    for (const [code, display] of Object.entries(ANTIBODY_LOINC)) {
      for (const language of ['ru', 'en'] as const) {
        const name = testName(code, display, language);
        expect(name.text).not.toBe(display);
        expect(name.text).toContain('SARS-CoV-2');
      }
    }
  });

  it('keeps the display, marked English, for a code that is not an antibody test', () => {
    expect(testName('94500-6', 'SARS-CoV-2 RNA Resp Ql NAA+probe', 'ru')).toEqual({
      text: 'SARS-CoV-2 RNA Resp Ql NAA+probe',
      lang: 'en',
    });
  });
});
