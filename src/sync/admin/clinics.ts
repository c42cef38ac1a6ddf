import type {
  AdminClinic,
  AdminClinicList,
  NewClinicRequest,
} from '../../core/protocol/adminClinics';
import { adminClinicListSchema, createdClinicSchema } from '../../core/protocol/adminClinics';
import type { Transport } from '../transport';
import type { AdminResult } from './adminRequest';
import { adminRequest } from './adminRequest';

// The regional administrator's clinic calls (wire shapes in src/core/protocol/adminClinics.ts).

const TIMEOUT_MS = 20_000;

export function listClinics(
  transport: Transport,
  token: string,
): Promise<AdminResult<AdminClinicList>> {
  return adminRequest(
    transport,
    token,
    { method: 'GET', path: '/api/admin/clinics', timeoutMs: TIMEOUT_MS },
    adminClinicListSchema,
  );
}

/** A refusal keeps the register's per-field issues: "code", "requisites.ogrn", … */
export function createAdminClinic(
  transport: Transport,
  token: string,
  clinic: NewClinicRequest,
): Promise<AdminResult<AdminClinic>> {
  return adminRequest(
    transport,
    token,
    { method: 'POST', path: '/api/admin/clinics', body: clinic, timeoutMs: TIMEOUT_MS },
    createdClinicSchema.transform((answer) => answer.clinic),
  );
}
