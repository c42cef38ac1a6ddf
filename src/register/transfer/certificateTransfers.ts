import type { CertificateId } from '../../core/ids';
import type { CertificateTransfer, TransferItemView } from '../../core/protocol/transferState';
import type { RegisterDb } from '../db/connect';
import { transferItemRowSchema } from './transferItem';
import { parseRecordBody } from '../sync/recordStore';

// The transfer state of some of one clinic's certificates, for the desk's case screen
// (wire shape in src/core/protocol/transferState.ts). Both reads are scoped to the clinic, so
// another clinic's certificate is simply not found — answered like one never synced. A reprint
// (duplicate) answers with the entries of the certificate it copies, the one transferred.

export async function certificateTransfers(
  db: RegisterDb,
  clinicId: string,
  ids: readonly CertificateId[],
): Promise<CertificateTransfer[]> {
  if (ids.length === 0) return [];
  const rows = await db.kysely
    .selectFrom('clinic_record')
    .select(['id', 'body'])
    .where('clinic_id', '=', clinicId)
    .where('kind', '=', 'certificate')
    .where('id', 'in', [...ids])
    .execute();
  /** Requested id → the id its transfer entries are kept under. */
  const transferIdOf = new Map<string, string>();
  for (const row of rows) {
    const record = parseRecordBody(row.body);
    if (record.kind !== 'certificate') continue;
    transferIdOf.set(row.id, record.duplicateOf ?? record.id);
  }
  const transferIds = [...new Set(transferIdOf.values())];
  const items =
    transferIds.length === 0
      ? []
      : await db.kysely
          .selectFrom('transfer_item')
          .selectAll()
          .where('clinic_id', '=', clinicId)
          .where('certificate_id', 'in', transferIds)
          .orderBy('queued_at')
          .execute();
  const itemsOf = new Map<string, TransferItemView[]>();
  for (const raw of items) {
    const row = transferItemRowSchema.parse(raw);
    const view: TransferItemView = {
      event: row.event,
      state: row.state,
      queuedAt: row.queued_at,
      settledAt: row.settled_at,
      externalId: row.state === 'accepted' ? row.external_id : null,
      // A rejection's reason is the receiver's word for a person; a failure's is technical.
      reason: row.state === 'rejected' ? row.last_error : null,
    };
    itemsOf.set(row.certificate_id, [...(itemsOf.get(row.certificate_id) ?? []), view]);
  }
  return ids.map((id) => {
    const transferId = transferIdOf.get(id);
    return transferId === undefined
      ? { id, known: false, items: [] }
      : { id, known: true, items: itemsOf.get(transferId) ?? [] };
  });
}
