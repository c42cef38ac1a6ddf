import type { z } from 'zod';
import type { CardVoidResponse } from '../core/protocol/cardVoid';
import { cardVoidResponseSchema } from '../core/protocol/cardVoid';
import { refusalOf } from '../core/protocol/refusal';
import type { PullResponse, PushOp, PushResponse, SyncBacklog } from '../core/protocol/sync';
import {
  protocolMismatchSchema,
  pullResponseSchema,
  pushResponseSchema,
  SYNC_PROTOCOL_VERSION,
} from '../core/protocol/sync';
import type { Result } from '../core/result';
import { fail, ok } from '../core/result';
import type { SyncFailure } from './status';
import type { EncodedBody, Transport } from './transport';
import { unreadableDetail } from './unreadable';

// The sync requests (wire examples in src/core/protocol/sync.ts) and how each answer
// becomes a value: a parsed body, or a named failure. Nothing the register sends is trusted
// before its schema has read it.

/** A satellite link moves 1,000 records in seconds; a minute means the link is gone. */
export const SYNC_TIMEOUT_MS = 60_000;

export type SyncCredentials = {
  readonly tabletId: string;
  readonly token: string;
  /** Read before each request and sent with it (issue #12); a failed read sends none. */
  readonly backlog?: () => Promise<SyncBacklog>;
};

function refusal(status: number, body: unknown): { reason: SyncFailure; detail: string } {
  const { code, detail } = refusalOf(status, body);
  if (status === 401) {
    return {
      reason: code === 'tablet-withdrawn' ? 'tablet-withdrawn' : 'tablet-not-recognised',
      detail,
    };
  }
  if (code === 'protocol-mismatch') {
    const protocol = protocolMismatchSchema.safeParse((body as { protocol?: unknown }).protocol);
    return { reason: protocol.success ? protocol.data.reason : 'register-too-old', detail };
  }
  return { reason: 'register-error', detail };
}

/** A request's body, built (the backlog read) and encoded ahead of sending it. */
export type PreparedBody = {
  readonly body: Record<string, unknown>;
  readonly encoded: EncodedBody;
};

async function prepare(
  credentials: SyncCredentials,
  body: Record<string, unknown>,
  lined?: string,
): Promise<PreparedBody> {
  // Only a report for the admins' warnings: it must never stop the records themselves.
  const backlog = await credentials.backlog?.().catch(() => undefined);
  const full = {
    protocolVersion: SYNC_PROTOCOL_VERSION,
    tabletId: credentials.tabletId,
    ...body,
    ...(backlog === undefined ? {} : { backlog }),
  };
  // Imported when first used, as the transport itself is (src/ui/registerTransport.ts): the
  // module and its gzip fallback stay a chunk of their own, out of the engine's.
  const { encodeBody } = await import('./transport');
  return { body: full, encoded: await encodeBody(full, true, lined) };
}

async function call<S extends z.ZodType>(
  transport: Transport,
  credentials: SyncCredentials,
  path: string,
  prepared: PreparedBody,
  schema: S,
): Promise<Result<z.output<S>, SyncFailure>> {
  const sent = await transport({
    method: 'POST',
    path,
    token: credentials.token,
    body: prepared.body,
    encoded: prepared.encoded,
    timeoutMs: SYNC_TIMEOUT_MS,
    gzip: true,
  });
  if (!sent.ok) return sent;
  const { status, body: answer } = sent.value;
  if (status !== 200) {
    const { reason, detail } = refusal(status, answer);
    return fail(reason, detail);
  }
  const parsed = schema.safeParse(answer);
  return parsed.success
    ? ok(parsed.data)
    : fail('unreadable-response', unreadableDetail(parsed.error));
}

/**
 * A push's body, ready to send: built and gzipped while the batch before it is still out
 * (syncRun.ts). `after` is that batch's last op, when this one may leave before its answers
 * are in (core/protocol/sync.ts, "Pushes in a row").
 */
export function preparePush(
  credentials: SyncCredentials,
  ops: readonly PushOp[],
  after?: string,
): Promise<PreparedBody> {
  // An op a line, in pieces: no text of the whole batch (core/protocol/linedJson.ts).
  return prepare(credentials, after === undefined ? { ops } : { ops, after }, 'ops');
}

export function sendPush(
  transport: Transport,
  credentials: SyncCredentials,
  prepared: PreparedBody,
): Promise<Result<PushResponse, SyncFailure>> {
  return call(transport, credentials, '/api/sync/push', prepared, pushResponseSchema);
}

/** One push, built and sent at once (the benchmarks' load generators). */
export async function pushOps(
  transport: Transport,
  credentials: SyncCredentials,
  ops: readonly PushOp[],
): Promise<Result<PushResponse, SyncFailure>> {
  return sendPush(transport, credentials, await preparePush(credentials, ops));
}

export async function pullPage(
  transport: Transport,
  credentials: SyncCredentials,
  page: { readonly cursor: number; readonly limit: number },
): Promise<Result<PullResponse, SyncFailure>> {
  const prepared = await prepare(credentials, page);
  return call(transport, credentials, '/api/sync/pull', prepared, pullResponseSchema);
}

/** Discarded certificates whose cards the register is to void (core/protocol/cardVoid.ts). */
export async function voidCards(
  transport: Transport,
  credentials: SyncCredentials,
  certificates: readonly unknown[],
): Promise<Result<CardVoidResponse, SyncFailure>> {
  const prepared = await prepare(credentials, { certificates });
  return call(transport, credentials, '/api/sync/card-voids', prepared, cardVoidResponseSchema);
}
