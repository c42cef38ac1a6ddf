import { z } from 'zod';
import type { PersonId } from '../ids';
import { idSchema } from '../ids';
import { personDetailsSchema } from '../person/person';
import { recordBaseSchema } from './base';

/** A registered citizen. Mutable: a phone or address changes; edits merge field by field. */
export const personRecordSchema = z.lazy(() =>
  recordBaseSchema().extend({
    kind: z.literal('person'),
    id: idSchema<PersonId>(),
    ...personDetailsSchema.shape,
  }),
);
export type PersonRecord = z.infer<typeof personRecordSchema>;
