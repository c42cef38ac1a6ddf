import type { OpRejectReason } from '../../core/protocol/sync';
import type { CertificateRecord } from '../../core/records/certificate';
import { checkDuplicate } from '../../core/records/duplicate';
import type { ClinicRecord } from '../../core/records/record';
import type { RevocationRecord } from '../../core/records/revocation';
import type { StoredTarget } from '../../core/records/revocationTarget';
import { checkRevocationTarget } from '../../core/records/revocationTarget';
import type { Result } from '../../core/result';
import { ok } from '../../core/result';
import type { SyncTx } from './recordStore';
import { loadClinicRecord, recordIdTaken } from './recordStore';
import type { SignedBy } from './signedCard';
import { checkSignedCard } from './signedCard';

// The checks of a pushed op that need what the register holds, run inside the op's
// transaction after the role check (applyOp.checkOp), so that only the issuing clinic, and
// only the right role, can put a certificate or a revocation in the register (issue #9):
//
//   certificate  a duplicate must be a true copy of a certificate of the clinic and person
//                (core/records/duplicate.ts: this is what lets a registrar write one);
//                the signed card must verify with a key of the clinic (signedCard.ts)
//   revocation   only of a certificate of the clinic, under its own rid
//                (core/records/revocationTarget.ts)
//
// Every refusal is an answer for that op alone, stored like any other.

export type PushingTablet = { readonly id: string; readonly clinicId: string };

async function checkCertificate(
  tx: SyncTx,
  subtle: SubtleCrypto,
  certificate: CertificateRecord,
  tablet: PushingTablet,
): Promise<Result<void, OpRejectReason>> {
  let signedBy: SignedBy = { tabletId: tablet.id };
  if (certificate.duplicateOf !== undefined) {
    const original = await loadClinicRecord(tx, certificate.clinicId, certificate.duplicateOf);
    const duplicate = checkDuplicate(certificate, original);
    if (!duplicate.ok) return duplicate;
    signedBy = 'any-clinic-tablet';
  }
  const card = await checkSignedCard(tx, subtle, certificate, signedBy);
  return card.ok ? ok(undefined) : card;
}

async function storedTarget(tx: SyncTx, revocation: RevocationRecord): Promise<StoredTarget> {
  const record = await loadClinicRecord(tx, revocation.clinicId, revocation.certificateId);
  if (record !== undefined) return { found: 'record', record };
  return (await recordIdTaken(tx, revocation.certificateId))
    ? { found: 'other-clinic' }
    : { found: 'none' };
}

export async function checkAuthority(
  tx: SyncTx,
  subtle: SubtleCrypto,
  record: ClinicRecord,
  tablet: PushingTablet,
): Promise<Result<void, OpRejectReason>> {
  switch (record.kind) {
    case 'certificate':
      return checkCertificate(tx, subtle, record, tablet);
    case 'revocation': {
      const target = checkRevocationTarget(record, await storedTarget(tx, record));
      return target.ok ? ok(undefined) : target;
    }
    case 'person':
    case 'application':
    case 'contract':
    case 'sample':
    case 'result':
      return ok(undefined);
  }
}
