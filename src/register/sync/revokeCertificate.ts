import type { RevocationId, StaffId } from '../../core/ids';
import type { RevocationRequest } from '../../core/protocol/revocation';
import type { RevocationRecord } from '../../core/records/revocation';
import type { Result } from '../../core/result';
import { fail, ok } from '../../core/result';
import type { RegisterDb } from '../db/connect';
import { newId } from '../ids';
import { enqueueTransfer } from '../transfer/enqueueTransfer';
import type { SyncTx } from './recordStore';
import { loadClinicRecord, parseRecordBody, writeVersion } from './recordStore';
import { nextSeq } from './seqCounter';

// A revocation written by the register itself (an admin or commission member at the
// register's desk), through the same record store as pushed records: it gets a sequence
// number, a version history and reaches every tablet of the clinic by pull. Its writer is
// REGISTER_WRITER where a pushed record names its tablet, so no tablet's pull skips it.
//
// One certificate is revoked once: the sequence counter is taken first, which serialises
// this with every other write (see seqCounter.nextSeq), so two admins at the same moment
// get one revocation and one "already revoked".

export const REGISTER_WRITER = 'register';

export type RevokeFailure = 'not-found' | 'certificate-unsigned' | 'already-revoked';

export type Revoked = { readonly revocation: RevocationRecord; readonly seq: number };

export type RevokeOutcome =
  | Result<Revoked, Exclude<RevokeFailure, 'already-revoked'>>
  | { readonly ok: false; readonly reason: 'already-revoked'; readonly existing: RevocationRecord };

/** The clinic's revocation of a certificate, if any (revocations are few: a read of all). */
async function findRevocation(
  tx: SyncTx,
  clinicId: string,
  certificateId: string,
): Promise<RevocationRecord | undefined> {
  const rows = await tx
    .selectFrom('clinic_record')
    .select('body')
    .where('clinic_id', '=', clinicId)
    .where('kind', '=', 'revocation')
    .orderBy('seq')
    .execute();
  for (const row of rows) {
    const record = parseRecordBody(row.body);
    if (record.kind === 'revocation' && record.certificateId === certificateId) return record;
  }
  return undefined;
}

export async function revokeCertificate(
  db: RegisterDb,
  request: {
    readonly certificateId: string;
    readonly clinicId: string;
    readonly staffId: string;
    readonly body: RevocationRequest;
    readonly now: () => Date;
    readonly random: (bytes: number) => Uint8Array;
    /**
     * FEDERAL_TRANSFER: the revocation enters the transfer queue in this transaction. Absent
     * means not queued (demo data: fictitious people never reach the federal register).
     */
    readonly federalTransfer?: boolean;
  },
): Promise<RevokeOutcome> {
  return db.kysely.transaction().execute(async (tx): Promise<RevokeOutcome> => {
    const seq = await nextSeq(tx);
    // Looked up within the member's clinic: another clinic's certificate is "not found".
    const certificate = await loadClinicRecord(tx, request.clinicId, request.certificateId);
    if (certificate?.kind !== 'certificate') return fail('not-found');
    const existing = await findRevocation(tx, request.clinicId, certificate.id);
    if (existing !== undefined) return { ok: false, reason: 'already-revoked', existing };
    if (certificate.rid === undefined || certificate.shcJws === undefined) {
      return fail('certificate-unsigned');
    }
    const at = request.now().toISOString();
    const revocation: RevocationRecord = {
      kind: 'revocation',
      id: newId(request.now, request.random) as RevocationId,
      clinicId: certificate.clinicId,
      createdBy: request.staffId as StaffId,
      createdAt: at,
      version: 1,
      certificateId: certificate.id,
      rid: certificate.rid,
      reason: request.body.reason,
      ...(request.body.note === undefined ? {} : { note: request.body.note }),
      at,
    };
    await writeVersion(tx, {
      record: revocation,
      version: 1,
      seq,
      tabletId: REGISTER_WRITER,
      at,
      isNew: true,
    });
    if (request.federalTransfer === true) await enqueueTransfer(tx, revocation, at);
    return ok({ revocation, seq });
  });
}
