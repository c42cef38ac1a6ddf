// Codes a lab card may carry, copied from the SHC terminology value sets (dvci/shc-terminology,
// CC0; LOINC © Regenstrief Institute, SNOMED CT © SNOMED International — see the .fsh files in
// ../shared/reference): `lab-qualitative-test-covid` for Observation.code and
// `lab-qualitative-result` for Observation.valueCodeableConcept. A verifier accepts any of
// them; the desk issues only the antibody tests and Detected / Not detected.

import type { AntibodyLoinc } from '../lab/loinc';
import { ANTIBODY_LOINC } from '../lab/loinc';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';

/** LOINC code → display, value set lab-qualitative-test-covid (version 2022.2). */
export const COVID_LAB_TESTS: ReadonlyMap<string, string> = new Map([
  ['94307-6', 'SARS-CoV-2 N gene Spec Ql NAA N1'],
  ['94308-4', 'SARS-CoV-2 N gene Spec Ql NAA N2'],
  ['94309-2', 'SARS-CoV-2 RNA Spec Ql NAA+probe'],
  ['94310-0', 'SARS-related CoV N Spec Ql NAA N3'],
  ['94314-2', 'SARS-CoV-2 RdRp Spec Ql NAA+probe'],
  ['94315-9', 'SARS-rel CoV E gene Spec Ql NAA+probe'],
  ['94316-7', 'SARS-CoV-2 N gene Spec Ql NAA+probe'],
  ['94500-6', 'SARS-CoV-2 RNA Resp Ql NAA+probe'],
  ['94502-2', 'SARS-rel CoV RNA Resp Ql NAA+probe'],
  ['94507-1', 'SARS-CoV-2 IgG SerPlBld Ql IA.rapid'],
  ['94508-9', 'SARS-CoV-2 IgM SerPlBld Ql IA.rapid'],
  ['94532-9', 'SARS-rel CoV+MERS RNA Resp Ql NAA+probe'],
  ['94533-7', 'SARS-CoV-2 N gene Resp Ql NAA+probe'],
  ['94534-5', 'SARS-CoV-2 RdRp Resp Ql NAA+probe'],
  ['94547-7', 'SARS-CoV-2 IgG+IgM SerPl Ql IA'],
  ['94558-4', 'SARS-CoV-2 Ag Resp Ql IA.rapid'],
  ['94559-2', 'SARS-CoV-2 ORF1ab Resp Ql NAA+probe'],
  ['94562-6', 'SARS-CoV-2 IgA SerPl Ql IA'],
  ['94563-4', 'SARS-CoV-2 IgG SerPl Ql IA'],
  ['94564-2', 'SARS-CoV-2 IgM SerPl Ql IA'],
  ['94565-9', 'SARS-CoV-2 RNA Nph Ql NAA+non-probe'],
  ['94639-2', 'SARS-CoV-2 ORF1ab Spec Ql NAA+probe'],
  ['94640-0', 'SARS-CoV-2 S gene Resp Ql NAA+probe'],
  ['94641-8', 'SARS-CoV-2 S gene Spec Ql NAA+probe'],
  ['94647-5', 'SARSr-CoV RNA Spec Ql NAA+probe'],
  ['94660-8', 'SARS-CoV-2 RNA SerPl Ql NAA+probe'],
  ['94661-6', 'SARS-CoV-2 Ab SerPl-Imp'],
  ['94756-4', 'SARS-CoV-2 N gene Resp Ql NAA N1'],
  ['94757-2', 'SARS-CoV-2 N gene Resp Ql NAA N2'],
  ['94758-0', 'SARS-rel CoV E gene Resp Ql NAA+probe'],
  ['94759-8', 'SARS-CoV-2 RNA Nph Ql NAA+probe'],
  ['94760-6', 'SARS-CoV-2 N gene Nph Ql NAA+probe'],
  ['94761-4', 'SARS-CoV-2 IgG DBS Ql IA'],
  ['94762-2', 'SARS-CoV-2 Ab SerPl Ql IA'],
  ['94763-0', 'SARS-CoV-2 Spec Ql Cult'],
  ['94765-5', 'SARS-rel CoV E gene SerPl Ql NAA+probe'],
  ['94766-3', 'SARS-CoV-2 N gene SerPl Ql NAA+probe'],
  ['94767-1', 'SARS-CoV-2 S gene SerPl Ql NAA+probe'],
  ['94768-9', 'SARS-CoV-2 IgA SerPlBld Ql IA.rapid'],
  ['94822-4', 'SARS-CoV-2 RNA Sal Ql Seq'],
  ['94845-5', 'SARS-CoV-2 RNA Sal Ql NAA+probe'],
  ['95125-1', 'SARS-CoV-2 IgA+IgM SerPl Ql IA'],
  ['95209-3', 'SARS-CoV+SARS-CoV-2 Ag Resp Ql IA.rapid'],
  ['95406-5', 'SARS-CoV-2 RNA Nose Ql NAA+probe'],
  ['95409-9', 'SARS-CoV-2 N gene Nose Ql NAA+probe'],
  ['95411-5', 'SARS-CoV-2 NAb Ser Ql pVNT'],
  ['95416-4', 'SARS-CoV-2 IgM DBS Ql IA'],
  ['95423-0', 'FLUABV + SARS-CoV-2 Resp NAA+probe'],
  ['95424-8', 'SARS-CoV-2 RNA Resp Ql Seq'],
  ['95425-5', 'SARS-CoV-2 N gene Sal Ql NAA+probe'],
  ['95542-7', 'SARS-CoV-2 Ab SerPlBld Ql IA.rapid'],
  ['95608-6', 'SARS-CoV-2 RNA Resp Ql NAA+non-probe'],
  ['95609-4', 'SARS-CoV-2 S gene Resp Ql Seq'],
  ['95823-1', 'SARS-rel CoV E gene Sal Ql NAA+probe'],
  ['95824-9', 'SARS-CoV-2 ORF1ab Sal Ql NAA+probe'],
  ['95825-6', 'SARS-CoV-2 Ab DBS Ql IA'],
  ['95970-0', 'SARS-CoV-2 TCRB Bld Ql Seq'],
  ['95971-8', 'SARS-CoV-2 IFN-g Bld Ql'],
  ['96091-4', 'SARS-CoV-2 RdRp Sal Ql NAA+probe'],
  ['96119-3', 'SARS-CoV-2 Ag Upper resp Ql IA'],
  ['96120-1', 'SARS-CoV-2 RdRp Lower resp Ql NAA+probe'],
  ['96121-9', 'SARS-rel CoV E gene Low resp Ql NAA+prb'],
  ['96122-7', 'SARS-rel CoV E gene Upper resp Ql NAA+prb'],
  ['96123-5', 'SARS-CoV-2 RdRp Upper resp Ql NAA+probe'],
  ['96448-6', 'SARS-CoV-2 N gene Sal Ql NAA N1'],
  ['96603-6', 'SARS-CoV-2 S RBD NAb SerPl Ql sVNT'],
  ['96752-1', 'SARS-CoV-2 S gene mut Spec Ql'],
  ['96763-8', 'SARS-CoV-2 E gene Resp Ql NAA+probe'],
  ['96765-3', 'SARS-CoV-2 S gene Sal Ql NAA+probe'],
  ['96797-6', 'SARS-CoV-2 RNA OPA wash Ql NAA+probe'],
  ['96829-7', 'SARS-CoV-2 RNA Spec Donr Ql NAA+probe'],
  ['96957-6', 'SARS-CoV-2 M gene Upper resp Ql NAA+prb'],
  ['96958-4', 'SARS-CoV-2 N gene Sal Ql NAA N2'],
  ['96986-5', 'SARS-CoV-2 N gene Nose Ql NAA+non-probe'],
  ['97097-0', 'SARS-CoV-2 Ag Upper resp Ql IA.rapid'],
  ['97098-8', 'SARS-CoV-2 Nsp2 Upper resp Ql NAA+probe'],
  ['98069-8', 'SARS-CoV-2 Ab Sal Ql IA.rapid'],
  ['98131-6', 'SARS-CoV-2 ORF1b Resp Ql NAA+probe'],
  ['98132-4', 'SARS-CoV-2 ORF1a Resp Ql NAA+probe'],
  ['98493-0', 'SARS-CoV-2 ORF1b Sal Ql NAA+probe'],
  ['98494-8', 'SARS-CoV-2 ORF1a Sal Ql NAA+probe'],
  ['99596-9', 'SARS-CoV-2 N IgG SerPl Ql IA'],
  ['99597-7', 'SARS-CoV-2 S IgG SerPl Ql IA'],
  ['99772-6', 'SARS-CoV-2 IFN-g Bld-Imp'],
]);

