// Fields every clinic record carries, whichever tablet made it. `createdAt` is the tablet's
// clock and only informational (DESIGN: sync never depends on the tablet's clock); the order
// that counts is the register's sequence. `version` is the register's version of the record,
// 0 until the register first accepts it. `updatedBy`/`updatedAt` name the staff member who
// last edited an existing record on a tablet (absent until the first edit): the register
// checks the *editor's* role, not the author's. They are bookkeeping: they never clash in a
// merge and never count as a change of a final record's content.
//
//   {clinicId: "0193…", createdBy: "<registrar>", createdAt: "2026-11-26T10:15:00.000Z",
//    updatedBy: "<admin>", updatedAt: "2026-11-27T09:02:00.000Z", version: 3}
import { z } from 'zod';
import type { ClinicId, StaffId } from '../ids';
import { idSchema } from '../ids';

// The record schemas are built on first use, not when their modules load (issue #14): the
// desk's chunks import every record module, but its first screen, the person search, parses
// persons only, and building all seven (classic zod builds each schema's methods as it goes)
// cost ≈ 50 ms of a cold start at 4× CPU slowdown. `z.lazy` builds its schema once, at the
// first parse, and parses exactly as the schema it wraps.
//
// Lazies two deep at most: a record's (or a request's) z.lazy may hold others — the instant,
// a reason's text, the declined forms — but those hold none; a part shared deeper is a
// `builtOnce` builder, called in the builder that holds it (declinedForms.ts,
// certificateCommission.ts, protocol/sync.ts). zod takes a z.lazy it has not built, seen
// inside one it has, for a possible reference cycle: `z.compile` then refuses the schema
// (the register compiles each kind's: register/sync/recordCheck.ts), and zod keeps a memo of
// every object of every parse.

/** `build()`'s result, built at the first call and kept. */
export function builtOnce<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/** An instant with its UTC offset, as `Date.prototype.toISOString` writes it. */
export const instantSchema = z.lazy(() => z.iso.datetime({ offset: true }));

/** The fields above; each record's schema extends it (when that schema is first built). */
export const recordBaseSchema = builtOnce(() =>
  z.object({
    clinicId: idSchema<ClinicId>(),
    createdBy: idSchema<StaffId>(),
    createdAt: instantSchema,
    updatedBy: z.optional(idSchema<StaffId>()),
    updatedAt: instantSchema.optional(),
    version: z.number().int().nonnegative(),
  }),
);

/** Who wrote this version of the record: the last editor, or the author if never edited. */
export function editorOf(record: {
  readonly createdBy: StaffId;
  readonly updatedBy?: StaffId | undefined;
}): StaffId {
  return record.updatedBy ?? record.createdBy;
}

/** Fields that say who wrote a version and when: never content, never a clash. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['updatedBy', 'updatedAt']);

/**
 * The reason a string field of a record is refused for its length (issue #13): every string
 * of every record has a maximum, so no record can grow a pull page or a tablet's database
 * without bound. A sync refusal names the field, e.g. `"detail":"test.kitName: field-too-long"`.
 */
export const FIELD_TOO_LONG = 'field-too-long';

/** The longest value of each free-text field of the records, in UTF-16 code units. */
export const TEXT_LIMITS = {
  /** A cancellation, refund or revocation reason as typed. */
  reason: 500,
  /** A kit's name as the clinic's settings give it (src/core/lab/kit.ts allows 120). */
  kitName: 120,
  /** The commission's protocol number, a contract's service code. */
  code: 40,
  /** A service's name, a payer's name. */
  name: 200,
  /** A payment receipt's number. */
  receipt: 60,
  /** A tube label. */
  tubeLabel: 40,
} as const;

/** Free text a person typed for a reason (cancellation, revocation): present and bounded. */
export const reasonTextSchema = z.lazy(() =>
  z.string().trim().min(1).max(TEXT_LIMITS.reason, FIELD_TOO_LONG),
);
