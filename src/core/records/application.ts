import { z } from 'zod';
import type { ApplicationId, PersonId } from '../ids';
import { idSchema } from '../ids';
import { calendarDateSchema } from './calendarDate';
import { instantSchema, reasonTextSchema, recordBaseSchema } from './base';

export const APPLICATION_STATUSES = ['draft', 'signed', 'cancelled'] as const;

/**
 * The citizen's statement asking for the certificate (issue 3, step 2): consent to the
 * processing of personal data (152-ФЗ ст. 9) and to the paid service. It is printed for a
 * handwritten signature; the clerk then marks it signed. The clerk also records here that
 * they saw the identity document, one of the commission's check-list items.
 *
 * The citizen may withdraw the statement before paying: status `cancelled` with the reason
 * they gave and the instant, both required, and present only on a cancelled statement, e.g.
 *   {"status":"cancelled","cancelReason":"Передумал(а) до оплаты",
 *    "cancelledAt":"2026-11-20T01:10:00.000Z", …}
 * Once paid, the contract must be refunded first (the desk's `withdrawStatement`, src/desk/withdrawStatement.ts, checks).
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
    cancelReason: reasonTextSchema.optional(),
    cancelledAt: instantSchema.optional(),
  })
  .superRefine((a, ctx) => {
    const signedComplete =
      a.signedAt !== undefined && a.consents.personalData && a.consents.paidService;
    if (a.status === 'signed' && !signedComplete) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: 'application-signed-incomplete' });
    }
    const cancelled = a.status === 'cancelled';
    if (cancelled && (a.cancelReason === undefined || a.cancelledAt === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cancelReason'],
        message: 'application-cancel-reason-missing',
      });
    }
    if (!cancelled && (a.cancelReason !== undefined || a.cancelledAt !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'application-cancel-without-status',
      });
    }
  });
export type ApplicationRecord = z.infer<typeof applicationRecordSchema>;
