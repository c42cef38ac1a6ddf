// A checker for the Bundles SeroDesk writes, against the FHIR R4 rules they must keep: the
// primitive types (id, date, dateTime, uri), each resource's required elements and their
// cardinality, the code systems we promise (LOINC for the test, v3 ObservationInterpretation,
// SNOMED CT for a qualitative value, the СНИЛС OID), unique fullUrls (bdl-7) and references
// that resolve inside the Bundle. Not a general FHIR validator: it knows our profile only,
// which is what an export's reader and the transfer connectors need to be sure of.
// Problems come back as values: [{path:"entry[2].resource.status",problem:"required"}].
import { z } from 'zod';
import { ANTIBODY_LOINC } from '../lab/loinc';
import { isValidSnils } from '../person/snils';
import {
  INTERPRETATION_SYSTEM,
  LOINC_SYSTEM,
  OBSERVATION_CATEGORY_SYSTEM,
  SNILS_SYSTEM,
  SNOMED_SYSTEM,
} from './systems';

export type BundleProblem = { readonly path: string; readonly problem: string };

// FHIR R4 primitive patterns (https://hl7.org/fhir/R4/datatypes.html).
const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DATE_TIME =
  /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ABSOLUTE_URI = /^(https?:\/\/\S+|urn:(uuid|oid):\S+)$/;

const text = z.string().min(1);
const coding = z.object({
  system: z.string().regex(ABSOLUTE_URI),
  code: text,
  display: text.optional(),
});
const concept = z
  .object({ coding: z.array(coding).min(1).optional(), text: text.optional() })
  .refine((c) => c.coding !== undefined || c.text !== undefined, 'coding or text required');
const reference = z
  .object({ reference: text.optional(), display: text.optional() })
  .refine((r) => r.reference !== undefined || r.display !== undefined, 'reference or display');
const identifier = z.object({
  use: z.enum(['usual', 'official', 'temp', 'secondary', 'old']).optional(),
  type: concept.optional(),
  system: z.string().regex(ABSOLUTE_URI),
  value: text,
});

const patient = z.object({
  resourceType: z.literal('Patient'),
  id: z.string().regex(ID),
  identifier: z.array(identifier).min(1),
  name: z
    .array(
      z.object({
        use: z.enum(['usual', 'official']).optional(),
        text: text.optional(),
        family: text,
        given: z.array(text).min(1),
      }),
    )
    .min(1),
  gender: z.enum(['male', 'female', 'other', 'unknown']),
  birthDate: z.string().regex(DATE),
});

const observation = z
  .object({
    resourceType: z.literal('Observation'),
    id: z.string().regex(ID),
    status: z.enum([
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ]),
    category: z.array(concept).optional(),
    code: concept,
    subject: reference,
    effectiveDateTime: z.string().regex(DATE_TIME),
    valueQuantity: z.object({ value: z.number(), unit: text }).optional(),
    valueCodeableConcept: concept.optional(),
    interpretation: z.array(concept).min(1),
  })
  // obs-6/obs-7 and value[x] 0..1: one value, and only one kind of it.
  .refine((o) => !(o.valueQuantity !== undefined && o.valueCodeableConcept !== undefined), {
    error: 'value[x] has one type only',
    path: ['valueQuantity'],
  });

const composition = z.object({
  resourceType: z.literal('Composition'),
  id: z.string().regex(ID),
  identifier,
  status: z.enum(['preliminary', 'final', 'amended', 'entered-in-error']),
  type: concept,
  subject: reference,
  date: z.string().regex(DATE_TIME),
  author: z.array(reference).min(1),
  title: text,
  attester: z
    .array(
      z.object({
        mode: z.enum(['personal', 'professional', 'legal', 'official']),
        time: z.string().regex(DATE_TIME).optional(),
      }),
    )
    .optional(),
  custodian: reference.optional(),
  relatesTo: z
    .array(
      z.object({
        code: z.enum(['replaces', 'transforms', 'signs', 'appends']),
        targetIdentifier: identifier,
      }),
    )
    .optional(),
  event: z
    .array(
      z.object({
        period: z.object({
          start: z.string().regex(DATE_TIME).optional(),
          end: z.string().regex(DATE_TIME).optional(),
        }),
      }),
    )
    .optional(),
  section: z
    .array(
      z.object({
        title: text,
        code: concept.optional(),
        // cmp-1: a section has text, entries or sections; ours always a narrative.
        text: z.object({
          status: z.enum(['generated', 'extensions', 'additional', 'empty']),
          div: z.string().startsWith('<div xmlns="http://www.w3.org/1999/xhtml">'),
        }),
        entry: z.array(reference).optional(),
      }),
    )
    .min(1),
});

const resource = z.discriminatedUnion('resourceType', [patient, observation, composition]);
type Resource = z.infer<typeof resource>;

