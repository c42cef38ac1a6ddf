import { antibodyClassOfLoinc, type CardAntibodyClass } from '../../core/admission/antibodyClass';
import type { Language } from '../../core/bilingual';

// The test on a card, named in words a guard reads at a glance — "Антитела IgG к SARS-CoV-2
// (ИФА)" — derived from its LOINC code (the class from core's antibodyClass, the method from
// the code), never from LOINC's display string ("SARS-CoV-2 IgG SerPl Ql IA"), which is
// laboratory shorthand. A code that is not an antibody test keeps its display, marked English.

type Method = 'immunoassay' | 'rapid' | 'neutralisation';

/** The lateral-flow and neutralisation codes of core/lab/loinc.ts; every other one is "IA". */
const METHOD_OF_LOINC: Readonly<Record<string, Method>> = {
  '94507-1': 'rapid',
  '94508-9': 'rapid',
  '94768-9': 'rapid',
  '95542-7': 'rapid',
  '95411-5': 'neutralisation',
  '96603-6': 'neutralisation',
};

const CLASS_WORDS: Readonly<Record<CardAntibodyClass, Readonly<Record<Language, string>>>> = {
  IgG: { ru: 'Антитела IgG к SARS-CoV-2', en: 'IgG antibodies to SARS-CoV-2' },
  IgM: { ru: 'Антитела IgM к SARS-CoV-2', en: 'IgM antibodies to SARS-CoV-2' },
  IgA: { ru: 'Антитела IgA к SARS-CoV-2', en: 'IgA antibodies to SARS-CoV-2' },
  total: { ru: 'Суммарные антитела к SARS-CoV-2', en: 'Total antibodies to SARS-CoV-2' },
  'IgG+IgM': { ru: 'Антитела IgG и IgM к SARS-CoV-2', en: 'IgG and IgM antibodies to SARS-CoV-2' },
  'IgA+IgM': { ru: 'Антитела IgA и IgM к SARS-CoV-2', en: 'IgA and IgM antibodies to SARS-CoV-2' },
  neutralising: {
    ru: 'Нейтрализующие антитела к SARS-CoV-2',
    en: 'Neutralising antibodies to SARS-CoV-2',
  },
};

const METHOD_WORDS: Readonly<Record<Method, Readonly<Record<Language, string>>>> = {
  immunoassay: { ru: 'ИФА', en: 'immunoassay' },
  rapid: { ru: 'экспресс-тест', en: 'rapid test' },
  neutralisation: { ru: 'реакция нейтрализации', en: 'neutralisation test' },
};

export type TestName = { readonly text: string; readonly lang: Language };

export function testName(loinc: string, loincDisplay: string, language: Language): TestName {
  const antibodyClass = antibodyClassOfLoinc(loinc);
  if (antibodyClass === undefined) return { text: loincDisplay, lang: 'en' };
  const method = METHOD_OF_LOINC[loinc] ?? 'immunoassay';
  return {
    text: `${CLASS_WORDS[antibodyClass][language]} (${METHOD_WORDS[method][language]})`,
    lang: language,
  };
}
