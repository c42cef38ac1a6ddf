// What happens in one demo case, drawn from the seeded random source before anything is
// written: who comes, on which day and at what time, which service and kit, how they pay,
// what the lab finds, and whether the case ends in a certificate, a refund or a statement
// withdrawn before payment — and, for some certificates, a duplicate, a correction or a
// revocation afterwards. Every instant is before `now`; a step that would fall after it is
// left out, so the case stays open as the desk would see it ("awaiting result / commission").
import type { PriceItem } from '../../core/clinic/settings';
import type { PaymentMethod } from '../../core/contract/paymentMethod';
import type { Reading } from '../../core/lab/interpret';
import type { Kit } from '../../core/lab/kit';
import type { CalendarDate } from '../../core/records/calendarDate';
import { addDays, calendarDateAt, startOfDay } from '../../core/records/calendarDate';
import type { DemoPerson } from './demoPeople';
import { demoPerson } from './demoPeople';
import type { DemoRandom } from './demoRandom';

export type CaseOutcome = 'certificate' | 'refund' | 'withdrawn';
export type CaseExtra = 'none' | 'duplicate' | 'correction' | 'revocation';
export type DemoRevocationReason = 'error' | 'fraud' | 'withdrawn-by-citizen';

export type DemoCasePlan = {
  readonly arrival: Date;
  readonly person: DemoPerson;
  readonly service: PriceItem;
  readonly kit: Kit;
  readonly method: PaymentMethod;
  readonly outcome: CaseOutcome;
  readonly extra: CaseExtra;
  /** What the lab enters: a value for a quantitative kit, a reading for a qualitative one. */
  readonly entry: { readonly value?: number; readonly reading?: Reading };
  /** When the refund or the withdrawal happens, for those outcomes. */
  readonly closedAt: Date;
  readonly resultAt: Date;
  readonly issueAt: Date;
  /** When the duplicate, correction or revocation happens. */
  readonly extraAt: Date;
  readonly revocationReason: DemoRevocationReason;
  readonly duplicateReason: string;
};

export type PlanSettings = {
  readonly from: CalendarDate;
  readonly days: number;
  readonly utcOffsetMinutes: number;
  readonly services: readonly PriceItem[];
  readonly kits: readonly Kit[];
  /** Whether a presence found with the kit may be certified (the region's admitted classes). */
  readonly grounds: (kit: Kit) => boolean;
  /** Nothing happens from this instant on: now, or the end of the period. */
  readonly now: Date;
};

const MINUTE = 60_000;

function later(at: Date, minutes: number): Date {
  return new Date(at.getTime() + minutes * MINUTE);
}

/** The kits the service is performed with (core/clinic/serviceKits.ts), else all in use. */
function kitsFor(service: PriceItem, kits: readonly Kit[]): readonly Kit[] {
  const named = service.kitIds ?? [];
  const inUse = kits.filter((kit) => !kit.withdrawn);
  const fitting = inUse.filter((kit) => named.includes(kit.id));
  return fitting.length > 0 ? fitting : inUse;
}

function round2(value: number): number {
  return Math.floor(value * 100) / 100;
}

/** A lab entry that the kit interprets as the wanted finding (equivocal only with a grey zone). */
function entryFor(
  random: DemoRandom,
  kit: Kit,
  finding: 'detected' | 'not-detected' | 'equivocal',
): DemoCasePlan['entry'] {
  if (kit.kind === 'qualitative') {
    const reading: Reading =
      finding === 'detected' ? 'positive' : finding === 'equivocal' ? 'equivocal' : 'negative';
    return { reading };
  }
  const threshold = kit.threshold ?? 1;
  const low = kit.greyZone?.low ?? threshold;
  const high = Math.max(kit.greyZone?.high ?? threshold, threshold);
  if (finding === 'equivocal' && kit.greyZone !== undefined && low < high) {
    return { value: round2(low + (high - low) * random.next() * 0.98) };
  }
  if (finding === 'detected') return { value: round2(high * (1.2 + random.next() * 20)) };
  return { value: round2(low * random.next() * 0.9) };
}

const METHOD_WEIGHTS: readonly (readonly [PaymentMethod, number])[] = [
  ['card', 0.45],
  ['cash', 0.25],
  ['sbp', 0.25],
  ['transfer', 0.05],
];

function paymentMethod(random: DemoRandom): PaymentMethod {
  let roll = random.next();
  for (const [method, weight] of METHOD_WEIGHTS) {
    if (roll < weight) return method;
    roll -= weight;
  }
  return 'card';
}

export function planCase(random: DemoRandom, settings: PlanSettings): DemoCasePlan {
  const offset = settings.utcOffsetMinutes;
  const day = addDays(settings.from, random.int(0, settings.days - 1));
  // Desk hours 08:30–16:30; a visit that would be within 90 minutes of now happened earlier.
  let arrival = later(startOfDay(day, offset), random.int(510, 990));
  const latest = later(settings.now, -90);
  if (arrival > latest) arrival = later(latest, -random.int(0, 150));
  const visitDay = calendarDateAt(arrival, offset);
  const age = random.chance(0.1) ? random.int(3, 17) : random.int(18, 82);
  const person = demoPerson(random, visitDay, age);
  const service = random.chance(0.6)
    ? (settings.services[0] ?? random.pick(settings.services))
    : random.pick(settings.services);
  // Most tests are of a kit whose presence the region admits; the rest show results the
  // commission cannot certify (an IgM or a total-antibody presence).
  const fitting = kitsFor(service, settings.kits);
  const grounding = fitting.filter(settings.grounds);
  const kit = random.pick(grounding.length > 0 && random.chance(0.85) ? grounding : fitting);
  const method = paymentMethod(random);
  const outcomeRoll = random.next();
  const outcome: CaseOutcome =
    outcomeRoll < 0.04 ? 'refund' : outcomeRoll < 0.07 ? 'withdrawn' : 'certificate';
  const findingRoll = random.next();
  const finding =
    findingRoll < 0.63 ? 'detected' : findingRoll < 0.97 ? 'not-detected' : 'equivocal';
  const entry = entryFor(random, kit, finding);
  const sampleAt = later(arrival, 15);
  // A rapid test is read at once; an immunoassay the next working morning.
  const resultAt =
    kit.method === 'rapid'
      ? later(sampleAt, random.int(20, 40))
      : later(startOfDay(addDays(visitDay, 1), offset), random.int(600, 780));
  const issueAt = later(resultAt, random.int(60, 300));
  const extraRoll = random.next();
  const extra: CaseExtra =
    extraRoll < 0.06
      ? 'duplicate'
      : extraRoll < 0.1
        ? 'correction'
        : extraRoll < 0.13
          ? 'revocation'
          : 'none';
  const extraAfter =
    extra === 'duplicate'
      ? random.int(2 * 1440, 9 * 1440)
      : extra === 'correction'
        ? random.int(180, 1200)
        : random.int(1440, 6 * 1440);
  return {
    arrival,
    person,
    service,
    kit,
    method,
    outcome,
    extra,
    entry,
    closedAt: later(arrival, outcome === 'refund' ? random.int(25, 90) : random.int(6, 12)),
    resultAt,
    issueAt,
    extraAt: later(issueAt, extraAfter),
    revocationReason: random.pick(['error', 'fraud', 'withdrawn-by-citizen'] as const),
    duplicateReason: random.pick(['Утеря', 'Порча']),
  };
}
