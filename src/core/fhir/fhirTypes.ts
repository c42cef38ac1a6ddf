// The parts of FHIR R4 that SeroDesk writes (https://hl7.org/fhir/R4/): Patient, Observation,
// Composition and a `collection` Bundle. Only the elements the exporter fills are typed, so
// the compiler catches a misspelt element; a reader of the output needs nothing beyond R4.

export type Coding = {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
};

export type CodeableConcept = {
  readonly coding?: readonly Coding[];
  readonly text?: string;
};

export type Identifier = {
  readonly use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  readonly type?: CodeableConcept;
  readonly system: string;
  readonly value: string;
};

/** A literal reference ("urn:uuid:…" in a Bundle), or only a display for a party with no resource. */
export type Reference = { readonly reference?: string; readonly display?: string };

export type Period = { readonly start?: string; readonly end?: string };

export type HumanName = {
  readonly use?: 'usual' | 'official';
  readonly text?: string;
  readonly family: string;
  readonly given: readonly string[];
};

export type Narrative = { readonly status: 'generated'; readonly div: string };

export type Patient = {
  readonly resourceType: 'Patient';
  readonly id: string;
  readonly identifier: readonly Identifier[];
  readonly name: readonly HumanName[];
  readonly gender: 'male' | 'female';
  readonly birthDate: string;
};

export type Quantity = { readonly value: number; readonly unit: string };

export type Observation = {
  readonly resourceType: 'Observation';
  readonly id: string;
  readonly status: 'final';
  readonly category: readonly CodeableConcept[];
  readonly code: CodeableConcept;
  readonly subject: Reference;
  readonly effectiveDateTime: string;
  readonly valueQuantity?: Quantity;
  readonly valueCodeableConcept?: CodeableConcept;
  readonly interpretation: readonly CodeableConcept[];
  readonly method?: CodeableConcept;
  readonly device?: { readonly display: string };
};

export type CompositionStatus = 'preliminary' | 'final' | 'amended' | 'entered-in-error';

export type Composition = {
  readonly resourceType: 'Composition';
  readonly id: string;
  readonly identifier: Identifier;
  readonly status: CompositionStatus;
  readonly type: CodeableConcept;
  readonly subject: Reference;
  readonly date: string;
  readonly author: readonly Reference[];
  readonly title: string;
  readonly attester?: readonly { readonly mode: 'professional'; readonly time?: string }[];
  readonly custodian?: Reference;
  readonly relatesTo?: readonly {
    readonly code: 'replaces' | 'transforms' | 'signs' | 'appends';
    readonly targetIdentifier: Identifier;
  }[];
  readonly event: readonly { readonly period: Period }[];
  readonly section: readonly {
    readonly title: string;
    readonly code?: CodeableConcept;
    readonly text: Narrative;
    readonly entry?: readonly Reference[];
  }[];
};

export type FhirResource = Patient | Observation | Composition;

export type BundleEntry = { readonly fullUrl: string; readonly resource: FhirResource };

export type CollectionBundle = {
  readonly resourceType: 'Bundle';
  readonly type: 'collection';
  readonly timestamp: string;
  readonly entry: readonly BundleEntry[];
};
