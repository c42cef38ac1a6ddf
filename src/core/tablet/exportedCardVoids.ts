import { z } from 'zod/mini';
import type { CertificateId } from '../ids';
import { idSchema } from '../ids';
import { queuedCardVoidSchema, TABLET_EXPORT_FORMAT, TABLET_EXPORT_VERSION } from './exportFile';

// Kept apart from exportFile.ts, which the tablet's own code imports: this schema is the
// register's alone. Each queued void as the tablet keeps it, its certificate with an id.

/** What the register reads of an export file; the rest of it is for people. */
export const exportedCardVoidsSchema = z.object({
  format: z.literal(TABLET_EXPORT_FORMAT),
  formatVersion: z.literal(TABLET_EXPORT_VERSION),
  tablet: z.nullable(z.object({ tabletId: z.string(), code: z.string() })),
  clinic: z.nullable(z.object({ id: z.string(), code: z.string() })),
  cardVoids: z.optional(
    z.array(
      z.extend(queuedCardVoidSchema, {
        certificate: z.looseObject({ id: idSchema<CertificateId>() }),
      }),
    ),
  ),
});
export type ExportedCardVoids = z.infer<typeof exportedCardVoidsSchema>;
