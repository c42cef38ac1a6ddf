import { z } from 'zod/mini';
import { CLINIC_CODE_PATTERN } from '../contract/number';
import type { ClinicId } from '../ids';
import { idSchema } from '../ids';

// Who the clinic is, without its settings: what the screens before the desk show and check
// (the home screen, a colleague's first PIN, the tablet's export). The whole clinic
// (settings.ts) extends it, so the two cannot disagree on these fields:
//
//   {"id":"0193…","code":"PKGP3","nameRu":"ГП № 3","nameEn":"City Clinic 3"}
//
// It is its own module because the settings' schemas (requisites, commission, kits) would
// otherwise load with the first screen, which never reads them (issue #14).
export const clinicHeaderSchema = z.object({
  id: idSchema<ClinicId>(),
  code: z.string().check(z.regex(CLINIC_CODE_PATTERN)),
  nameRu: z.string().check(z.minLength(1)),
  nameEn: z.string().check(z.minLength(1)),
});
export type ClinicHeader = z.infer<typeof clinicHeaderSchema>;
