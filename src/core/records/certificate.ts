import { z } from 'zod';
import type { ApplicationId, CertificateId, KitId, PersonId, ResultId, StaffId } from '../ids';
import { idSchema } from '../ids';
import { serialNumberSchema } from '../contract/number';
import { ANTIBODY_CLASSES, METHODS, TARGETS, UNITS } from '../lab/kit';
import { INTERPRETATIONS } from '../lab/interpret';
import { calendarDateSchema } from './calendarDate';
import { certificateCommissionSchema } from './certificateCommission';
import { MAX_SINGLE_QR_JWS_LENGTH } from '../shc/qrLimits';
import {
  FIELD_TOO_LONG,
  instantSchema,
  reasonTextSchema,
  recordBaseSchema,
  TEXT_LIMITS,
} from './base';

export const DECISIONS = ['presence', 'absence'] as const;
export type Decision = (typeof DECISIONS)[number];

/**
 * What the certificate states about the test, copied at issue so the printed document never
 * changes when a kit is renamed or reconfigured later.
 */
export const testSnapshotSchema = z.lazy(() =>
  z.object({
    kitId: idSchema<KitId>(),
    kitName: z.string().min(1).max(TEXT_LIMITS.kitName, FIELD_TOO_LONG),
    antibodyClass: z.enum(ANTIBODY_CLASSES),
    target: z.enum(TARGETS).nullable(),
    method: z.enum(METHODS),
    loinc: z.string().regex(/^\d{1,7}-\d$/),
    value: z.number().nonnegative().optional(),
    unit: z.enum(UNITS).nullable(),
    interpretation: z.enum(INTERPRETATIONS),
    sampleDate: calendarDateSchema,
    /** The kit's manufacturer and registration certificate (РУ), as the settings had them. */
    manufacturer: z.string().trim().min(1).max(TEXT_LIMITS.kitName, FIELD_TOO_LONG).optional(),
    registrationNumber: z.string().trim().min(1).max(TEXT_LIMITS.code, FIELD_TOO_LONG).optional(),
  }),
);

/**
 * A certificate of the presence or absence of antibodies, issued by the commission. Always
 * immutable: a correction is a new certificate that `supersedes` the old one (which is then
 * revoked); a reprint of a lost certificate is a record with `duplicateOf`, the same number
 * and the same signed card, printed "ДУБЛИКАТ / DUPLICATE", with the reason it was reprinted:
 *
 *   {kind: "certificate", id: "0193…d7", duplicateOf: "0193…c1", duplicateReason: "Утеря", …}
 */
export const certificateRecordSchema = z.lazy(() =>
  recordBaseSchema()
    .extend({
      kind: z.literal('certificate'),
      id: idSchema<CertificateId>(),
      number: serialNumberSchema,
      personId: idSchema<PersonId>(),
      applicationId: idSchema<ApplicationId>(),
      resultId: idSchema<ResultId>(),
      decision: z.enum(DECISIONS),
      test: testSnapshotSchema,
      issuedAt: instantSchema,
      /** Last day of validity, inclusive; absent for an absence certificate (see validity.ts). */
      validUntil: z.optional(calendarDateSchema),
      commissionMemberId: idSchema<StaffId>(),
      protocolNumber: z.string().trim().min(1).max(TEXT_LIMITS.code, FIELD_TOO_LONG),
      /**
       * The commission's protocol date and who took part (certificateCommission.ts). Optional
       * for certificates stored before issue #11; the rules require both of a new one.
       */
      protocolDate: z.optional(calendarDateSchema),
      commission: certificateCommissionSchema.optional(),
      supersedes: z.optional(idSchema<CertificateId>()),
      duplicateOf: z.optional(idSchema<CertificateId>()),
      /** Why the paper was reprinted ("Утеря", "Порча" or as typed); only on a duplicate. */
      duplicateReason: reasonTextSchema.optional(),
      /**
       * The SMART Health Card's compact JWS and its revocation id, once signed. A card is one QR
       * code, so its JWS is at most MAX_SINGLE_QR_JWS_LENGTH (1,195) characters by construction.
       */
      shcJws: z.string().min(1).max(MAX_SINGLE_QR_JWS_LENGTH, FIELD_TOO_LONG).optional(),
      rid: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,24}$/, 'rid-format')
        .optional(),
    })
    .refine((c) => c.duplicateReason === undefined || c.duplicateOf !== undefined, {
      error: 'duplicate-reason-without-duplicate',
      path: ['duplicateReason'],
    }),
);
export type CertificateRecord = z.infer<typeof certificateRecordSchema>;
