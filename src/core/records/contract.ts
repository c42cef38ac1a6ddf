import { z } from 'zod';
import type { ApplicationId, ContractId, PersonId } from '../ids';
import { idSchema } from '../ids';
import { serialNumberSchema } from '../contract/number';
import { fiscalReceiptSchema } from '../contract/fiscalReceipt';
import { PAYMENT_METHODS } from '../contract/paymentMethod';
import { templateVersionSchema } from '../contract/template';
import {
  FIELD_TOO_LONG,
  instantSchema,
  reasonTextSchema,
  recordBaseSchema,
  TEXT_LIMITS,
} from './base';

export const CONTRACT_STATUSES = ['draft', 'paid', 'cancelled', 'refunded'] as const;
/** Where the methods live now (core/contract/paymentMethod.ts); kept here for old importers. */
export { PAYMENT_METHODS };

/**
 * The contract for the paid medical service (rules for paid medical services, Постановление
 * Правительства РФ от 11.05.2023 № 736, which replaced № 1006 of 2012) and its payment. A
 * result is not released and no certificate issued until it is paid. Paid is final: only a
 * refund (with a reason) may follow; a draft may be cancelled (with a reason).
 */
export const contractRecordSchema = z.lazy(() =>
  recordBaseSchema()
    .extend({
      kind: z.literal('contract'),
      id: idSchema<ContractId>(),
      applicationId: idSchema<ApplicationId>(),
      personId: idSchema<PersonId>(),
      number: serialNumberSchema,
      serviceCode: z.string().trim().min(1).max(TEXT_LIMITS.code, FIELD_TOO_LONG),
      serviceName: z.string().trim().min(1).max(TEXT_LIMITS.name, FIELD_TOO_LONG),
      /** Kopecks, an integer, so no rouble amount is ever a binary fraction. */
      priceKopecks: z.number().int().nonnegative(),
      payer: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('self') }),
        z.object({
          kind: z.literal('other'),
          name: z.string().trim().min(1).max(TEXT_LIMITS.name, FIELD_TOO_LONG),
        }),
      ]),
      method: z.enum(PAYMENT_METHODS),
      receiptNumber: z.string().trim().min(1).max(TEXT_LIMITS.receipt, FIELD_TOO_LONG).optional(),
      /**
       * The cash register's receipt for the payment (54-ФЗ), as its QR reads; optional so records
       * from before issue #11 still parse, required for a new payment by the rules
       * (core/rules/receiptRules.ts). `receiptNumber` is then its ФД number.
       */
      receipt: fiscalReceiptSchema.optional(),
      /** The «Возврат прихода» (n=2) receipt of a refund; required for a new refund by the rules. */
      refundReceipt: fiscalReceiptSchema.optional(),
      /**
       * The contract template it prints with ("ru-default-2026-12", core/contract/templates.ts),
       * so a reprint is the same text. Optional: contracts from before issue #11 have none and
       * print with LEGACY_CONTRACT_TEMPLATE_VERSION; no rule requires it.
       */
      templateVersion: templateVersionSchema.optional(),
      paidAt: instantSchema.optional(),
      status: z.enum(CONTRACT_STATUSES),
      cancelReason: reasonTextSchema.optional(),
      cancelledAt: instantSchema.optional(),
    })
    .superRefine((c, ctx) => {
      const paidOnce = c.status === 'paid' || c.status === 'refunded';
      if (paidOnce && (c.paidAt === undefined || c.receiptNumber === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['paidAt'],
          message: 'contract-paid-without-receipt',
        });
      }
      if ((c.status === 'cancelled' || c.status === 'refunded') && c.cancelReason === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['cancelReason'],
          message: 'contract-cancel-reason-missing',
        });
      }
    }),
);
export type ContractRecord = z.infer<typeof contractRecordSchema>;
