import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { CardVoidResponse } from '../../core/protocol/cardVoid';
import { cardVoidRequestSchema } from '../../core/protocol/cardVoid';
import type { StaffRole } from '../../core/protocol/session';
import { builtOnce } from '../../core/records/base';
import { staffRoleSchema } from '../../core/protocol/session';
import type {
  OpAnswer,
  ProtocolMismatchReason,
  PushRequest,
  PushResponse,
} from '../../core/protocol/sync';
import {
  mismatchReason,
  protocolProbeSchema,
  pullRequestSchema,
  pushRequestSchema,
  SYNC_PROTOCOL_VERSION,
} from '../../core/protocol/sync';
import type { AuthenticatedTablet } from '../auth/tabletAuth';
import { authenticateTablet, touchTablet } from '../auth/tabletAuth';
import type { RegisterContext } from '../context';
import type { ApiErrorBody } from '../http/apiError';
import { apiRefusal, replyError } from '../http/apiError';
import { describeIssues, parseBody } from '../http/parseBody';
import type { PushingTablet } from '../sync/applyOp';
import { installSyncCompression } from '../sync/compression';
import { installSyncJsonParser } from '../sync/syncJsonBody';
import { pullAnswerBytes } from '../sync/pullAnswer';
import { readPullPage } from '../sync/pullPage';
import { hasAnswer } from '../sync/answerStore';
import { answerPush } from '../sync/pushOps';
import { PUSH_ORDER_WAIT_MS, pushOrder } from '../sync/pushOrder';
import { openRestoreWindow } from '../sync/restoreWindow';
import { noteSyncContact } from '../sync/syncContact';
import { voidDiscardedCards } from '../sync/voidDiscardedCards';

// The sync routes (protocol and wire examples in src/core/protocol/sync.ts):
//
//   POST /api/sync/push  Bearer <tablet token>  {"protocolVersion":1,"tabletId":"…","ops":[…]}
//        200 {"protocolVersion":1,"answers":[…],"inOrder":true}   one answer per op, in order
//        409 push-out-of-order: its "after" op has no answer (sync/pushOrder.ts)
//   POST /api/sync/pull  Bearer <tablet token>  {"protocolVersion":1,"tabletId":"…","cursor":0,"limit":1000}
//        200 {"protocolVersion":1,"changes":[…],"cursor":4812,"hasMore":false}
//   POST /api/sync/card-voids  Bearer <tablet token>  {"protocolVersion":1,"tabletId":"…","certificates":[…]}
//        200 {"protocolVersion":1,"answers":[{"certificateId":"…","outcome":"voided"}]}
//        (src/core/protocol/cardVoid.ts: the cards of certificates discarded on the tablet)
//   401 unauthenticated · 401 tablet-withdrawn · 403 forbidden (tabletId is not the token's)
//   409 protocol-mismatch {"error":{…},"protocol":{"register":1,"tablet":2,"reason":"register-too-old"}}
//
// A push's ops are applied in one transaction, a savepoint per op (sync/pushOps.ts); if the
// register fails half-way the request fails and nothing of it is kept, so the tablet's retry
// applies every op once.

/**
 * The push body's schema compiled by zod at the first push, as the records are
 * (sync/recordCheck.ts says why): a body of 1,000 ops is checked with one generated function.
 */
const compiledPushRequest = builtOnce(() => z.compile(pushRequestSchema.unwrap()));

/** Push bodies are inflated JSON of up to 1,000 whole records (signed cards included). */
export const SYNC_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

type Checked<S extends z.ZodType> = { tablet: AuthenticatedTablet; body: z.output<S> };

/**
 * Token, protocol version, body schema and tablet id, in that order; null once replied. The
 * tablet's `last_seen_at` is left to the route's one write about the request (syncContact.ts),
 * or written here when the request is refused.
 */
async function admit<S extends z.ZodType>(
  request: FastifyRequest,
  reply: FastifyReply,
  context: RegisterContext,
  schema: S,
): Promise<Checked<S> | null> {
  const auth = await authenticateTablet(request, context, { touch: false });
  if (!auth.ok) {
    replyError(reply, auth.reason);
    return null;
  }
  const checked = checkRequest(request, schema, auth.tablet);
  if ('status' in checked) {
    // Noted before the answer leaves, so a tablet that reads its row after it sees the note.
    await touchTablet(context, auth.tablet.id);
    reply.code(checked.status).send(checked.body);
    return null;
  }
  return checked;
}

/** A refusal not yet sent (admit notes the tablet's visit first); a mismatch names both versions. */
type Refusal = {
  readonly status: number;
  readonly body: ApiErrorBody & {
    protocol?: { register: number; tablet: number; reason: ProtocolMismatchReason };
  };
};

function checkRequest<S extends z.ZodType>(
  request: FastifyRequest,
  schema: S,
  tablet: AuthenticatedTablet,
): Checked<S> | Refusal {
  const probe = protocolProbeSchema.safeParse(request.body);
  if (probe.success && probe.data.protocolVersion !== SYNC_PROTOCOL_VERSION) {
    const spoken = probe.data.protocolVersion;
    const protocol = {
      register: SYNC_PROTOCOL_VERSION,
      tablet: spoken,
      reason: mismatchReason(SYNC_PROTOCOL_VERSION, spoken),
    };
    const { status, body } = apiRefusal('protocol-mismatch');
    return { status, body: { ...body, protocol } };
  }
  const body = parseBody(schema, request.body);
  if (!body.ok) {
    return apiRefusal('invalid-body', { detail: describeIssues(body.issues), issues: body.issues });
  }
  const claimed = (body.value as { tabletId: string }).tabletId;
  if (claimed !== tablet.id) {
    return apiRefusal('forbidden', { detail: 'tabletId is not the tablet of this token.' });
  }
  return { tablet, body: body.value };
}

