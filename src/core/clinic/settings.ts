import { z } from 'zod/mini';
import { DEFAULT_ADMISSION_POLICY, type AdmissionPolicy } from '../admission/policy';
import type { ValidityPolicy } from '../certificate/validity';
import type { CommissionPolicy } from '../commission/checklist';
import type { KitId } from '../ids';
import { idSchema } from '../ids';
import { kitSchema } from '../lab/kit';
import { clinicHeaderSchema } from './header';
import { clinicRequisitesSchema } from './requisites';
import { certificateTerritorySchema, clinicCommissionSchema } from './commission';

// A clinic's own rules: its price list, the test kits it uses, and its policies. The register
// stores them (JSON in `clinic.settings`), sends them to the clinic's tablets, and both sides
// read them through this schema. Example:
//
//   {"priceList":[{"code":"igg-quant","nameRu":"Антитела IgG к SARS-CoV-2 (количественно)",
//                  "nameEn":"IgG antibodies to SARS-CoV-2 (quantitative)","priceKopecks":95000,
//                  "kind":"antibody-test"}],
//    "kits":[{"id":"0193…","name":"SARS-CoV-2-IgG количественный-ИФА-БЕСТ","antibodyClass":"IgG",
//             "target":"S","method":"ELISA","kind":"quantitative","unit":"BAU/ml","threshold":10,
//             "greyZone":{"low":8,"high":10},"withdrawn":false}],
//    "policy":{"presenceMonths":6,"absenceCardDays":30,"maxSampleAgeDays":14,
//              "utcOffsetMinutes":720},
//    "requisites":{"fullName":"…","shortName":"ГБУЗ КК «ПКГП № 3»","ogrn":"1024101024056",…}}
//
// `requisites` (issue #11, see requisites.ts) is optional: a clinic set up before it has none
// until its admin enters them. So are `commission` (commission.ts: the order appointing the
// medical commission; no certificate is issued until it is entered) and `certificateTerritory`.
//
// Money is integer kopecks, never floating roubles.

export const PRICE_ITEM_KINDS = ['antibody-test', 'duplicate'] as const;

export const priceItemSchema = z.object({
  code: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  nameRu: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  nameEn: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  priceKopecks: z.number().check(z.int(), z.nonnegative()),
  kind: z.enum(PRICE_ITEM_KINDS),
  /**
   * The kits an antibody test is performed with (serviceKits.ts); absent or empty: any kit
   * the clinic uses. Optional so that price lists saved before it still read.
   */
  kitIds: z.optional(z.array(idSchema<KitId>())),
});
export type PriceItem = z.infer<typeof priceItemSchema>;

/**
 * The bounds of the clinic's issuing rules: the schema below checks them and the admin's form
 * names them in its messages (ui/desk/admin/policyForm.ts), so the two cannot drift apart.
 */
export const CLINIC_POLICY_BOUNDS = {
  presenceMonths: { min: 1, max: 24 },
  absenceCardDays: { min: 1, max: 365 },
  maxSampleAgeDays: { min: 1, max: 90 },
} as const;

const wholeWithin = ({ min, max }: { readonly min: number; readonly max: number }) =>
  z.number().check(z.int(), z.gte(min), z.lte(max));

export const clinicPolicySchema = z.object({
  /** A certificate of antibodies present is valid this many months from the sample date. */
  presenceMonths: wholeWithin(CLINIC_POLICY_BOUNDS.presenceMonths),
  /** Days an absence card's `exp` lies after the sample date; null: the card has no `exp`. */
  absenceCardDays: z.nullable(wholeWithin(CLINIC_POLICY_BOUNDS.absenceCardDays)),
  /** A sample older than this many days cannot ground a certificate. */
  maxSampleAgeDays: wholeWithin(CLINIC_POLICY_BOUNDS.maxSampleAgeDays),
  /** The clinic's offset from UTC in minutes; Kamchatka is +720. */
  utcOffsetMinutes: z.number().check(z.int(), z.gte(-720), z.lte(840)),
});
export type ClinicPolicy = z.infer<typeof clinicPolicySchema>;

export const DEFAULT_CLINIC_POLICY: ClinicPolicy = {
  presenceMonths: 6,
  absenceCardDays: 30,
  maxSampleAgeDays: 14,
  utcOffsetMinutes: 720,
};

export const clinicSettingsSchema = z.object({
  /**
   * The clinic's short name as the QR card states the performer ("ГП № 3, Петропавловск"):
   * every character of the card costs QR capacity, and a full legal name pushes a card with
   * a long Cyrillic patient name past error-correction level M (see docs/SHC.md).
   */
  cardName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(32))),
  priceList: z.array(priceItemSchema),
  kits: z.array(kitSchema),
  policy: clinicPolicySchema,
  /** The provider's requisites printed on the contract and statements. */
  requisites: z.optional(clinicRequisitesSchema),
  /** The medical commission from the clinic's order (commission.ts); none: no certificate. */
  commission: z.optional(clinicCommissionSchema),
  /** The certificate's territorial-scope line; absent: DEFAULT_CERTIFICATE_TERRITORY. */
  certificateTerritory: z.optional(certificateTerritorySchema),
});
export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;

/** The clinic as its tablets know it: who it is (header.ts), its issuer and its settings. */
export const clinicSchema = z.extend(clinicHeaderSchema, {
  address: z.string().check(z.minLength(1)),
  /** The SMART Health Card issuer (`iss`) of the clinic's certificates. */
  issuerUrl: z.url(),
  settings: clinicSettingsSchema,
  /**
   * Whether the clinic's register transfers case data to the federal register (its
   * FEDERAL_TRANSFER, issue #11 item 10; the transfer itself is issue #12). The statement's
   * personal-data consent names the federal register only when true. Absent (a register
   * from before) means false: {"id":"0193…",…,"federalTransfer":false}
   */
  federalTransfer: z.optional(z.boolean()),
});
export type Clinic = z.infer<typeof clinicSchema>;

/**
 * The validity a clinic's certificates are issued with. A clinic may be stricter than its
 * region but never looser: with the region's shorter months the paper would promise days on
 * which the verifier already turns the holder away.
 */
export function validityPolicyOf(
  settings: ClinicSettings,
  region: Pick<AdmissionPolicy, 'presenceMonths'> = DEFAULT_ADMISSION_POLICY,
): ValidityPolicy {
  const { presenceMonths, absenceCardDays, utcOffsetMinutes } = settings.policy;
  return {
    presenceMonths: Math.min(presenceMonths, region.presenceMonths),
    absenceCardDays,
    utcOffsetMinutes,
  };
}

/** The commission accepts the clinic's kits that are not withdrawn. */
export function commissionPolicyOf(settings: ClinicSettings): CommissionPolicy {
  const acceptedKitIds: KitId[] = settings.kits.filter((kit) => !kit.withdrawn).map((k) => k.id);
  return {
    maxSampleAgeDays: settings.policy.maxSampleAgeDays,
    acceptedKitIds,
    utcOffsetMinutes: settings.policy.utcOffsetMinutes,
  };
}
