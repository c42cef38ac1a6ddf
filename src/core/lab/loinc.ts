// The LOINC codes a SeroDesk certificate may carry: the antibody tests of the SMART Health
// Cards value set "lab-qualitative-test-covid" (version 2022.2, shared/reference/
// shc-lab-qualitative-test-covid.fsh). Displays are copied from that file verbatim, since
// verifiers compare codes and show the display.
import type { AntibodyClass, Kit } from './kit';

export const LOINC_SYSTEM = 'http://loinc.org';

export const ANTIBODY_LOINC = {
  '94563-4': 'SARS-CoV-2 IgG SerPl Ql IA',
  '99597-7': 'SARS-CoV-2 S IgG SerPl Ql IA',
  '99596-9': 'SARS-CoV-2 N IgG SerPl Ql IA',
  '94564-2': 'SARS-CoV-2 IgM SerPl Ql IA',
  '94562-6': 'SARS-CoV-2 IgA SerPl Ql IA',
  '94762-2': 'SARS-CoV-2 Ab SerPl Ql IA',
  '94547-7': 'SARS-CoV-2 IgG+IgM SerPl Ql IA',
  '95125-1': 'SARS-CoV-2 IgA+IgM SerPl Ql IA',
  '94507-1': 'SARS-CoV-2 IgG SerPlBld Ql IA.rapid',
  '94508-9': 'SARS-CoV-2 IgM SerPlBld Ql IA.rapid',
  '94768-9': 'SARS-CoV-2 IgA SerPlBld Ql IA.rapid',
  '95542-7': 'SARS-CoV-2 Ab SerPlBld Ql IA.rapid',
  '94761-4': 'SARS-CoV-2 IgG DBS Ql IA',
  '95416-4': 'SARS-CoV-2 IgM DBS Ql IA',
  '95825-6': 'SARS-CoV-2 Ab DBS Ql IA',
  '95411-5': 'SARS-CoV-2 NAb Ser Ql pVNT',
  '96603-6': 'SARS-CoV-2 S RBD NAb SerPl Ql sVNT',
} as const;

export type AntibodyLoinc = keyof typeof ANTIBODY_LOINC;

export type Coding<C extends string = string> = {
  readonly system: string;
  readonly code: C;
  readonly display: string;
};

// Laboratory immunoassays (ELISA and CLIA are both "IA" in LOINC). An IgG kit that names its
// target protein gets the target-specific code; S+N or unnamed gets the general IgG code.
const IMMUNOASSAY: Readonly<Record<AntibodyClass, AntibodyLoinc>> = {
  IgG: '94563-4',
  IgM: '94564-2',
  IgA: '94562-6',
  total: '94762-2',
  'IgG+IgM': '94547-7',
};

// Rapid (lateral-flow) tests. LOINC has no rapid IgG+IgM code, so a combined cassette is
// coded as rapid total antibody (95542-7), the nearest broader concept in the value set.
const RAPID: Readonly<Record<AntibodyClass, AntibodyLoinc>> = {
  IgG: '94507-1',
  IgM: '94508-9',
  IgA: '94768-9',
  total: '95542-7',
  'IgG+IgM': '95542-7',
};

/**
 * The LOINC coding for a kit: the clinic's own choice when it set one (e.g. a neutralising
 * antibody test, 95411-5), otherwise derived from the kit's antibody class, target and method.
 */
export function loincForKit(
  kit: Pick<Kit, 'antibodyClass' | 'target' | 'method' | 'loinc'>,
): Coding<AntibodyLoinc> {
  const code = kit.loinc ?? derivedLoinc(kit);
  return { system: LOINC_SYSTEM, code, display: ANTIBODY_LOINC[code] };
}

function derivedLoinc(kit: Pick<Kit, 'antibodyClass' | 'target' | 'method'>): AntibodyLoinc {
  if (kit.method === 'rapid') return RAPID[kit.antibodyClass];
  if (kit.antibodyClass === 'IgG' && kit.target === 'S') return '99597-7';
  if (kit.antibodyClass === 'IgG' && kit.target === 'N') return '99596-9';
  return IMMUNOASSAY[kit.antibodyClass];
}
