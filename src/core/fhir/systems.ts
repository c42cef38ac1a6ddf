// The code and identifier systems SeroDesk's FHIR output uses, in one place so the exporter,
// the transfer connectors (issue #12) and the checker agree. Why each one: docs/DECISIONS.md,
// "Register CLI and exports (issue #12)".

export { LOINC_SYSTEM } from '../lab/loinc';
export { SNOMED_SYSTEM } from '../lab/snomed';

/**
 * СНИЛС: the OID the Russian OID register gives the insurance number of an individual
 * account (ПФР/СФР), the one ЕГИСЗ documents and qualified e-signature certificates use.
 */
export const SNILS_SYSTEM = 'urn:oid:1.2.643.100.3';

/** HL7 v2 table 0203 (identifier type): PPN passport number, BCT birth certificate. */
export const IDENTIFIER_TYPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v2-0203';

/** R4 Observation.category ("laboratory"). */
export const OBSERVATION_CATEGORY_SYSTEM =
  'http://terminology.hl7.org/CodeSystem/observation-category';

/** R4 Observation.interpretation: POS, NEG, IND. */
export const INTERPRETATION_SYSTEM =
  'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';

/**
 * Identifiers that have no national URI (an identity document's number, a certificate's
 * number) are namespaced under the issuing register's own https address, the SHC `iss`:
 *   https://register.kamchatka.example/fhir/identifier/certificate-number
 *   https://register.kamchatka.example/fhir/identifier/ru-passport
 */
export function issuerIdentifierSystem(issuerUrl: string, name: string): string {
  return `${issuerUrl.replace(/\/+$/, '')}/fhir/identifier/${name}`;
}

/** LOINC 11502-2 "Laboratory report": the document type of the certificate's Composition. */
export const LAB_REPORT_DOCUMENT_TYPE = {
  system: 'http://loinc.org',
  code: '11502-2',
  display: 'Laboratory report',
} as const;
