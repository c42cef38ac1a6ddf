import { z } from 'zod';
import type { KitId, ResultId, SampleId } from '../ids';
import { idSchema } from '../ids';
import { INTERPRETATIONS, READINGS } from '../lab/interpret';
import { instantSchema, recordBaseSchema } from './base';

/**
 * A lab result for a sample. The interpretation is computed from the kit (lab/interpret) and
 * stored as computed. Once `final`, the result is immutable; a correction is a new result
 * that `supersedes` it.
 */
export const resultRecordSchema = z.lazy(() =>
  recordBaseSchema()
    .extend({
      kind: z.literal('result'),
      id: idSchema<ResultId>(),
      sampleId: idSchema<SampleId>(),
      kitId: idSchema<KitId>(),
      value: z.number().nonnegative().optional(),
      reading: z.enum(READINGS).optional(),
      interpretation: z.enum(INTERPRETATIONS),
      final: z.boolean(),
      finalizedAt: instantSchema.optional(),
      supersedes: z.optional(idSchema<ResultId>()),
    })
    .refine((r) => r.value !== undefined || r.reading !== undefined, {
      error: 'result-value-missing',
      path: ['value'],
    }),
);
export type ResultRecord = z.infer<typeof resultRecordSchema>;