/** Antibody tests the desk issues (a subset of COVID_LAB_TESTS). */
/**
 * Antibody tests a SeroDesk card may carry: every antibody code of the value set (one list,
 * kept in core/lab/loinc.ts, which maps kits to them) plus the interpretation code 94661-6.
 */
export const ANTIBODY_TESTS = [
  ...(Object.keys(ANTIBODY_LOINC) as AntibodyLoinc[]),
  '94661-6',
] as const satisfies readonly string[];
export type AntibodyTestLoinc = AntibodyLoinc | '94661-6';

/** The two results a certificate states. */
export const DETECTED = '260373001';
export const NOT_DETECTED = '260415000';
export type AntibodyResult = typeof DETECTED | typeof NOT_DETECTED;

/** `system|code` → display, value set lab-qualitative-result (version 2022.2). */
export const QUALITATIVE_RESULTS: ReadonlyMap<string, string> = new Map([
  [`${LOINC}|LA28481-2`, 'Past infection'],
  [`${LOINC}|LA28482-0`, 'Recent infection'],
  [`${SNOMED}|10828004`, 'Positive (qualifier value)'],
  [`${SNOMED}|11214006`, 'Reactive (qualifier value)'],
  [`${SNOMED}|125154007`, 'Specimen unsatisfactory for evaluation (finding)'],
  [`${SNOMED}|131194007`, 'Non-reactive (qualifier value)'],
  [`${SNOMED}|260373001`, 'Detected (qualifier value)'],
  [`${SNOMED}|260385009`, 'Negative (qualifier value)'],
  [`${SNOMED}|260415000`, 'Not detected (qualifier value)'],
  [`${SNOMED}|407479009`, 'Influenza A virus (organism)'],
  [`${SNOMED}|407480007`, 'Influenza B virus (organism)'],
  [`${SNOMED}|415684004`, 'Suspected (qualifier value)'],
  [`${SNOMED}|419984006`, 'Inconclusive (qualifier value)'],
  [`${SNOMED}|42425007`, 'Equivocal (qualifier value)'],
  [`${SNOMED}|455371000124106`, 'Invalid result (qualifier value)'],
  [`${SNOMED}|720735008`, 'Presumptive positive (qualifier value)'],
  [`${SNOMED}|82334004`, 'Indeterminate (qualifier value)'],
  [`${SNOMED}|840533007`, 'Severe acute respiratory syndrome coronavirus 2 (organism)'],
]);
