import type { PromiseExtended } from 'dexie';
import Dexie from 'dexie';
import { z } from 'zod/mini';
import { admissionPolicySchema } from '../core/admission/policy';
import { clinicHeaderSchema } from '../core/clinic/header';
import type { StaffId, TabletId } from '../core/ids';
import { idSchema } from '../core/ids';
import { staffRoleSchema } from '../core/protocol/session';
import { predecessorSchema } from '../core/protocol/predecessor';
import { keptCertificateTransferSchema } from '../core/protocol/transferState';
import { RECORD_KINDS } from '../core/records/recordKinds';
import { queuedCardVoidSchema } from '../core/tablet/exportFile';
import type { SigningKey } from '../core/shc/signingKey';
import type { SeroDeskDatabase } from './database';

// Every key of the tablet's `meta` table, in one place, each with the schema its value is
// written and read with (the browser's localStorage keys are listed the same way in
// src/ui/persistedKeys.ts). Nothing else names a meta key: modules read and write through
// `readMeta`/`writeMeta` (a test holds every other file to that), so a key cannot be spelt
// two ways, and a value written by an older release is parsed, never trusted.
//
//   meta["tablet"]             {"tabletId":"0193…","code":"T03","name":"Окно 1","enrolledAt":"…"}
//   meta["clinic"]             {"id":"0193…","code":"PKGP3","nameRu":"…","settings":{…}}
//                              written and read whole by clinic.ts; `clinicHeader` reads
//                              only who the clinic is, without loading the settings' schemas
//   meta["signing-key"]        {"privateKey": CryptoKey (non-extractable), "publicJwk": {…}}
//   meta["tablet-token"]       "k3V…"   what sync presents to the register
//   meta["desk:admission-policy"], meta["desk:clinic-staff"]   the last clinic directory
//   meta["sync:cursor"] 4812, meta["sync:last-success"] "2026-12-01T05:00:00.000Z"
//   meta["sync:download"] true   a first download (a pull from cursor 0) not finished yet
//   meta["sync:discarded"]     [{kind, recordId, reason, by, byName, at, outcome, card?}]  last 100
//   meta["sync:card-voids"]    [{"certificateId":"0193…c9","certificate":{…card included…}}]
//                              discarded certificates whose cards the register is to void
//   meta["restore"]            {"kind":"self","restored":37}
//   meta["export:last"]        {"exportedAt":"…","outboxSeq":17,"counts":{…},"recordIds":[…]}
//   meta["seq:contract"] 41    the last sequence this tablet gave a contract number
//   meta["staff-name:<id>"]    "Сидорова А. П."
//   meta["pin-authorisation:<at>:<staff id>"]   {staffId, authorisedBy, …}
//   meta["transfer-state:<certificate id>"]   {at, federalTransfer, certificate}  the last
//                              transfer state the register gave (transferStates.ts)

export const tabletIdentitySchema = z.object({
  tabletId: idSchema<TabletId>(),
  code: z.string().check(z.regex(/^[A-Z0-9]{1,6}$/)),
  name: z.string().check(z.minLength(1)),
  enrolledAt: z.string(),
});
export type TabletIdentity = z.infer<typeof tabletIdentitySchema>;

// The private key is a CryptoKey object that IndexedDB stores as it is; its bytes cannot be
// read by any script, ours included.
function isSigningKey(value: unknown): value is SigningKey {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SigningKey>;
  return (
    typeof CryptoKey !== 'undefined' &&
    candidate.privateKey instanceof CryptoKey &&
    typeof candidate.publicJwk === 'object'
  );
}

export const signingKeySchema = z.custom<SigningKey>(isSigningKey, 'not a signing key');

export const restoreNoticeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('predecessor'),
    predecessor: predecessorSchema,
    restored: z.nullable(z.number().check(z.int(), z.nonnegative())),
  }),
  z.object({ kind: z.literal('self'), restored: z.number().check(z.int(), z.nonnegative()) }),
]);
export type RestoreNotice = z.infer<typeof restoreNoticeSchema>;

export const DISCARD_OUTCOMES = ['reverted', 'removed', 'kept-local'] as const;

/**
 * What became of a discarded certificate's card (storage/cardVoids.ts): `voiding` until the
 * register answers, then its answer (core/protocol/cardVoid.ts).
 */
export const DISCARDED_CARD_STATES = ['voiding', 'voided', 'held', 'not-voidable'] as const;
export type DiscardedCardState = (typeof DISCARDED_CARD_STATES)[number];

export const discardNoteSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  recordId: z.string(),
  reason: z.string(),
  by: z.string(),
  byName: z.string(),
  at: z.string(),
  outcome: z.enum(DISCARD_OUTCOMES),
  /** Only for a certificate whose own card was out when it was discarded. */
  card: z.optional(z.enum(DISCARDED_CARD_STATES)),
});
export type DiscardNote = z.infer<typeof discardNoteSchema>;

const countsSchema = z.object({
  waiting: z.number().check(z.int(), z.nonnegative()),
  rejected: z.number().check(z.int(), z.nonnegative()),
  conflicts: z.number().check(z.int(), z.nonnegative()),
});

export const exportReceiptSchema = z.object({
  exportedAt: z.string(),
  outboxSeq: z.number().check(z.int(), z.nonnegative()),
  counts: countsSchema,
  recordIds: z.array(z.string()),
});
/** What the last export held, to tell whether it still covers the tablet's unsynced work. */
export type ExportReceipt = z.infer<typeof exportReceiptSchema>;

