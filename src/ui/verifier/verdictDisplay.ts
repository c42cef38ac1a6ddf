import type { Language } from '../../core/bilingual';
import type { Verification } from '../../core/shc/verdict';

// What the verifier screen makes of a verification and of the cached trust list's age: the
// colour of the full-screen answer, the dates a guard compares with a passport, and when the
// trust list counts as out of date. Pure, so the rules are tested without a browser.

/**
 * A trust list older than this gets a warning, and a valid card checked against it is shown
 * amber, not green: revocations published since then have not reached the device. A week
 * suits venues that connect every few days; remote settlements may go longer, and are told so.
 */
export const TRUST_LIST_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** green, amber, red (rejected), red (a code this verifier cannot check, e.g. HC1:). */
export type VerdictTone = 'valid' | 'caution' | 'invalid' | 'unsupported';

export function verdictTone(verification: Verification, trustIsStale: boolean): VerdictTone {
  if (verification.verdict === 'unsupported-format') return 'unsupported';
  if (verification.verdict !== 'valid') return 'invalid';
  const plain =
    verification.reason === 'valid' && verification.warnings.length === 0 && !trustIsStale;
  return plain ? 'valid' : 'caution';
}

export function isTrustStale(fetchedAt: number | null, now: number): boolean {
  return fetchedAt === null || now - fetchedAt > TRUST_LIST_MAX_AGE_MS;
}

/** A FHIR date as on a Russian passport: "1985-03-14" → "14.03.1985", "1985-03" → "03.1985". */
export function formatFhirDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (match === null) return date;
  const [, year = '', month, day] = match;
  return [day, month, year].filter((part) => part !== undefined).join('.');
}

/** NumericDate seconds as the device's local calendar date, "dd.mm.yyyy". */
export function formatNumericDate(seconds: number): string {
  const date = new Date(seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 дня назад" / "3 days ago"; "только что" for under a minute. A future time reads as now. */
export function formatAge(fetchedAt: number, now: number, language: Language): string {
  const age = Math.max(0, now - fetchedAt);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (age < MINUTE) return format.format(0, 'second');
  if (age < HOUR) return format.format(-Math.floor(age / MINUTE), 'minute');
  if (age < DAY) return format.format(-Math.floor(age / HOUR), 'hour');
  return format.format(-Math.floor(age / DAY), 'day');
}

/** The age limit in words: "7 дней" / "7 days". */
export function formatAgeLimit(language: Language): string {
  const days = Math.round(TRUST_LIST_MAX_AGE_MS / DAY);
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
  }).format(days);
}

/** The language of core's bilingual messages for the screen's current i18n language. */
export function languageOf(i18nLanguage: string): Language {
  return i18nLanguage.startsWith('en') ? 'en' : 'ru';
}
