// The clinic's issuing rules as the admin types them (issue #12 item 3), kept in the settings
// draft; numbers stay text so a half-typed value survives a reload:
//
//   "policy":{"presenceMonths":"6","absenceCardDays":"30","absenceCardNoExpiry":false,
//             "maxSampleAgeDays":"14","utcOffsetMinutes":"720"}
//
// The register's schema (core/clinic/settings.ts clinicPolicySchema) decides what is valid;
// the bounds in the messages are the ones that schema checks (CLINIC_POLICY_BOUNDS), so the two
// cannot drift apart.
import { z } from 'zod';
import type { Bilingual } from '../../../core/bilingual';
import type { ClinicPolicy } from '../../../core/clinic/settings';
import { CLINIC_POLICY_BOUNDS } from '../../../core/clinic/settings';

export const policyFormSchema = z.object({
  presenceMonths: z.string(),
  absenceCardDays: z.string(),
  /** The absence card carries no `exp` (absenceCardDays null); the typed days are kept. */
  absenceCardNoExpiry: z.boolean(),
  maxSampleAgeDays: z.string(),
  /** A <select> value: minutes east of UTC, "720" for Kamchatka. */
  utcOffsetMinutes: z.string(),
});
export type PolicyForm = z.infer<typeof policyFormSchema>;

export function policyFormOf(policy: ClinicPolicy): PolicyForm {
  return {
    presenceMonths: String(policy.presenceMonths),
    absenceCardDays: policy.absenceCardDays === null ? '' : String(policy.absenceCardDays),
    absenceCardNoExpiry: policy.absenceCardDays === null,
    maxSampleAgeDays: String(policy.maxSampleAgeDays),
    utcOffsetMinutes: String(policy.utcOffsetMinutes),
  };
}

/** "14", " 14 " → 14; "14,5", "", "1e2" → NaN, which the schema refuses. */
function wholeOf(text: string): number {
  const trimmed = text.trim();
  return /^-?\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The policy the form describes, unchecked. */
export function policyInputOf(form: PolicyForm): Record<string, unknown> {
  return {
    presenceMonths: wholeOf(form.presenceMonths),
    absenceCardDays: form.absenceCardNoExpiry ? null : wholeOf(form.absenceCardDays),
    maxSampleAgeDays: wholeOf(form.maxSampleAgeDays),
    utcOffsetMinutes: wholeOf(form.utcOffsetMinutes),
  };
}

type PolicyField = 'presenceMonths' | 'absenceCardDays' | 'maxSampleAgeDays';

function boundsOf(field: PolicyField): { readonly min: number; readonly max: number } {
  return CLINIC_POLICY_BOUNDS[field];
}

/** "A whole number from 1 to 24" for "policy.presenceMonths" and its kin; else undefined. */
export function policyMessageOf(path: string): Bilingual | undefined {
  const match = /^policy\.(presenceMonths|absenceCardDays|maxSampleAgeDays)$/.exec(path);
  if (match === null) return undefined;
  const { min, max } = boundsOf(match[1] as PolicyField);
  return {
    ru: `Целое число от ${String(min)} до ${String(max)}`,
    en: `A whole number from ${String(min)} to ${String(max)}`,
  };
}

/** Russia's time zones, west to east, by a city or region the admin knows them by. */
export const RUSSIAN_UTC_OFFSETS: readonly { minutes: number; place: Bilingual }[] = [
  { minutes: 120, place: { ru: 'Калининград', en: 'Kaliningrad' } },
  { minutes: 180, place: { ru: 'Москва', en: 'Moscow' } },
  { minutes: 240, place: { ru: 'Самара', en: 'Samara' } },
  { minutes: 300, place: { ru: 'Екатеринбург', en: 'Yekaterinburg' } },
  { minutes: 360, place: { ru: 'Омск', en: 'Omsk' } },
  { minutes: 420, place: { ru: 'Красноярск, Новосибирск', en: 'Krasnoyarsk, Novosibirsk' } },
  { minutes: 480, place: { ru: 'Иркутск', en: 'Irkutsk' } },
  { minutes: 540, place: { ru: 'Якутск', en: 'Yakutsk' } },
  { minutes: 600, place: { ru: 'Владивосток', en: 'Vladivostok' } },
  { minutes: 660, place: { ru: 'Магадан, Сахалин', en: 'Magadan, Sakhalin' } },
  { minutes: 720, place: { ru: 'Камчатка', en: 'Kamchatka' } },
];

/** 720 → "UTC+12", 330 → "UTC+5:30", 0 → "UTC". */
export function utcOffsetText(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${String(hours)}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}
