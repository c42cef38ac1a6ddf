import { z } from 'zod';
import type { ApplicationId, PersonId } from '../ids';
import { idSchema } from '../ids';
import { calendarDateSchema } from './calendarDate';
import { instantSchema, recordBaseSchema } from './base';

export const APPLICATION_STATUSES = ['draft', 'signed', 'cancelled'] as const;

/**
 * The citizen's statement asking for the certificate (issue 3, step 2): consent to the
 * processing of personal data (152-ФЗ ст. 9) and to the paid service. It is printed for a
 * handwritten signature; the clerk then marks it signed. The clerk also records here that
 * they saw the identity document, one of the commission's check-list items.
 */
export const applicationRecordSchema = recordBaseSchema
  .extend({
    kind: z.literal('application'),
    id: idSchema<ApplicationId>(),
    personId: idSchema<PersonId>(),
    date: calendarDateSchema,
    consents: z.object({ personalData: z.boolean(), paidService: z.boolean() }),
    identityDocumentChecked: z.boolean(),
    signedAt: instantSchema.optional(),
    status: z.enum(APPLICATION_STATUSES),
  })
  .refine(
    (a) =>
      a.status !== 'signed' ||
      (a.signedAt !== undefined && a.consents.personalData && a.consents.paidService),
    { error: 'application-signed-incomplete', path: ['status'] },
  );
export type ApplicationRecord = z.infer<typeof applicationRecordSchema>;