export const clinicStaffMemberSchema = z.object({
  id: idSchema<StaffId>(),
  displayName: z.string().check(z.minLength(1)),
  role: staffRoleSchema,
  disabled: z.optional(z.boolean()),
  /** The register's last PIN reset this tablet applied (core/staff/pinReset.ts). */
  pinResetAt: z.optional(z.string()),
});

export const pinAuthorisationEntrySchema = z.object({
  staffId: idSchema<StaffId>(),
  displayName: z.string(),
  role: staffRoleSchema,
  authorisedBy: idSchema<StaffId>(),
  authorisedByName: z.string(),
  authorisedByRole: staffRoleSchema,
  authorisedAt: z.iso.datetime(),
  pinSetAt: z.iso.datetime(),
});
export type PinAuthorisationEntry = z.infer<typeof pinAuthorisationEntrySchema>;

/** One key and the schema of its value. */
export type MetaEntry<S extends z.ZodMiniType> = { readonly key: string; readonly schema: S };

/** A family of keys sharing a prefix ("seq:contract", "seq:certificate"), one schema. */
export type MetaFamily<S extends z.ZodMiniType> = { readonly prefix: string; readonly schema: S };

/**
 * A narrower reading of an entry's value (some of its fields): read with `readMeta`, never
 * written, since writing it would drop the fields it leaves out.
 */
export type MetaView<S extends z.ZodMiniType> = MetaEntry<S> & { readonly readOnly: true };

const entry = <S extends z.ZodMiniType>(key: string, schema: S): MetaEntry<S> => ({ key, schema });

const view = <S extends z.ZodMiniType>(key: string, schema: S): MetaView<S> => ({
  key,
  schema,
  readOnly: true,
});

export const META = {
  tablet: entry('tablet', tabletIdentitySchema),
  /** The clinic's id, code and names; the whole clinic is storage/clinic.ts's, same key. */
  clinicHeader: view('clinic', clinicHeaderSchema),
  signingKey: entry('signing-key', signingKeySchema),
  tabletToken: entry('tablet-token', z.string().check(z.minLength(1))),
  admissionPolicy: entry('desk:admission-policy', admissionPolicySchema),
  /** Entries are parsed one by one on reading (clinicStaff.ts), so one bad entry drops alone. */
  clinicStaff: entry('desk:clinic-staff', z.array(z.unknown())),
  syncCursor: entry('sync:cursor', z.number().check(z.int(), z.nonnegative())),
  lastSyncSuccess: entry('sync:last-success', z.string()),
  downloadUnfinished: entry('sync:download', z.literal(true)),
  discarded: entry('sync:discarded', z.array(discardNoteSchema)),
  /** The register reads each certificate with its own schema (core/protocol/cardVoid.ts). */
  cardVoids: entry('sync:card-voids', z.array(queuedCardVoidSchema)),
  restoreNotice: entry('restore', restoreNoticeSchema),
  exportReceipt: entry('export:last', exportReceiptSchema),
} as const;

export const META_FAMILIES = {
  sequence: { prefix: 'seq:', schema: z.number().check(z.int(), z.nonnegative()) },
  staffName: { prefix: 'staff-name:', schema: z.string() },
  pinAuthorisation: { prefix: 'pin-authorisation:', schema: pinAuthorisationEntrySchema },
  transferState: { prefix: 'transfer-state:', schema: keptCertificateTransferSchema },
} as const satisfies Record<string, MetaFamily<z.ZodMiniType>>;

/** The entry of one member of a family, e.g. `memberOf(META_FAMILIES.sequence, 'contract')`. */
export function memberOf<S extends z.ZodMiniType>(
  family: MetaFamily<S>,
  name: string,
): MetaEntry<S> {
  return { key: `${family.prefix}${name}`, schema: family.schema };
}

// Dexie promises, not `async` functions: these run inside transactions, where Dexie keeps its
// zone only across its own promises (see ruleStore.ts).

/** The value under `entry`, or undefined when there is none or it does not parse. */
export function readMeta<S extends z.ZodMiniType>(
  db: SeroDeskDatabase,
  { key, schema }: MetaEntry<S>,
): PromiseExtended<z.output<S> | undefined> {
  return db.meta.get(key).then((row) => {
    const parsed = schema.safeParse(row?.value);
    return parsed.success ? parsed.data : undefined;
  });
}

/** Every parsed value of a family, by key; values that do not parse are left out. */
export function readMetaFamily<S extends z.ZodMiniType>(
  db: SeroDeskDatabase,
  { prefix, schema }: MetaFamily<S>,
): PromiseExtended<(readonly [key: string, value: z.output<S>])[]> {
  return db.meta
    .where('key')
    .startsWith(prefix)
    .toArray()
    .then((rows) =>
      rows.flatMap((row) => {
        const parsed = schema.safeParse(row.value);
        if (parsed.success) return [[row.key, parsed.data] as const];
        console.warn(`Ignored an unreadable ${prefix}… entry`, parsed.error.message);
        return [];
      }),
    );
}

/** Writes `value` under `entry`, checked by its schema first (a bad value rejects). */
export function writeMeta<S extends z.ZodMiniType>(
  db: SeroDeskDatabase,
  { key, schema }: MetaEntry<S> & { readonly readOnly?: never },
  value: z.input<S>,
): PromiseExtended<void> {
  const checked = schema.safeParse(value);
  if (!checked.success) return Dexie.Promise.reject(checked.error);
  return db.meta.put({ key, value: checked.data }).then(() => undefined);
}

export function deleteMeta(
  db: SeroDeskDatabase,
  { key }: MetaEntry<z.ZodMiniType>,
): PromiseExtended<void> {
  return db.meta.delete(key);
}
