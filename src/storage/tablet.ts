import { z } from 'zod';
import { clinicSchema } from '../core/clinic/settings';
import type { Clinic } from '../core/clinic/settings';
import type { NumberSeries, SerialNumber } from '../core/contract/number';
import { formatNumber, nextSequence, parseNumber } from '../core/contract/number';
import type { TabletId } from '../core/ids';
import { idSchema } from '../core/ids';
import type { SigningKey } from '../core/shc/signingKey';
import type { SeroDeskDatabase } from './database';

// What makes this device a clinic's tablet, kept in the `meta` table:
//
//   meta["tablet"]       {"tabletId":"0193…","code":"T03","name":"Регистратура, окно 1",
//                         "enrolledAt":"2026-11-26T09:00:00.000Z"}
//   meta["clinic"]       {"id":"0193…","code":"PKGP3","nameRu":"…","settings":{…}}   (clinicSchema)
//   meta["signing-key"]  {"privateKey": CryptoKey (non-extractable), "publicJwk": {…}}
//   meta["tablet-token"] "k3V…"   what sync presents to the register
//   meta["seq:contract"] 41        the last sequence this tablet gave a contract number
//
// The private key is a CryptoKey object that IndexedDB stores as it is; its bytes cannot be
// read by any script, ours included.
export const tabletIdentitySchema = z.object({
  tabletId: idSchema<TabletId>(),
  code: z.string().regex(/^[A-Z0-9]{1,6}$/),
  name: z.string().min(1),
  enrolledAt: z.string(),
});
export type TabletIdentity = z.infer<typeof tabletIdentitySchema>;

const TABLET_KEY = 'tablet';
const CLINIC_KEY = 'clinic';
const SIGNING_KEY = 'signing-key';
const TABLET_TOKEN_KEY = 'tablet-token';

export async function loadTabletIdentity(
  db: SeroDeskDatabase,
): Promise<TabletIdentity | undefined> {
  const row = await db.meta.get(TABLET_KEY);
  const parsed = tabletIdentitySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function saveTabletIdentity(
  db: SeroDeskDatabase,
  identity: TabletIdentity,
): Promise<void> {
  await db.meta.put({ key: TABLET_KEY, value: tabletIdentitySchema.parse(identity) });
}

export async function loadClinic(db: SeroDeskDatabase): Promise<Clinic | undefined> {
  const row = await db.meta.get(CLINIC_KEY);
  const parsed = clinicSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function saveClinic(db: SeroDeskDatabase, clinic: Clinic): Promise<void> {
  await db.meta.put({ key: CLINIC_KEY, value: clinicSchema.parse(clinic) });
}

export async function loadTabletToken(db: SeroDeskDatabase): Promise<string | undefined> {
  const row = await db.meta.get(TABLET_TOKEN_KEY);
  return typeof row?.value === 'string' ? row.value : undefined;
}

export async function saveTabletToken(db: SeroDeskDatabase, token: string): Promise<void> {
  await db.meta.put({ key: TABLET_TOKEN_KEY, value: token });
}

function isSigningKey(value: unknown): value is SigningKey {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SigningKey>;
  return (
    typeof CryptoKey !== 'undefined' &&
    candidate.privateKey instanceof CryptoKey &&
    typeof candidate.publicJwk === 'object'
  );
}

export async function loadSigningKey(db: SeroDeskDatabase): Promise<SigningKey | undefined> {
  const row = await db.meta.get(SIGNING_KEY);
  return isSigningKey(row?.value) ? row.value : undefined;
}

export async function saveSigningKey(db: SeroDeskDatabase, key: SigningKey): Promise<void> {
  await db.meta.put({ key: SIGNING_KEY, value: key });
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
  const key = `seq:${series}`;
  const row = await db.meta.get(key);
  const last = typeof row?.value === 'number' ? row.value : 0;
  const sequence = nextSequence(last, parts.registerLast);
  await db.meta.put({ key, value: sequence });
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
  const clinic = await loadClinic(db);
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
    const key = `seq:${series}`;
    const row = await db.meta.get(key);
    const last = typeof row?.value === 'number' ? row.value : 0;
    if (sequence > last) await db.meta.put({ key, value: sequence });
  }
}
