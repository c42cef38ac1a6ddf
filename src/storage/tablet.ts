import type { ClinicHeader } from '../core/clinic/header';
import type { NumberSeries, SerialNumber } from '../core/contract/number';
import { formatNumber, nextSequence, parseNumber } from '../core/contract/number';
import type { SigningKey } from '../core/shc/signingKey';
import type { SeroDeskDatabase } from './database';
import type { TabletIdentity } from './metaKeys';
import { META, META_FAMILIES, memberOf, readMeta, writeMeta } from './metaKeys';

// What makes this device a clinic's tablet — its identity, its clinic, its signing key and
// token, its number counters — kept in the `meta` table under the keys of metaKeys.ts.
export type { TabletIdentity } from './metaKeys';
export { tabletIdentitySchema } from './metaKeys';

export async function loadTabletIdentity(
  db: SeroDeskDatabase,
): Promise<TabletIdentity | undefined> {
  return readMeta(db, META.tablet);
}

export async function saveTabletIdentity(
  db: SeroDeskDatabase,
  identity: TabletIdentity,
): Promise<void> {
  await writeMeta(db, META.tablet, identity);
}

/** Who this tablet's clinic is (id, code, names); the whole clinic is storage/clinic.ts's. */
export async function loadClinicHeader(db: SeroDeskDatabase): Promise<ClinicHeader | undefined> {
  return readMeta(db, META.clinicHeader);
}

export async function loadTabletToken(db: SeroDeskDatabase): Promise<string | undefined> {
  return readMeta(db, META.tabletToken);
}

export async function saveTabletToken(db: SeroDeskDatabase, token: string): Promise<void> {
  await writeMeta(db, META.tabletToken, token);
}

export async function loadSigningKey(db: SeroDeskDatabase): Promise<SigningKey | undefined> {
  return readMeta(db, META.signingKey);
}

export async function saveSigningKey(db: SeroDeskDatabase, key: SigningKey): Promise<void> {
  await writeMeta(db, META.signingKey, key);
}

/**
 * Takes this tablet's next number in a series. Call it inside the Dexie transaction that
 * writes the record taking the number (include `db.meta`), so a number is spent only if the
 * record is saved. `registerLast` is the highest sequence the register has seen from this
 * tablet, so a wiped and restored tablet never reissues a number.
 */
export async function takeNumber(
  db: SeroDeskDatabase,
  series: NumberSeries,
  parts: { clinicCode: string; tabletCode: string; year: number; registerLast?: number },
): Promise<SerialNumber> {
  const counter = memberOf(META_FAMILIES.sequence, series);
  const last = (await readMeta(db, counter)) ?? 0;
  const sequence = nextSequence(last, parts.registerLast);
  await writeMeta(db, counter, sequence);
  return formatNumber({
    clinicCode: parts.clinicCode,
    tabletCode: parts.tabletCode,
    year: parts.year,
    sequence,
  });
}

/**
 * Raises this tablet's counters past numbers it finds among records pulled from the
 * register, so a tablet restored with its own identity (its records pulled back, its
 * counters lost with its database) never gives a number twice. Numbers of other tablets
 * are skipped: their prefix differs. Call inside the transaction that saves the records.
 */
export async function raiseCountersPast(
  db: SeroDeskDatabase,
  numbered: readonly { readonly series: NumberSeries; readonly number: string }[],
): Promise<void> {
  if (numbered.length === 0) return;
  const identity = await loadTabletIdentity(db);
  const clinic = await loadClinicHeader(db);
  if (identity === undefined || clinic === undefined) return;
  const highest = new Map<NumberSeries, number>();
  for (const { series, number } of numbered) {
    const parsed = parseNumber(number);
    if (!parsed.ok) continue;
    const { clinicCode, tabletCode, sequence } = parsed.value;
    if (clinicCode !== clinic.code || tabletCode !== identity.code) continue;
    highest.set(series, Math.max(highest.get(series) ?? 0, sequence));
  }
  for (const [series, sequence] of highest) {
    const counter = memberOf(META_FAMILIES.sequence, series);
    const last = (await readMeta(db, counter)) ?? 0;
    if (sequence > last) await writeMeta(db, counter, sequence);
  }
}
