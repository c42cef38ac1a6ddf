import { refusalOf } from '../core/protocol/refusal';
import type { TabletId } from '../core/ids';
import type { EnrolResponse, TabletSummary } from '../core/protocol/tablet';
import { enrolResponseSchema, tabletListResponseSchema } from '../core/protocol/tablet';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import { generateSigningKey } from '../core/shc/signingKey';
import type { SeroDeskDatabase } from '../storage/database';
import { saveClinic } from '../storage/clinic';
import { saveRestoreNotice } from '../storage/restoreNotice';
import {
  loadSigningKey,
  saveSigningKey,
  saveTabletIdentity,
  saveTabletToken,
} from '../storage/tablet';
import type { Transport, TransportFailure } from './transport';
import { unreadableDetail } from './unreadable';

export type EnrolFailure =
  | TransportFailure
  | 'role-may-not-enrol'
  | 'session-expired'
  | 'key-already-enrolled'
  | 'predecessor-unknown'
  | 'register-refused';

/**
 * Enrols this device as a tablet of the signed-in member's clinic: makes (or reuses) the
 * non-extractable signing key, sends its public half, and keeps what the register answers —
 * identity, tablet token and clinic settings — in one transaction. With `replaces` (the
 * tablet this device was before its data was cleared) it also keeps what the register holds
 * from that tablet, for the notice shown once the first pull has restored it.
 */
export async function enrolTablet(
  db: SeroDeskDatabase,
  transport: Transport,
  subtle: SubtleCrypto,
  request: { readonly name: string; readonly staffToken: string; readonly replaces?: TabletId },
): Promise<Result<EnrolResponse, EnrolFailure>> {
  const key = (await loadSigningKey(db)) ?? (await generateSigningKey(subtle));
  await saveSigningKey(db, key);
  const sent = await transport({
    method: 'POST',
    path: '/api/tablets',
    token: request.staffToken,
    body: {
      name: request.name,
      publicJwk: key.publicJwk,
      ...(request.replaces === undefined ? {} : { replaces: request.replaces }),
    },
  });
  if (!sent.ok) return sent;
  const { status, body } = sent.value;
  if (status !== 201) return fail(refusal(status, body), `${status}`);
  const parsed = enrolResponseSchema.safeParse(body);
  if (!parsed.success) return fail('unreadable-response', unreadableDetail(parsed.error));
  const { tablet, token, clinic, predecessor } = parsed.data;
  await db.transaction('rw', db.meta, async () => {
    await saveTabletIdentity(db, {
      tabletId: tablet.id,
      code: tablet.code,
      name: tablet.name,
      enrolledAt: tablet.enrolledAt,
    });
    await saveTabletToken(db, token);
    await saveClinic(db, clinic);
    if (predecessor !== undefined) {
      await saveRestoreNotice(db, { kind: 'predecessor', predecessor, restored: null });
    }
  });
  return ok(parsed.data);
}

/**
 * The clinic's tablets as the register knows them, asked before enrolling so the person can
 * say whether this device is one of them whose data was cleared.
 */
export async function fetchClinicTablets(
  transport: Transport,
  staffToken: string,
): Promise<Result<readonly TabletSummary[], EnrolFailure>> {
  const sent = await transport({ method: 'GET', path: '/api/tablets', token: staffToken });
  if (!sent.ok) return sent;
  const { status, body } = sent.value;
  if (status !== 200) return fail(refusal(status, body), `${status}`);
  const parsed = tabletListResponseSchema.safeParse(body);
  if (!parsed.success) return fail('unreadable-response', unreadableDetail(parsed.error));
  return ok(parsed.data.tablets);
}

function refusal(status: number, body: unknown): EnrolFailure {
  const { code, issues } = refusalOf(status, body);
  if (code === 'role-may-not-enrol' || status === 403) return 'role-may-not-enrol';
  // The register names the field it refused; "replaces" is the predecessor named at enrolment.
  if (code === 'invalid-body' && issues.some((i) => i.path === 'replaces')) {
    return 'predecessor-unknown';
  }
  if (code === 'key-already-enrolled' || status === 409) return 'key-already-enrolled';
  if (status === 401) return 'session-expired';
  return 'register-refused';
}
