// SNOMED CT qualifiers for a result on the card, from the SMART Health Cards value set
// "lab-qualitative-result" (shared/reference/shc-lab-qualitative-result.fsh). Only detected
// and not detected ever reach a card: an equivocal result issues no certificate.
import type { Coding } from './loinc';
import type { Interpretation } from './interpret';

export const SNOMED_SYSTEM = 'http://snomed.info/sct';

export const SNOMED_DETECTED: Coding = {
  system: SNOMED_SYSTEM,
  code: '260373001',
  display: 'Detected (qualifier value)',
};

export const SNOMED_NOT_DETECTED: Coding = {
  system: SNOMED_SYSTEM,
  code: '260415000',
  display: 'Not detected (qualifier value)',
};

export const SNOMED_EQUIVOCAL: Coding = {
  system: SNOMED_SYSTEM,
  code: '42425007',
  display: 'Equivocal (qualifier value)',
};

/** The coding for an interpretation; equivocal is kept for lab reports, never for cards. */
export function snomedForInterpretation(interpretation: Interpretation): Coding {
  switch (interpretation) {
    case 'detected':
      return SNOMED_DETECTED;
    case 'not-detected':
      return SNOMED_NOT_DETECTED;
    case 'equivocal':
      return SNOMED_EQUIVOCAL;
  }
}
