import { errorBodySchema } from '../core/protocol/errorBody';
import type { EnrolResponse } from '../core/protocol/tablet';
import { clinicResponseSchema, enrolResponseSchema } from '../core/protocol/tablet';
import type { Clinic } from '../core/clinic/settings';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { generateSigningKey } from '../core/shc/signingKey';
import type { SeroDeskDatabase } from '../storage/database';
import {
  loadSigningKey,
  saveClinic,
  saveSigningKey,
  saveTabletIdentity,
  saveTabletToken,
} from '../storage/tablet';
import type { Transport, TransportFailure } from './transport';

export type EnrolFailure =
  | TransportFailure
  | 'role-may-not-enrol'
  | 'session-expired'
  | 'key-already-enrolled'
  | 'register-refused';

/**
 * Enrols this device as a tablet of the signed-in member's clinic: makes (or reuses) the
 * non-extractable signing key, sends its public half, and keeps what the register answers —
 * identity, tablet token and clinic settings — in one transaction.
 */
export async function enrolTablet(
  db: SeroDeskDatabase,
  transport: Transport,
  subtle: SubtleCrypto,
  request: { readonly name: string; readonly staffToken: string },
): Promise<Result<EnrolResponse, EnrolFailure>> {
  const key = (await loadSigningKey(db)) ?? (await generateSigningKey(subtle));
  await saveSigningKey(db, key);
  const sent = await transport({
    method: 'POST',
    path: '/api/tablets',
    token: request.staffToken,
    body: { name: request.name, publicJwk: key.publicJwk },
  });
  if (!sent.ok) return sent;
  const { status, body } = sent.value;
  if (status !== 201) return fail(refusal(status, body), `${status}`);
  const parsed = enrolResponseSchema.safeParse(body);
  if (!parsed.success) return fail('unreadable-response', parsed.error.message);
  const { tablet, token, clinic } = parsed.data;
  await db.transaction('rw', db.meta, async () => {
    await saveTabletIdentity(db, {
      tabletId: tablet.id,
      code: tablet.code,
      name: tablet.name,
      enrolledAt: tablet.enrolledAt,
    });
    await saveTabletToken(db, token);
    await saveClinic(db, clinic);
  });
  return ok(parsed.data);
}

/** Fetches the clinic's current settings (price list, kits, policy) and keeps them. */
export async function refreshClinic(
  db: SeroDeskDatabase,
  transport: Transport,
  token: string,
): Promise<Result<Clinic, TransportFailure | 'register-refused'>> {
  const sent = await transport({ method: 'GET', path: '/api/clinic', token });
  if (!sent.ok) return sent;
  if (sent.value.status !== 200) return fail('register-refused', `${sent.value.status}`);
  const parsed = clinicResponseSchema.safeParse(sent.value.body);
  if (!parsed.success) return fail('unreadable-response', parsed.error.message);
  await saveClinic(db, parsed.data.clinic);
  return ok(parsed.data.clinic);
}

function refusal(status: number, body: unknown): EnrolFailure {
  const parsed = errorBodySchema.safeParse(body);
  const code = parsed.success ? parsed.data.error.code : '';
  if (code === 'role-may-not-enrol' || status === 403) return 'role-may-not-enrol';
  if (code === 'key-already-enrolled' || status === 409) return 'key-already-enrolled';
  if (status === 401) return 'session-expired';
  return 'register-refused';
}