const bundle = z.object({
  resourceType: z.literal('Bundle'),
  type: z.enum([
    'document',
    'message',
    'transaction',
    'transaction-response',
    'batch',
    'batch-response',
    'history',
    'searchset',
    'collection',
  ]),
  timestamp: z.string().regex(INSTANT).optional(),
  entry: z.array(z.object({ fullUrl: z.string().regex(ABSOLUTE_URI), resource: z.unknown() })),
});

function issuesOf(error: z.ZodError, prefix: string): BundleProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.'),
    problem: issue.message,
  }));
}

function hasCoding(
  c: { coding?: readonly { system: string; code: string }[] | undefined },
  system: string,
  codes?: ReadonlySet<string>,
): boolean {
  return (c.coding ?? []).some(
    (x) => x.system === system && (codes === undefined || codes.has(x.code)),
  );
}

const LOINC_CODES: ReadonlySet<string> = new Set(Object.keys(ANTIBODY_LOINC));
const INTERPRETATION_CODES: ReadonlySet<string> = new Set(['POS', 'NEG', 'IND']);
const SNOMED_VALUES: ReadonlySet<string> = new Set(['260373001', '260415000', '42425007']);

/** Every rule a resource breaks beyond its shape: code systems and references. */
function resourceProblems(
  r: Resource,
  path: string,
  urls: ReadonlyMap<string, string>,
): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const resolves = (ref: { reference?: string | undefined }, type: string, at: string) => {
    if (ref.reference === undefined) return;
    if (urls.get(ref.reference) !== type)
      problems.push({
        path: `${path}.${at}`,
        problem: `does not resolve to a ${type} in the Bundle`,
      });
  };
  switch (r.resourceType) {
    case 'Patient':
      for (const [i, id] of r.identifier.entries()) {
        if (id.system === SNILS_SYSTEM && !(/^\d{11}$/.test(id.value) && isValidSnils(id.value))) {
          problems.push({ path: `${path}.identifier.${i}.value`, problem: 'not a valid СНИЛС' });
        }
      }
      break;
    case 'Observation':
      if (!hasCoding(r.code, LOINC_SYSTEM, LOINC_CODES))
        problems.push({ path: `${path}.code`, problem: 'no antibody test LOINC coding' });
      if (
        !(r.category ?? []).some((c) =>
          hasCoding(c, OBSERVATION_CATEGORY_SYSTEM, new Set(['laboratory'])),
        )
      )
        problems.push({ path: `${path}.category`, problem: 'not a laboratory observation' });
      if (!r.interpretation.some((c) => hasCoding(c, INTERPRETATION_SYSTEM, INTERPRETATION_CODES)))
        problems.push({
          path: `${path}.interpretation`,
          problem: 'no v3 ObservationInterpretation POS/NEG/IND',
        });
      if (r.valueQuantity === undefined && r.valueCodeableConcept === undefined)
        problems.push({ path: `${path}.value[x]`, problem: 'required' });
      if (
        r.valueCodeableConcept !== undefined &&
        !hasCoding(r.valueCodeableConcept, SNOMED_SYSTEM, SNOMED_VALUES)
      )
        problems.push({
          path: `${path}.valueCodeableConcept`,
          problem: 'not a SNOMED CT detected/not detected',
        });
      resolves(r.subject, 'Patient', 'subject');
      break;
    case 'Composition': {
      resolves(r.subject, 'Patient', 'subject');
      for (const [i, section] of r.section.entries()) {
        for (const [j, entry] of (section.entry ?? []).entries())
          resolves(entry, 'Observation', `section.${i}.entry.${j}`);
      }
      const period = r.event?.[0]?.period;
      if (period?.start !== undefined && period.end !== undefined && period.end < period.start) {
        problems.push({ path: `${path}.event.0.period`, problem: 'ends before it starts (per-1)' });
      }
      break;
    }
  }
  return problems;
}

/** Every problem of a Bundle; an empty list means it keeps all the rules above. */
export function checkBundle(value: unknown): readonly BundleProblem[] {
  const parsed = bundle.safeParse(value);
  if (!parsed.success) return issuesOf(parsed.error, '');
  const problems: BundleProblem[] = [];
  const urls = new Map<string, string>();
  const resources: { resource: Resource; path: string }[] = [];
  for (const [i, entry] of parsed.data.entry.entries()) {
    const path = `entry.${i}.resource`;
    const r = resource.safeParse(entry.resource);
    if (!r.success) {
      problems.push(...issuesOf(r.error, path));
      continue;
    }
    if (urls.has(entry.fullUrl))
      problems.push({ path: `entry.${i}.fullUrl`, problem: 'repeated fullUrl (bdl-7)' });
    if (entry.fullUrl.startsWith('urn:uuid:') && entry.fullUrl !== `urn:uuid:${r.data.id}`) {
      problems.push({ path: `entry.${i}.fullUrl`, problem: 'does not name the resource id' });
    }
    urls.set(entry.fullUrl, r.data.resourceType);
    resources.push({ resource: r.data, path });
  }
  for (const { resource: r, path } of resources) problems.push(...resourceProblems(r, path, urls));
  return problems;
}
