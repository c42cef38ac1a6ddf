// The contract for a paid medical service is printed from a versioned template (issue #11).
// A template is data: Russian text with placeholders that the renderer (templateRender.ts)
// fills from the contract, the person, the representative and the clinic's requisites. A
// contract records the version it was printed with (`templateVersion`), so a reprint of an
// old contract uses the same words; therefore a released version never changes — a new text
// is a new version (templates.test.ts pins the default's hash). Clinics may add versions of
// their own later; they are addressed by version like the built-in ones.
//
// Placeholders: `{{consumer.name}}` is a value; `{{consumer.sex:ий|ая}}` picks the male or
// female ending by the person's sex (the Russian grammar of «действующий/действующая»).
// Example of a template as stored (abridged):
//
//   {"version":"ru-default-2026-12","title":"ДОГОВОР № {{contract.number}}",
//    "preamble":{"provider":"{{provider.fullName}} (далее — «Исполнитель») …", …},
//    "clauses":[{"heading":"1. Предмет договора","paragraphs":["1.1. Исполнитель …"]}], …}
import { z } from 'zod';
import { FIELD_TOO_LONG, TEXT_LIMITS } from '../records/base';

/** The values a template may name; anything else is refused when the template is parsed. */
export const TEMPLATE_FIELDS = [
  'contract.number',
  'contract.date',
  'provider.fullName',
  'provider.shortName',
  'provider.headPhysician',
  'provider.headPhysicianGenitive',
  'provider.licenceNumber',
  'provider.licenceDate',
  'provider.licenceIssuer',
  'consumer.name',
  'consumer.genitive',
  'consumer.birthDate',
  'representative.name',
  'representative.genitive',
  'representative.basis',
  'representative.basisDocument',
  'customer.name',
  'service.name',
  'service.code',
  'service.price',
  'copies.count',
  'template.version',
] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** Whose sex chooses between two endings: `{{consumer.sex:ий|ая}}`. */
export const TEMPLATE_SEXED = ['consumer', 'representative'] as const;
export type TemplateSexed = (typeof TEMPLATE_SEXED)[number];

/** `{{field}}` or `{{who.sex:male|female}}`; either ending may be empty. */
export const PLACEHOLDER = /\{\{([a-zA-Z.]+)(?::([^|{}]*)\|([^|{}]*))?\}\}/g;

const FIELDS: ReadonlySet<string> = new Set(TEMPLATE_FIELDS);
const SEXED: ReadonlySet<string> = new Set(TEMPLATE_SEXED.map((who) => `${who}.sex`));

/** The placeholders of a text that name nothing a template may name. */
export function unknownPlaceholders(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    const sexed = match[2] !== undefined;
    if (sexed ? !SEXED.has(name) : !FIELDS.has(name)) unknown.push(match[0]);
  }
  return unknown;
}

// The schemas are built at their first parse, not when the desk loads (records/base.ts says
// why).
const templateText = z.lazy(() =>
  z
    .string()
    .min(1)
    .max(2000)
    .superRefine((text, ctx) => {
      for (const placeholder of unknownPlaceholders(text)) {
        ctx.addIssue({ code: 'custom', message: `template-placeholder-unknown: ${placeholder}` });
      }
    }),
);

/** "ru-default-2026-12": language, name, year and month of release. */
export const templateVersionSchema = z.lazy(() =>
  z
    .string()
    .max(TEXT_LIMITS.code, FIELD_TOO_LONG)
    .regex(/^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/),
);
export type ContractTemplateVersion = z.infer<typeof templateVersionSchema>;

export const contractTemplateSchema = z.lazy(() =>
  z.object({
    version: templateVersionSchema,
    title: templateText,
    subtitle: templateText,
    /**
     * The opening sentence, assembled from parts by who the parties are (templateRender.ts):
     * `provider`, then one consumer part, then `customer` when someone else pays, then `closing`.
     */
    preamble: z.object({
      provider: templateText,
      /** An adult consumer who concludes the contract. */
      consumer: templateText,
      /** A minor of 14–18 who concludes it with the representative's written consent. */
      consumerWithConsent: templateText,
      /** A child under 14, for whom the representative concludes it as the customer. */
      representativeAsCustomer: templateText,
      /** A child under 14 for whom another payer is the customer. */
      representativeOfConsumer: templateText,
      /** Someone other than the consumer pays (`payer.kind` 'other'). */
      customer: templateText,
      closing: templateText,
    }),
    clauses: z.array(z.object({ heading: templateText, paragraphs: z.array(templateText).min(1) })),
    parties: z.object({
      heading: templateText,
      provider: templateText,
      consumer: templateText,
      representativeAsCustomer: templateText,
      representative: templateText,
      customer: templateText,
    }),
    labels: z.object({
      born: templateText,
      document: templateText,
      issued: templateText,
      address: templateText,
      phone: templateText,
      ogrn: templateText,
      innKpp: templateText,
      inn: templateText,
      site: templateText,
      licence: templateText,
      basis: templateText,
      headPhysician: templateText,
      signature: templateText,
      stamp: templateText,
      consent: templateText,
    }),
    documentTypes: z.object({
      'ru-passport': templateText,
      'foreign-passport': templateText,
      'birth-certificate': templateText,
      other: templateText,
    }),
    bases: z.object({
      parent: templateText,
      'adoptive-parent': templateText,
      guardian: templateText,
      trustee: templateText,
    }),
    /** The number of copies in words as the copies clause needs it: «в двух экземплярах». */
    copyCounts: z.object({ two: templateText, three: templateText }),
    copies: z.object({ provider: templateText, consumer: templateText, customer: templateText }),
    footer: templateText,
  }),
);
export type ContractTemplate = z.infer<typeof contractTemplateSchema>;
