// Which antibody class a certificate's LOINC test code reports. The desk and the verifier
// both read the class from the code, never from a kit name, so a kit the policy does not
// admit is refused at the desk by the same rule that would refuse its card at the door.
import { ANTIBODY_LOINC, type AntibodyLoinc } from '../lab/loinc';
import type { CardAntibodyClass } from './cardAntibodyClasses';
export { CARD_ANTIBODY_CLASSES, type CardAntibodyClass } from './cardAntibodyClasses';

const CLASS_OF_LOINC: Readonly<Record<AntibodyLoinc, CardAntibodyClass>> = {
  '94563-4': 'IgG',
  '99597-7': 'IgG',
  '99596-9': 'IgG',
  '94507-1': 'IgG',
  '94761-4': 'IgG',
  '94564-2': 'IgM',
  '94508-9': 'IgM',
  '95416-4': 'IgM',
  '94562-6': 'IgA',
  '94768-9': 'IgA',
  '94762-2': 'total',
  '95542-7': 'total',
  '95825-6': 'total',
  '94547-7': 'IgG+IgM',
  '95125-1': 'IgA+IgM',
  '95411-5': 'neutralising',
  '96603-6': 'neutralising',
};

/** The class a LOINC antibody test reports; undefined for a code that is not an antibody test. */
export function antibodyClassOfLoinc(loinc: string): CardAntibodyClass | undefined {
  return Object.hasOwn(ANTIBODY_LOINC, loinc) ? CLASS_OF_LOINC[loinc as AntibodyLoinc] : undefined;
}
