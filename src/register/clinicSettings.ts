import { z } from 'zod';
import type { ClinicSettings } from '../core/clinic/settings';
import { clinicSettingsSchema } from '../core/clinic/settings';

// A clinic's own rules (price list, kits, validity policy) live in `clinic.settings` as JSON
// text. Their shape belongs to the domain (src/core/clinic/settings.ts), because tablets read
// the same document; the register only stores it and parses it on every read, so a row
// written by an older or buggy writer is caught here rather than on a tablet.

export { clinicSettingsSchema };
export type { ClinicSettings };

const settingsJsonSchema = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'clinic.settings is not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(clinicSettingsSchema);

/** Parses the `clinic.settings` column; throws (a broken invariant) if the stored JSON is bad. */
export function readClinicSettings(json: string): ClinicSettings {
  return settingsJsonSchema.parse(json);
}
