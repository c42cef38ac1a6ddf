import type { CardVoidResponse } from '../core/protocol/cardVoid';
import { carriesOwnCard } from '../core/protocol/voidingRefusals';
import type { CertificateRecord } from '../core/records/certificate';
import type { ClinicRecord } from '../core/records/record';
import type { QueuedCardVoid } from '../core/tablet/exportFile';
import type { SeroDeskDatabase } from './database';
import { readDiscarded } from './discardLog';
import type { DiscardedCardState } from './metaKeys';
import { META, readMeta, writeMeta } from './metaKeys';

// Discarded certificates whose cards the register is to void (core/protocol/cardVoid.ts). A
// discard (refusedRecords.ts) queues the certificate as it was sent, card included, in the
// discard's own transaction; the next sync run sends the queue (sync/cardVoids.ts), and each
// answer leaves the queue and is written on the discard's note:
//
//   meta["sync:card-voids"]  [{"certificateId":"0193…c9","certificate":{"kind":"certificate",…}}]
//   meta["sync:discarded"]   [{…,"recordId":"0193…c9","outcome":"removed","card":"voiding"}]
//                            → "card":"voided" once the register has put it on the CRL

/**
 * The certificate's own card, if a discard of it must be voided at the register: a signed
 * card with its rid, not a duplicate (a duplicate carries its original's card, which stands).
 */
export function ownCard(record: ClinicRecord | undefined): CertificateRecord | undefined {
  return record?.kind === 'certificate' && carriesOwnCard(record) ? record : undefined;
}

export async function readCardVoids(db: SeroDeskDatabase): Promise<QueuedCardVoid[]> {
  return (await readMeta(db, META.cardVoids)) ?? [];
}

/** Queues a discarded certificate's card; call inside the discard's transaction. */
export async function queueCardVoid(
  db: SeroDeskDatabase,
  certificate: CertificateRecord,
): Promise<void> {
  const queued = await readCardVoids(db);
  if (queued.some((entry) => entry.certificateId === certificate.id)) return;
  await writeMeta(db, META.cardVoids, [...queued, { certificateId: certificate.id, certificate }]);
}

/** The register's answers: each answered card leaves the queue, and its note says what became of it. */
export async function settleCardVoids(
  db: SeroDeskDatabase,
  answers: CardVoidResponse['answers'],
): Promise<void> {
  const outcomes = new Map<string, DiscardedCardState>(
    answers.map((answer) => [answer.certificateId, answer.outcome]),
  );
  if (outcomes.size === 0) return;
  await db.transaction('rw', db.meta, async () => {
    const queued = await readCardVoids(db);
    await writeMeta(
      db,
      META.cardVoids,
      queued.filter((entry) => !outcomes.has(entry.certificateId)),
    );
    const notes = await readDiscarded(db);
    await writeMeta(
      db,
      META.discarded,
      notes.map((note) => {
        const outcome = note.card === 'voiding' ? outcomes.get(note.recordId) : undefined;
        return outcome === undefined ? note : { ...note, card: outcome };
      }),
    );
  });
}