/** The request's work; when it fails, the tablet was still seen (then the failure goes on). */
async function seenEvenIfFailing<T>(
  context: RegisterContext,
  tabletId: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await touchTablet(context, tabletId).catch(() => undefined);
    throw error;
  }
}

async function clinicStaff(
  context: RegisterContext,
  clinicId: string,
): Promise<Map<string, StaffRole>> {
  const rows = await context.db.kysely
    .selectFrom('staff')
    .select(['id', 'role'])
    .where('clinic_id', '=', clinicId)
    .execute();
  return new Map(rows.map((row) => [row.id, staffRoleSchema.parse(row.role)]));
}

/** A push's answers (sync/pushOps.ts), with its note about the tablet in their transaction. */
async function answerTabletPush(
  context: RegisterContext,
  log: FastifyBaseLogger,
  tablet: AuthenticatedTablet,
  body: PushRequest,
): Promise<OpAnswer[]> {
  const pushing: PushingTablet = { id: tablet.id, clinicId: tablet.clinicId };
  const pushContext = {
    db: context.db,
    subtle: globalThis.crypto.subtle,
    now: context.now,
    log,
    federalTransfer: context.config.federalTransfer,
  };
  const staff = await clinicStaff(context, tablet.clinicId);
  return answerPush(pushContext, pushing, staff, body.ops, async (tx, given) => {
    const lastSeq = Math.max(0, ...given.map((a) => (a.status === 'rejected' ? 0 : a.seq)));
    const contact = { kind: 'push', lastSeq } as const;
    await noteSyncContact(tx, tablet.id, contact, body.backlog, context.now());
  });
}

export function registerSyncRoutes(app: FastifyInstance, context: RegisterContext): void {
  const order = pushOrder({
    waitMs: PUSH_ORDER_WAIT_MS,
    pollMs: 25,
    now: () => performance.now(),
    sleep: (ms) => sleep(ms),
  });
  // Encapsulated so the compression hooks apply to these routes only.
  void app.register((scope, _options, done) => {
    installSyncCompression(scope);
    installSyncJsonParser(scope);

    scope.post('/api/sync/push', { bodyLimit: SYNC_BODY_LIMIT_BYTES }, async (request, reply) => {
      const admitted = await admit(request, reply, context, compiledPushRequest());
      if (admitted === null) return reply;
      const { tablet, body } = admitted;
      const push = {
        tabletId: tablet.id,
        opIds: body.ops.map((op) => op.opId),
        after: body.after,
      };
      const answered = (opId: string) => hasAnswer(context.db.kysely, tablet.id, opId);
      const turn = await order.inTurn(push, answered, () =>
        seenEvenIfFailing(context, tablet.id, () =>
          answerTabletPush(context, request.log, tablet, body),
        ),
      );
      if (!turn.inTurn) {
        await touchTablet(context, tablet.id);
        request.log.info({ tabletId: tablet.id, after: body.after }, 'sync push out of order');
        return replyError(reply, 'push-out-of-order');
      }
      const answers = turn.value;
      const counts = { accepted: 0, conflict: 0, rejected: 0 };
      for (const answer of answers) counts[answer.status] += 1;
      request.log.info({ tabletId: tablet.id, ...counts }, 'sync push answered');
      const response: PushResponse = {
        protocolVersion: SYNC_PROTOCOL_VERSION,
        answers,
        inOrder: true,
      };
      return reply.header('Cache-Control', 'no-store').send(response);
    });

    scope.post('/api/sync/pull', async (request, reply) => {
      const admitted = await admit(request, reply, context, pullRequestSchema);
      if (admitted === null) return reply;
      const { tablet, body } = admitted;
      const page = await seenEvenIfFailing(context, tablet.id, async () => {
        const ownThrough = await openRestoreWindow(context.db, tablet, body.cursor);
        if (ownThrough !== null && body.cursor === 0) {
          request.log.info(
            { tabletId: tablet.id, ownThrough },
            'tablet came back empty: restoring',
          );
        }
        return readPullPage(context.db, {
          clinicId: tablet.clinicId,
          tabletId: tablet.id,
          cursor: body.cursor,
          limit: body.limit,
          ownThrough,
        });
      });
      const contact = { kind: 'pull', cursor: page.cursor } as const;
      await noteSyncContact(context.db.kysely, tablet.id, contact, body.backlog, context.now());
      return reply
        .header('Cache-Control', 'no-store')
        .type('application/json; charset=utf-8')
        .send(pullAnswerBytes(page));
    });

    scope.post('/api/sync/card-voids', async (request, reply) => {
      const admitted = await admit(request, reply, context, cardVoidRequestSchema);
      if (admitted === null) return reply;
      const { tablet, body } = admitted;
      const answers = await seenEvenIfFailing(context, tablet.id, () =>
        voidDiscardedCards(
          {
            db: context.db,
            subtle: globalThis.crypto.subtle,
            now: context.now,
            log: request.log,
          },
          { id: tablet.id, clinicId: tablet.clinicId },
          body.certificates,
        ),
      );
      await touchTablet(context, tablet.id);
      const response: CardVoidResponse = { protocolVersion: SYNC_PROTOCOL_VERSION, answers };
      return reply.header('Cache-Control', 'no-store').send(response);
    });

    done();
  });
}
