// The region's admission policy: which authentic certificates let their holder in, and for
// how long. The register publishes it beside its key set, and verifiers cache it with the
// trust list, so a region changes it without an app release. On the wire
// (GET /.well-known/admission-policy.json):
//
//   {"version":3,"region":{"ru":"Камчатский край","en":"Kamchatka Krai"},
//    "admittedClasses":["IgG"],"presenceMonths":6,"utcOffsetMinutes":720,
//    "updatedAt":"2026-11-30T23:00:00.000Z"}
//
// `version` only ever grows; a verifier shows it so a guard can tell which rules it applies.
// Default: IgG only — the federal rule of 2022 counted IgG; IgM marks a recent infection,
// and a "total" or combined test cannot say IgG was found.
import { z } from 'zod/mini';
import { fail, ok, type Result } from '../result';
import { CARD_ANTIBODY_CLASSES } from './cardAntibodyClasses';

export const admissionPolicySchema = z.object({
  version: z.number().check(z.int(), z.positive()),
  region: z.object({
    ru: z.string().check(z.minLength(1), z.maxLength(100)),
    en: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
  /** Antibody classes whose *presence* admits; never empty, no repeats. */
  admittedClasses: z.array(z.enum(CARD_ANTIBODY_CLASSES)).check(
    z.minLength(1),
    z.refine((classes) => new Set(classes).size === classes.length, 'repeated class'),
  ),
  /** A presence certificate admits this many months from the sample date (ГК РФ ст. 192). */
  presenceMonths: z.number().check(z.int(), z.gte(1), z.lte(24)),
  /** The region's offset from UTC in minutes: it decides which calendar day "today" is. */
  utcOffsetMinutes: z.number().check(z.int(), z.gte(-720), z.lte(840)),
  updatedAt: z.iso.datetime(),
});
export type AdmissionPolicy = z.infer<typeof admissionPolicySchema>;

/** What a verifier applies before it ever reached a register, and what a new register starts with. */
export const DEFAULT_ADMISSION_POLICY: AdmissionPolicy = {
  version: 1,
  region: { ru: 'Камчатский край', en: 'Kamchatka Krai' },
  admittedClasses: ['IgG'],
  presenceMonths: 6,
  utcOffsetMinutes: 720,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export function parseAdmissionPolicy(json: unknown): Result<AdmissionPolicy, 'policy-invalid'> {
  const parsed = admissionPolicySchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  return fail('policy-invalid', issue && `${issue.path.join('.')}: ${issue.message}`);
}
