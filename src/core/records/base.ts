// Fields every clinic record carries, whichever tablet made it. `createdAt` is the tablet's
// clock and only informational (DESIGN: sync never depends on the tablet's clock); the order
// that counts is the register's sequence. `version` is the register's version of the record,
// 0 until the register first accepts it.
import { z } from 'zod';
import type { ClinicId, StaffId } from '../ids';
import { idSchema } from '../ids';

/** An instant with its UTC offset, as `Date.prototype.toISOString` writes it. */
export const instantSchema = z.iso.datetime({ offset: true });

export const recordBaseSchema = z.object({
  clinicId: idSchema<ClinicId>(),
  createdBy: idSchema<StaffId>(),
  createdAt: instantSchema,
  version: z.number().int().nonnegative(),
});

/** Free text a person typed for a reason (cancellation, revocation): present and bounded. */
export const reasonTextSchema = z.string().trim().min(1).max(500);
