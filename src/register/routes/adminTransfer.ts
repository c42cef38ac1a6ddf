import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { idSchema } from '../../core/ids';
import type { AdminTransfer, AdminTransferItem } from '../../core/protocol/adminTransfer';
import { TRANSFER_PAGE_SIZE, transferPageQuerySchema } from '../../core/protocol/adminTransfer';
import { requireAdmin } from '../auth/adminScope';
import type { RegisterConfig } from '../config';
import type { RegisterContext } from '../context';
import type { RegisterDb } from '../db/connect';
import { replyError } from '../http/apiError';
import { connectorFor } from '../transfer/connectorFor';
import { describeConnector } from '../transfer/transferConfig';
import { transferItemRowSchema } from '../transfer/transferItem';
import { countByState, retryItems } from '../transfer/transferQueue';

// The transfer queue for the regional administrator (wire shapes and example in
// src/core/protocol/adminTransfer.ts): counts, the items failures first, and the connector's
// health — the same check the worker makes at start (transfer/transferLifecycle.ts) and
// `transfer status` prints, made again when asked, so a folder that became unwritable or a
// receiver that went away shows here, not only in the start-up log. Retrying is the CLI's
// `transfer retry` (transferQueue.retryItems): failed and rejected items become due now.

/** A health check answers within this even when the configured send timeout is longer. */
const HEALTH_TIMEOUT_MS = 5_000;

export async function connectorHealth(config: RegisterConfig): Promise<AdminTransfer['connector']> {
  const description = describeConnector(config.transfer.connector);
  if (!config.federalTransfer) return { description, health: 'off', problem: null };
  const chosen = connectorFor({
    ...config.transfer,
    timeoutMs: Math.min(config.transfer.timeoutMs, HEALTH_TIMEOUT_MS),
  });
  if (!chosen.ok) return { description, health: 'misconfigured', problem: chosen.problem };
  const health = await chosen.connector.check();
  return health.ok
    ? { description: chosen.connector.description, health: 'healthy', problem: null }
    : { description: chosen.connector.description, health: 'unhealthy', problem: health.problem };
}

/** failed, rejected, then on their way (queued, sent), then accepted. */
const STATE_RANK = sql<number>`case transfer_item.state when 'failed' then 0 when 'rejected' then 1 when 'accepted' then 3 else 2 end`;
/** Accepted items newest first; the others (null here) by when they were queued. */
const ACCEPTED_AT = sql<string>`case when transfer_item.state = 'accepted' then transfer_item.settled_at end`;

export async function transferPage(
  db: RegisterDb,
  page: number,
  pageSize = TRANSFER_PAGE_SIZE,
): Promise<AdminTransferItem[]> {
  const rows = await db.kysely
    .selectFrom('transfer_item')
    .innerJoin('clinic', 'clinic.id', 'transfer_item.clinic_id')
    .selectAll('transfer_item')
    .select('clinic.code as clinic_code')
    .orderBy(STATE_RANK)
    .orderBy(ACCEPTED_AT, 'desc')
    .orderBy('transfer_item.queued_at')
    .orderBy('transfer_item.certificate_id')
    .orderBy('transfer_item.event')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return rows.map(({ clinic_code, ...raw }) => {
    const row = transferItemRowSchema.parse(raw);
    return {
      certificateId: row.certificate_id,
      event: row.event,
      certificateNumber: row.certificate_number,
      clinic: { id: row.clinic_id, code: clinic_code },
      state: row.state,
      attempts: row.attempts,
      lastError: row.last_error,
      nextAttemptAt: row.next_attempt_at,
      externalId: row.external_id,
      queuedAt: row.queued_at,
      settledAt: row.settled_at,
    };
  });
}

const certificateIdSchema = idSchema();

export function registerAdminTransferRoutes(app: FastifyInstance, context: RegisterContext): void {
  app.get('/api/admin/transfer', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context, 'region-only');
    if (caller === null) return reply;
    const query = transferPageQuerySchema.safeParse(request.query);
    if (!query.success) return replyError(reply, 'bad-request', { detail: 'page: 1, 2, …' });
    const { page } = query.data;
    const [counts, items, connector] = await Promise.all([
      countByState(context.db),
      transferPage(context.db, page),
      connectorHealth(context.config),
    ]);
    const answer: AdminTransfer = {
      federalTransfer: context.config.federalTransfer,
      connector,
      counts,
      page,
      pageSize: TRANSFER_PAGE_SIZE,
      total: Object.values(counts).reduce((sum, count) => sum + count, 0),
      items,
    };
    return reply.header('Cache-Control', 'no-store').send(answer);
  });

  app.post('/api/admin/transfer/retry-failed', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context, 'region-only');
    if (caller === null) return reply;
    const retried = await retryItems(context.db, { allFailed: true }, context.now());
    request.log.info({ retried, staffId: caller.staff.staffId }, 'transfer: failed items retried');
    return reply.header('Cache-Control', 'no-store').send({ retried });
  });

  app.post<{ Params: { id: string } }>('/api/admin/transfer/:id/retry', async (request, reply) => {
    const caller = await requireAdmin(request, reply, context, 'region-only');
    if (caller === null) return reply;
    const id = certificateIdSchema.safeParse(request.params.id);
    if (!id.success) return replyError(reply, 'not-found');
    // The queue is keyed by certificate; retrying goes by its number, as the CLI does.
    const item = await context.db.kysely
      .selectFrom('transfer_item')
      .select('certificate_number')
      .where('certificate_id', '=', id.data)
      .executeTakeFirst();
    if (item === undefined) return replyError(reply, 'not-found');
    const retried = await retryItems(
      context.db,
      { certificateNumber: item.certificate_number },
      context.now(),
    );
    request.log.info(
      { certificateId: id.data, retried, staffId: caller.staff.staffId },
      'transfer: certificate retried',
    );
    return reply.header('Cache-Control', 'no-store').send({ retried });
  });
}
