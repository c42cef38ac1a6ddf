// The forms of a person's full name that the clerk wrote by hand for Russian documents, kept
// on the person record when the declension rules get a name wrong (issue #11). Each is the
// whole name in that case, as it is to be printed; a case left out is declined by the rules.
//
//   declined: {genitive: "Кузьминой Любови Кузьминичны"}
import { z } from 'zod';
import type { MessageTable } from '../bilingual';
import { builtOnce, FIELD_TOO_LONG, TEXT_LIMITS } from '../records/base';
import type { Result } from '../result';
import { fail, ok } from '../result';

/** Letters, hyphen, space and apostrophe, as in the nominative name (name.ts). */
const DECLINED_NAME = /^[А-ЯЁа-яё](?:[А-ЯЁа-яё'\- ]*[А-ЯЁа-яё])?$/u;

export type DeclinedNameReason = 'declined-name-too-long' | 'declined-name-not-cyrillic';

export const DECLINED_NAME_MESSAGES: MessageTable<DeclinedNameReason> = {
  'declined-name-too-long': {
    ru: `Не более ${TEXT_LIMITS.name} символов`,
    en: `At most ${TEXT_LIMITS.name} characters`,
  },
  'declined-name-not-cyrillic': {
    ru: 'Только русские буквы, дефис, пробел и апостроф',
    en: 'Cyrillic letters, hyphen, space and apostrophe only',
  },
};

/**
 * Built at its first call, not when the desk loads (core/records/base.ts says why). The
 * representative's z.lazy, itself inside the application's, calls this rather than holding
 * `declinedFormsSchema` (base.ts, "Lazies two deep at most").
 */
export const declinedFormsObject = builtOnce(() => {
  const fullName = z
    .string()
    .max(TEXT_LIMITS.name, FIELD_TOO_LONG)
    .regex(DECLINED_NAME, 'declined-name-not-cyrillic');
  return z.object({ genitive: fullName.optional(), dative: fullName.optional() });
});

export const declinedFormsSchema = z.lazy(declinedFormsObject);
export type DeclinedForms = z.infer<typeof declinedFormsSchema>;

/**
 * A full name in an oblique case as the clerk typed it: spaces tidied like the nominative
 * name's, '' when blank (the rules' form stands then).
 */
export function parseDeclinedFullName(input: string): Result<string, DeclinedNameReason> {
  const name = input.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
  if (name === '') return ok('');
  if (name.length > TEXT_LIMITS.name) return fail('declined-name-too-long');
  if (!DECLINED_NAME.test(name)) return fail('declined-name-not-cyrillic');
  return ok(name);
}
