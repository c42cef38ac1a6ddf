// Who of the clinic's medical commission took part in a certificate's decision, copied into
// the certificate at issue (issue #11) so a reprint names the same people under the same
// order even after staff or the order change:
//
//   "protocolDate":"2026-11-21",
//   "commission":{"orderNumber":"41-од","orderDate":"2026-01-12",
//                 "members":[{"id":"0193…01","name":"Петров Андрей Викторович","role":"chair"},
//                            {"id":"0193…02","name":"Ким Ольга Сергеевна","role":"member"},
//                            {"id":"0193…03","name":"Орлова Дарья Павловна","role":"member"}]}
//
// The schema keeps the shape; whether the people are the clinic's commission is a rule of
// the store (src/core/commission/participants.ts, run by src/core/rules/recordRules.ts).
import { z } from 'zod';
import type { StaffId } from '../ids';
import { idSchema } from '../ids';
import { builtOnce, FIELD_TOO_LONG, TEXT_LIMITS } from './base';
import { calendarDateSchema } from './calendarDate';

export const COMMISSION_ROLES = ['chair', 'member'] as const;
export type CommissionRole = (typeof COMMISSION_ROLES)[number];

// Built inside the commission's z.lazy, itself inside the certificate's: never a z.lazy of its
// own (base.ts, "Lazies two deep at most").
const commissionParticipantSchema = builtOnce(() =>
  z.object({
    id: idSchema<StaffId>(),
    name: z.string().trim().min(1).max(TEXT_LIMITS.name, FIELD_TOO_LONG),
    role: z.enum(COMMISSION_ROLES),
  }),
);
export type CommissionParticipant = z.infer<ReturnType<typeof commissionParticipantSchema>>;

export const certificateCommissionSchema = z.lazy(() =>
  z.object({
    orderNumber: z.string().trim().min(1).max(TEXT_LIMITS.code, FIELD_TOO_LONG),
    orderDate: calendarDateSchema,
    /** The chair first, then the members, as they sign the paper. */
    members: z.array(commissionParticipantSchema()).min(1).max(21),
  }),
);
export type CertificateCommission = z.infer<typeof certificateCommissionSchema>;
