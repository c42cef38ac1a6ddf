import type { AdminTransfer } from '../../core/protocol/adminTransfer';
import { adminTransferSchema, transferRetriedSchema } from '../../core/protocol/adminTransfer';
import type { Transport } from '../transport';
import type { AdminResult } from './adminRequest';
import { adminRequest } from './adminRequest';

// The regional administrator's transfer-queue calls (wire shapes in
// src/core/protocol/adminTransfer.ts). The list waits for the connector's health check,
// which the register bounds to a few seconds.

const TIMEOUT_MS = 30_000;

export function loadAdminTransfer(
  transport: Transport,
  token: string,
  page = 1,
): Promise<AdminResult<AdminTransfer>> {
  return adminRequest(
    transport,
    token,
    { method: 'GET', path: `/api/admin/transfer?page=${page}`, timeoutMs: TIMEOUT_MS },
    adminTransferSchema,
  );
}

/** Makes a certificate's failed or rejected items due now; answers how many. */
export function retryTransfer(
  transport: Transport,
  token: string,
  certificateId: string,
): Promise<AdminResult<number>> {
  return adminRequest(
    transport,
    token,
    {
      method: 'POST',
      path: `/api/admin/transfer/${encodeURIComponent(certificateId)}/retry`,
      timeoutMs: TIMEOUT_MS,
    },
    transferRetriedSchema.transform((answer) => answer.retried),
  );
}

export function retryFailedTransfers(
  transport: Transport,
  token: string,
): Promise<AdminResult<number>> {
  return adminRequest(
    transport,
    token,
    { method: 'POST', path: '/api/admin/transfer/retry-failed', timeoutMs: TIMEOUT_MS },
    transferRetriedSchema.transform((answer) => answer.retried),
  );
}
