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

/** An instant with its UTC offset, as `Date.prototype.toISOString` writes it. */
export const instantSchema = z.iso.datetime({ offset: true });

export const recordBaseSchema = z.object({
  clinicId: idSchema<ClinicId>(),
  createdBy: idSchema<StaffId>(),
  createdAt: instantSchema,
  updatedBy: idSchema<StaffId>().optional(),
  updatedAt: instantSchema.optional(),
  version: z.number().int().nonnegative(),
});

/** Who wrote this version of the record: the last editor, or the author if never edited. */
export function editorOf(record: {
  readonly createdBy: StaffId;
  readonly updatedBy?: StaffId | undefined;
}): StaffId {
  return record.updatedBy ?? record.createdBy;
}

/** Fields that say who wrote a version and when: never content, never a clash. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['updatedBy', 'updatedAt']);

/** Free text a person typed for a reason (cancellation, revocation): present and bounded. */
export const reasonTextSchema = z.string().trim().min(1).max(500);
