import { z } from 'zod/mini';

// The tablet's export file (written by storage/tabletData.ts, wire example there) names
// itself by these two; the register reads one part of it back: the cards of certificates
// discarded on the tablet that it had yet to have voided when the file was saved
// (exportedCardVoids.ts, cli/register/voidCards.ts). A tablet withdrawn, or erased after its
// export, can send them no more; the file carries them to the register instead:
//
//   {"format":"serodesk-tablet-export","formatVersion":1,"exportedAt":"…",
//    "tablet":{"tabletId":"0193…a1","code":"T2",…},"clinic":{"id":"0193…cc","code":"PKGP3",…},
//    …,"cardVoids":[{"certificateId":"0193…c9","certificate":{"kind":"certificate",…}}]}

export const TABLET_EXPORT_FORMAT = 'serodesk-tablet-export';
export const TABLET_EXPORT_VERSION = 1;

/**
 * A card the tablet is still to have voided: the discarded certificate as it was sent, card
 * included. Queued in meta["sync:card-voids"] (storage/cardVoids.ts) and listed in the
 * export's `cardVoids`; the register reads the certificate with its own schema.
 */
export const queuedCardVoidSchema = z.object({
  certificateId: z.string(),
  certificate: z.unknown(),
});
export type QueuedCardVoid = z.infer<typeof queuedCardVoidSchema>;
