import type {
  AdminRevocationRequest,
  CertificateQuery,
  CertificateSearch,
} from '../../core/protocol/adminCertificates';
import {
  certificateQueryString,
  certificateSearchSchema,
} from '../../core/protocol/adminCertificates';
import type { RevocationRecord } from '../../core/records/revocation';
import { alreadyRevokedSchema, revocationResponseSchema } from '../../core/protocol/revocation';
import type { Transport } from '../transport';
import type { AdminResult } from './adminRequest';
import { adminRequest } from './adminRequest';

// The regional administrator's certificate calls (wire shapes in
// src/core/protocol/adminCertificates.ts): a search by number or SNILS, and a revocation.
// "Already revoked" is an answer, not a failure: the screen shows the existing revocation.

const TIMEOUT_MS = 30_000;

export function searchAdminCertificates(
  transport: Transport,
  token: string,
  query: CertificateQuery,
): Promise<AdminResult<CertificateSearch>> {
  return adminRequest(
    transport,
    token,
    {
      method: 'GET',
      path: `/api/admin/certificates?${certificateQueryString(query)}`,
      timeoutMs: TIMEOUT_MS,
    },
    certificateSearchSchema,
  );
}

export type AdminRevoked = {
  readonly revocation: RevocationRecord;
  /** False when the certificate was already revoked: `revocation` is the existing one. */
  readonly isNew: boolean;
};

export function revokeAdminCertificate(
  transport: Transport,
  token: string,
  certificateId: string,
  body: AdminRevocationRequest,
): Promise<AdminResult<AdminRevoked>> {
  return adminRequest(
    transport,
    token,
    {
      method: 'POST',
      path: `/api/admin/certificates/${encodeURIComponent(certificateId)}/revocation`,
      body,
      timeoutMs: TIMEOUT_MS,
    },
    revocationResponseSchema
      .transform((answer): AdminRevoked => ({ revocation: answer.revocation, isNew: true }))
      .or(
        alreadyRevokedSchema.transform((answer): AdminRevoked => ({
          revocation: answer.revocation,
          isNew: false,
        })),
      ),
    [201, 409],
  );
}
