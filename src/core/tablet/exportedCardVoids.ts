import { z } from 'zod';
import type { CertificateId } from '../ids';
import { idSchema } from '../ids';
import { TABLET_EXPORT_FORMAT, TABLET_EXPORT_VERSION } from './exportFile';

// Kept apart from exportFile.ts, whose two names the tablet's own code imports: this schema
// (and zod with it) is the register's alone.

/** What the register reads of an export file; the rest of it is for people. */
export const exportedCardVoidsSchema = z.object({
  format: z.literal(TABLET_EXPORT_FORMAT),
  formatVersion: z.literal(TABLET_EXPORT_VERSION),
  tablet: z.object({ tabletId: z.string(), code: z.string() }).nullable(),
  clinic: z.object({ id: z.string(), code: z.string() }).nullable(),
  cardVoids: z
    .array(
      z.object({
        certificateId: z.string(),
        certificate: z.looseObject({ id: idSchema<CertificateId>() }),
      }),
    )
    .optional(),
});
export type ExportedCardVoids = z.infer<typeof exportedCardVoidsSchema>;
