import { z } from 'zod';
import type { ApplicationId, PersonId } from '../ids';
import { idSchema } from '../ids';
import { representativeSchema } from '../person/representative';
import { calendarDateSchema } from './calendarDate';
import { instantSchema, reasonTextSchema, recordBaseSchema } from './base';

export const APPLICATION_STATUSES = ['draft', 'signed', 'cancelled'] as const;
export const CONSENT_SIGNERS = ['self', 'representative'] as const;
export const WITHDRAWABLE_CONSENTS = ['personal-data', 'intervention'] as const;

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
export const applicationRecordSchema = z.lazy(() =>
  recordBaseSchema()
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
      /** The minor's legal representative; when one is required: core/person/minorRules.ts. */
      representative: representativeSchema.optional(),
      /**
       * The informed voluntary consent (ИДС, 323-ФЗ ст. 20) to the blood draw: its own paper,
       * printed and marked signed; a sample needs it. Who signs follows minorRules.ts:
       *   {"signedAt":"2026-12-01T00:05:00.000Z","signer":"representative"}
       */
      interventionConsent: z
        .object({ signedAt: instantSchema, signer: z.enum(CONSENT_SIGNERS) })
        .optional(),
      /**
       * A consent withdrawn by the citizen (152-ФЗ ст. 9 ч. 2; 323-ФЗ ст. 20 ч. 3), which stops
       * further processing of the case except what the law requires to keep:
       *   {"withdrawnAt":"2026-12-01T01:00:00.000Z","consents":["personal-data"],
       *    "reason":"Отзыв согласия по заявлению"}
       */
      consentWithdrawal: z
        .object({
          withdrawnAt: instantSchema,
          consents: z.array(z.enum(WITHDRAWABLE_CONSENTS)).min(1),
          reason: reasonTextSchema.optional(),
        })
        .optional(),
    })
    .superRefine((a, ctx) => {
      const signedComplete =
        a.signedAt !== undefined && a.consents.personalData && a.consents.paidService;
      if (a.status === 'signed' && !signedComplete) {
        ctx.addIssue({
          code: 'custom',
          path: ['status'],
          message: 'application-signed-incomplete',
        });
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
    }),
);
export type ApplicationRecord = z.infer<typeof applicationRecordSchema>;
