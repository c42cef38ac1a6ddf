import type { Language } from '../../core/bilingual';
import type { CalendarDate } from '../../core/records/calendarDate';
import { calendarDateAt } from '../../core/records/calendarDate';
import type { Verification } from '../../core/shc/verdict';
import type { AdmissionPolicy } from '../../core/admission/policy';
import type { RevocationDetail } from '../../desk/trust';
import type { CachedTrust } from '../../desk/trust';

// What the verifier screen makes of a verification and of the cached trust list's age: the
// colour and headline of the full-screen answer, the dates a guard compares with a passport
// and with the paper, and when the trust list counts as out of date. Pure, so the rules are
// tested without a browser.

/**
 * A trust list older than this gets a warning, and a valid card checked against it is shown
 * amber, not green: revocations published since then have not reached the device. A week
 * suits venues that connect every few days; remote settlements may go longer, and are told so.
 */
export const TRUST_LIST_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Each scan answers two questions: is the card authentic, and does it admit its holder.
 *   valid         green  authentic, admits, nothing to doubt
 *   caution       amber  authentic and admits, but with a warning (old list, no rid…)
 *   not-admitted  slate  authentic, yet gives no QR rights (absence, a class the policy does
 *                        not count): neither the green of entry nor the red of a forgery
 *   invalid       red    forged, unknown, revoked, or past its validity
 *   unsupported   red    a code this verifier cannot check (HC1:, a link)
 */
export type VerdictTone = 'valid' | 'caution' | 'not-admitted' | 'invalid' | 'unsupported';

/** Not-admitted reasons that mean the card no longer holds at all: red, not slate. */
const ENDED = new Set(['validity-ended', 'revoked', 'not-yet-valid']);

export function verdictTone(verification: Verification, trustIsStale: boolean): VerdictTone {
  if (verification.verdict === 'unsupported-format') return 'unsupported';
  if (verification.verdict !== 'valid') return 'invalid';
  const admission = verification.admission;
  if (admission.decision === 'not-admit') {
    return ENDED.has(admission.reason) ? 'invalid' : 'not-admitted';
  }
  const plain =
    admission.decision === 'admit' &&
    verification.reason === 'valid' &&
    verification.warnings.length === 0 &&
    !trustIsStale;
  return plain ? 'valid' : 'caution';
}

/** The headline's words (keys of `verifier.verdict.headline`), short enough for a phone. */
export type VerdictHeadline =
  'admit' | 'caution' | 'notAdmitted' | 'expired' | 'revoked' | 'invalid' | 'unsupported';

export function verdictHeadline(verification: Verification, tone: VerdictTone): VerdictHeadline {
  const admission = verification.admission;
  const ended = admission.decision === 'not-admit' ? admission.reason : undefined;
  switch (tone) {
    case 'valid':
      return 'admit';
    case 'caution':
      return 'caution';
    case 'not-admitted':
      return 'notAdmitted';
    case 'unsupported':
      return 'unsupported';
    case 'invalid':
      if (verification.verdict === 'revoked' || ended === 'revoked') return 'revoked';
      if (verification.verdict === 'expired' || ended === 'validity-ended') return 'expired';
      return 'invalid';
  }
}

/**
 * When and why the card was revoked, from the register's notes on the issuer's CRLs
 * (storage/crlDetails.ts). Core names the revoked rid in the verification's `detail`; a rid
 * is unique to one certificate, so any of the issuer's key lists may hold it.
 */
export function revocationOf(
  verification: Verification,
  cached: CachedTrust | null,
): RevocationDetail | undefined {
  if (verification.reason !== 'rid-revoked' || verification.detail === undefined) return undefined;
  const issuer =
    verification.issuer === undefined ? undefined : cached?.issuers.get(verification.issuer);
  for (const details of issuer?.crlDetails.values() ?? []) {
    const found = details.revocations.get(verification.detail);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What the trust status says about one cached issuer. */
export type IssuerSummary = {
  readonly iss: string;
  readonly policy?: AdmissionPolicy;
  /** Cards revoked across the issuer's key lists. */
  readonly revoked: number;
  /** The newest `updatedAt` among its lists (ISO time); undefined when it has none. */
  readonly lastChange?: string;
  readonly lists: readonly {
    readonly kid: string;
    readonly ctr: number;
    readonly updatedAt?: string;
  }[];
};

export function issuerSummaries(cached: CachedTrust): IssuerSummary[] {
  return [...cached.trust].map(([iss, trust]) => {
    const details = cached.issuers.get(iss)?.crlDetails;
    const lists = [...trust.crls.values()].map((crl) => {
      const updatedAt = details?.get(crl.kid)?.updatedAt;
      return { kid: crl.kid, ctr: crl.ctr, ...(updatedAt === undefined ? {} : { updatedAt }) };
    });
    const times = lists.flatMap((list) => (list.updatedAt === undefined ? [] : [list.updatedAt]));
    const lastChange = times.sort().at(-1);
    const revoked = [...trust.crls.values()].reduce((sum, crl) => sum + crl.rids.length, 0);
    return {
      iss,
      ...(trust.policy === undefined ? {} : { policy: trust.policy }),
      revoked,
      ...(lastChange === undefined ? {} : { lastChange }),
      lists,
    };
  });
}

/** "2027-06-01" → "01.06.2027", as printed on the paper. */
export function formatCalendarDate(date: CalendarDate): string {
  return formatFhirDate(date);
}

/** An instant as the region's calendar date (and time), "01.12.2026" or "01.12.2026 14:10". */
export function formatRegionTime(
  instant: number | string,
  utcOffsetMinutes: number,
  withTime: boolean,
): string {
  const at = new Date(instant);
  const day = formatCalendarDate(calendarDateAt(at, utcOffsetMinutes));
  if (!withTime) return day;
  const shifted = new Date(at.getTime() + utcOffsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day} ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
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
