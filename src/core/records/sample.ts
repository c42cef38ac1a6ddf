import { z } from 'zod';
import type { ApplicationId, KitId, PersonId, SampleId } from '../ids';
import { idSchema } from '../ids';
import { FIELD_TOO_LONG, instantSchema, recordBaseSchema, TEXT_LIMITS } from './base';

/** A blood sample taken for an application, with the tube's label and the kit it goes to. */
export const sampleRecordSchema = z.lazy(() =>
  recordBaseSchema().extend({
    kind: z.literal('sample'),
    id: idSchema<SampleId>(),
    applicationId: idSchema<ApplicationId>(),
    personId: idSchema<PersonId>(),
    takenAt: instantSchema,
    tubeLabel: z.string().trim().min(1).max(TEXT_LIMITS.tubeLabel, FIELD_TOO_LONG),
    kitId: idSchema<KitId>(),
  }),
);
export type SampleRecord = z.infer<typeof sampleRecordSchema>;
