import { z } from 'zod/mini';
import type { TabletId } from '../ids';
import { idSchema } from '../ids';

// What the register holds from the tablet a new enrolment replaces (tablet.ts shows the
// exchange), kept on the tablet for the notice after a restore (storage/metaKeys.ts):
//
//   {"id":"0193…b2","code":"T2","name":"Окно 2","recordsPushed":214,
//    "lastPushAt":"2026-11-25T17:40:00.000Z"}
//
// A module of its own so the home screen's notice does not load the clinic's settings
// schemas, which the enrolment's answer (tablet.ts) carries.
export const predecessorSchema = z.object({
  id: idSchema<TabletId>(),
  code: z.string(),
  name: z.string(),
  recordsPushed: z.number().check(z.int(), z.nonnegative()),
  lastPushAt: z.nullable(z.string()),
});
export type Predecessor = z.infer<typeof predecessorSchema>;
