// The JWS payload of a SMART Health Card, minified and raw-DEFLATEd inside the JWS:
//   {"iss":"https://spec.smarthealth.cards/examples/issuer","nbf":1687450764.656,
//    "exp":1718986764.656,"vc":{"type":["https://smarthealth.cards#health-card",
//    "https://smarthealth.cards#laboratory","https://smarthealth.cards#covid19"],
//    "credentialSubject":{"fhirVersion":"4.0.1","fhirBundle":{…}},"rid":"MKyCxh7p6uQ"}}
// `nbf`/`exp` are NumericDate seconds and may be fractional (the spec's own examples are);
// `rid` sits in `vc` (SHC §Revocation), base64url alphabet, at most 24 characters.
import { z } from 'zod';

export const HEALTH_CARD_TYPE = 'https://smarthealth.cards#health-card';
/**
 * What an antibody certificate is, in the SHC vocabulary (spec.smarthealth.cards/vocabulary):
 * a health card holding a laboratory result about COVID-19. Verifiers that sort cards by type
 * (and the SHC dev tools, which warn when a COVID-19 lab Observation lacks them) need all three.
 */
export const LABORATORY_TYPE = 'https://smarthealth.cards#laboratory';
export const COVID19_TYPE = 'https://smarthealth.cards#covid19';
export const ANTIBODY_CARD_TYPES = [HEALTH_CARD_TYPE, LABORATORY_TYPE, COVID19_TYPE] as const;
export const FHIR_VERSION = '4.0.1';
export const RID_PATTERN = /^[A-Za-z0-9_-]{1,24}$/;

export const cardPayloadSchema = z.looseObject({
  iss: z.string().min(1),
  nbf: z.number().nonnegative(),
  exp: z.number().nonnegative().optional(),
  vc: z.looseObject({
    type: z
      .array(z.string())
      .refine(
        (types) => types.includes(HEALTH_CARD_TYPE),
        `vc.type must include ${HEALTH_CARD_TYPE}`,
      ),
    credentialSubject: z.looseObject({
      fhirVersion: z.string().regex(/^4\.0\.[0-9]+$/, 'fhirVersion must be FHIR R4 (4.0.x)'),
      fhirBundle: z.looseObject({}),
    }),
    rid: z.string().regex(RID_PATTERN, 'rid must be 1–24 base64url characters').optional(),
  }),
});

export type CardPayload = z.infer<typeof cardPayloadSchema>;
