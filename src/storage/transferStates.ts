import type { CertificateId } from '../core/ids';
import type {
  KeptCertificateTransfer,
  TransferStateResponse,
} from '../core/protocol/transferState';
import type { SeroDeskDatabase } from './database';
import { META_FAMILIES, memberOf, readMeta, writeMeta } from './metaKeys';

// The register's last answer about each certificate's transfer to the federal register, kept
// on the tablet so a desk without a connection can still say what it last heard, and when:
//
//   meta["transfer-state:0193…c1"]  {"at":"2026-12-01T09:30:00.000Z","federalTransfer":true,
//                                    "certificate":{"id":"0193…c1","known":true,"items":[…]}}
//
// In `meta` (one family, no schema step): one small row per certificate shown at the desk.

/** Keeps every certificate of the answer, replacing what was kept before, all or nothing. */
export async function keepTransferStates(
  db: SeroDeskDatabase,
  answer: TransferStateResponse,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    for (const certificate of answer.certificates) {
      await writeMeta(db, memberOf(META_FAMILIES.transferState, certificate.id), {
        at: answer.at,
        federalTransfer: answer.federalTransfer,
        certificate,
      });
    }
  });
}

/** What was kept for these certificates, by id; an id never answered (or unreadable) is absent. */
export async function keptTransferStates(
  db: SeroDeskDatabase,
  ids: readonly CertificateId[],
): Promise<ReadonlyMap<CertificateId, KeptCertificateTransfer>> {
  const kept = new Map<CertificateId, KeptCertificateTransfer>();
  for (const id of ids) {
    const value = await readMeta(db, memberOf(META_FAMILIES.transferState, id));
    if (value !== undefined && value.certificate.id === id) kept.set(id, value);
  }
  return kept;
}
