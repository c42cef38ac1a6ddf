import { z } from 'zod';
import { TRANSFER_EVENTS, TRANSFER_STATES } from './transferState';

// The transfer queue to the federal register as the regional administrator sees it (issue
// #12 item 4), region-only:
//
//   GET /api/admin/transfer?page=1   Bearer <staff token: regional>
//   200 {"federalTransfer":true,
//        "connector":{"description":"HTTP POST to https://gw.example/fhir","health":"unhealthy",
//                     "problem":"no answer within 10000 ms"},
//        "counts":{"queued":2,"sent":0,"accepted":41,"rejected":1,"failed":1},
//        "page":1,"pageSize":50,"total":45,
//        "items":[{"certificateId":"0193…c1","event":"issued","certificateNumber":"KAM01-T03-2026-000017",
//                  "clinic":{"id":"0193…","code":"KAM01"},"state":"failed","attempts":3,
//                  "lastError":"HTTP 503: …","nextAttemptAt":"2026-12-01T10:04:00.000Z",
//                  "externalId":null,"queuedAt":"…","settledAt":null}]}
//   POST /api/admin/transfer/0193…c1/retry   → 200 {"retried":1}  (its failed/rejected items)
//   POST /api/admin/transfer/retry-failed    → 200 {"retried":7}  (every failed/rejected item)
//   404 not-found (the certificate has no queue entry) · 401 · 403
//
// Items come failures first: failed, rejected, then queued and sent, then accepted newest
// first. `connector.health`: "off" (FEDERAL_TRANSFER not on), "misconfigured" (nothing is sent
// until the setting is fixed), "unhealthy" (folder not writable, receiver unreachable: items
// fail and are retried), "healthy" — checked when asked, as the worker checks it at start.

export const CONNECTOR_HEALTHS = ['off', 'misconfigured', 'unhealthy', 'healthy'] as const;
export type ConnectorHealthName = (typeof CONNECTOR_HEALTHS)[number];

export const TRANSFER_PAGE_SIZE = 50;

export const adminTransferItemSchema = z.object({
  certificateId: z.string(),
  event: z.enum(TRANSFER_EVENTS),
  certificateNumber: z.string(),
  clinic: z.object({ id: z.string(), code: z.string() }),
  state: z.enum(TRANSFER_STATES),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string(),
  externalId: z.string().nullable(),
  queuedAt: z.string(),
  settledAt: z.string().nullable(),
});
export type AdminTransferItem = z.infer<typeof adminTransferItemSchema>;

export const adminTransferSchema = z.object({
  federalTransfer: z.boolean(),
  connector: z.object({
    description: z.string(),
    health: z.enum(CONNECTOR_HEALTHS),
    problem: z.string().nullable(),
  }),
  counts: z.object({
    queued: z.number().int().nonnegative(),
    sent: z.number().int().nonnegative(),
    accepted: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
  }),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  total: z.number().int().nonnegative(),
  items: z.array(adminTransferItemSchema),
});
export type AdminTransfer = z.infer<typeof adminTransferSchema>;

export const transferRetriedSchema = z.object({ retried: z.number().int().nonnegative() });

export const transferPageQuerySchema = z.object({
  page: z.coerce.number().int().positive().max(100_000).default(1),
});
