import type { CertificateId } from '../core/ids';
import type { KeptCertificateTransfer } from '../core/protocol/transferState';
import { loadTabletToken } from '../storage/tablet';
import { keepTransferStates, keptTransferStates } from '../storage/transferStates';
import type { TransferStateFailure } from '../sync/transferState';
import { fetchTransferStates } from '../sync/transferState';
import type { Transport } from '../sync/transport';
import type { DeskEnv } from './env';

// What became of the case's certificates in the transfer to the federal register (issue #12),
// for the line beside each certificate. The register is asked whenever the desk is online;
// its answer is kept on the tablet, and when it cannot be asked the kept answer is shown with
// its time and the reason it is not fresh. The register is the only source: the tablet never
// guesses a state from its own records.

export type { TransferStateFailure } from '../sync/transferState';
export { TRANSFER_STATE_FAILURE_MESSAGES, isUnreachable } from '../sync/transferState';

export type CertificateTransferStatus = {
  /** The register's answer: fresh, or the last one kept (undefined when never heard). */
  readonly answer: KeptCertificateTransfer | undefined;
  /** Why `answer` is not fresh; undefined when the register answered just now. */
  readonly failure: TransferStateFailure | undefined;
};

/** The transfer state of each certificate, asked of the register or else as last kept. */
export async function readCertificateTransfers(
  env: Pick<DeskEnv, 'db'>,
  transport: Transport,
  ids: readonly CertificateId[],
): Promise<ReadonlyMap<CertificateId, CertificateTransferStatus>> {
  if (ids.length === 0) return new Map();
  const token = await loadTabletToken(env.db);
  const asked =
    token === undefined
      ? ({ ok: false, reason: 'not-enrolled' } as const)
      : await fetchTransferStates(transport, token, ids);
  if (asked.ok) {
    await keepTransferStates(env.db, asked.value);
    const fresh = new Map<CertificateId, CertificateTransferStatus>();
    for (const certificate of asked.value.certificates) {
      fresh.set(certificate.id, {
        answer: {
          at: asked.value.at,
          federalTransfer: asked.value.federalTransfer,
          certificate,
        },
        failure: undefined,
      });
    }
    return fresh;
  }
  const kept = await keptTransferStates(env.db, ids);
  return new Map(ids.map((id) => [id, { answer: kept.get(id), failure: asked.reason }] as const));
}
