// The tablet ↔ register sync protocol (issue 5), version 1. Both sides parse every body with
// these schemas. Records travel whole (a full snapshot per op); the register merges.
//
// Push: the tablet sends its outbox in batches, one request per batch.
//
//   POST /api/sync/push   Authorization: Bearer <tablet token>   Content-Encoding: gzip (optional)
//   {"protocolVersion":1,"tabletId":"0193…a1",
//    "ops":[{"opId":"0193…01","kind":"person","baseVersion":0,"record":{"kind":"person",…}},
//           {"opId":"0193…02","kind":"person","baseVersion":3,"record":{…}}]}
//   200 {"protocolVersion":1,"answers":[
//        {"opId":"0193…01","status":"accepted","seq":4812,"version":1},
//        {"opId":"0193…02","status":"conflict","seq":4813,"version":5,"fields":["phone"],
//         "record":{…the register's record after merging…}},
//        {"opId":"0193…03","status":"rejected","reason":"role-may-not-write",
//         "message":{"ru":"…","en":"…"}}]}
//
// Rules the register keeps: one answer per op, in order; each op is applied in its own
// transaction and its answer stored with its opId, so a repeated opId gets the stored answer
// and changes nothing — but only when it comes from the same tablet with the same content
// (kind and record); an opId reused for anything else is refused as `op-id-reused` and the
// first op's answer is never given for it. A rejected op never blocks the ops after it.
// `accepted` carries `record` only when the register's record differs from the one sent (a
// merge took fields from another tablet); the tablet then adopts it.
//
// Pull: changes of the tablet's clinic after a cursor, oldest first, in pages.
//
//   POST /api/sync/pull   {"protocolVersion":1,"tabletId":"0193…a1","cursor":4700,"limit":1000}
//   200 {"protocolVersion":1,"changes":[{"seq":4701,"version":2,"record":{…}}],
//        "cursor":4812,"hasMore":false}
//
//   first start, a page of 1,000 out of 31,000:
//   200 {"protocolVersion":1,"changes":[…1000…],"cursor":1187,"hasMore":true,"remaining":30000}
//
// `remaining` (optional, added within version 1) is how many rows the further pages will
// bring as the register sees it now: the clinic's rows after the returned cursor up to the
// committed sequence, less the asking tablet's own. It only feeds the tablet's progress bar,
// so it may grow while a pull runs (others keep writing); `hasMore` still decides when to
// stop. A register that leaves it out is still version 1, and a tablet of before ignores it.
//
// The cursor is the register's sequence number, never a time: a tablet clock days off
// changes nothing. `cursor` in the answer is where the next pull starts; the tablet saves it
// in the same transaction as the rows. A record appears once per page at its latest version.
// Records whose latest version this tablet wrote are left out (its push answers already told
// it); a wiped tablet is enrolled again under a new id and so pulls everything from 0.
//
// A tablet that kept its identity but lost its records (an old backup of the device put
// back) asks from cursor 0 although it has pulled before and the register holds records it
// wrote. The register then opens a restore: the pages up to the sequence committed at that
// moment bring its own records too, and each of them says so (added within version 1; a
// tablet of before ignores it, and applying a record it already holds changes nothing):
//
//   200 {"protocolVersion":1,"changes":[…],"cursor":4812,"hasMore":false,"restoring":true}
//
// Backlog (optional on push and pull, added within version 1, issue #12): at each contact the
// tablet says how many of its records the register has not accepted yet (ops still queued,
// in flight or refused) and how long ago, by the tablet's own clock, the oldest of them was
// written. An age, not a time: a tablet clock set days off still reports the right age, and
// the register turns it into a time by its own clock. No records, no age. A tablet of before
// sends nothing and a register of before drops the field (zod strips unknown keys):
//
//   POST /api/sync/push {"protocolVersion":1,"tabletId":"0193…a1","ops":[…],
//                        "backlog":{"records":3,"oldestAgeSeconds":93600}}
//   POST /api/sync/pull {"protocolVersion":1,"tabletId":"0193…a1","cursor":4812,"limit":1000,
//                        "backlog":{"records":0}}
//
// Pushes in a row (optional, added within version 1, issue #14): a tablet may send its next
// batch before the one before it is answered, naming that batch's last op as `after`. The
// register then applies the push only once that op of this tablet has its answer stored,
// so batches are applied in the order the tablet queued them, as when it waited for each
// answer; on a 600 ms satellite link the round trips overlap instead of adding up. A
// register that does so says `inOrder` in its push answers, and a tablet sends ahead only
// after such an answer: a register of before drops `after` (zod strips unknown keys) and
// could apply the batches out of order. If the named op gets no answer — its request failed,
// or it never reached the register (≈ 3 s) — the push is refused as a whole, nothing of it
// applied, and the tablet sends both again (their op ids make that safe):
//
//   POST /api/sync/push {"protocolVersion":1,"tabletId":"0193…a1","ops":[…],
//                        "after":"0193…e8"}
//   200 {"protocolVersion":1,"answers":[…],"inOrder":true}
//   409 {"error":{"code":"push-out-of-order","message":"…","messageRu":"…"}}
//
// Refusal of the whole request (any route), e.g. a protocol mismatch:
//
//   409 {"error":{"code":"protocol-mismatch","message":"…","messageRu":"…"},
//        "protocol":{"register":1,"tablet":2,"reason":"register-too-old"}}
import { z } from 'zod';
import type { OpId, TabletId } from '../ids';
import { idSchema } from '../ids';
import { builtOnce } from '../records/base';
import { isRecordKind } from '../records/recordKinds';
import type { RecordKind } from '../records/recordKinds';

export type { OpRejectReason } from './opRejectReasons';
export { isOpRejectReason, OP_REJECT_MESSAGES, OP_REJECT_REASONS } from './opRejectReasons';
export type { ProtocolMismatchReason } from './protocolMismatch';
export { mismatchReason, PROTOCOL_MISMATCH_MESSAGES } from './protocolMismatch';

/** Bumped on any change a tablet of the previous version would misread. */
export const SYNC_PROTOCOL_VERSION = 1;

/** The most ops one push may carry, and the most changes one pull page returns. */
export const MAX_PUSH_OPS = 1000;
export const MAX_PULL_LIMIT = 1000;

// Every schema here is built at its first parse (z.lazy), not when the module loads: the
// desk's chunks load it for the refusals' words, and building the protocol's schemas there
// slowed the desk's cold start (issue #14; core/records/base.ts). A schema that holds another
// is built from the other's builder (`…Object()`), so that no z.lazy sits inside another
// (base.ts, "Lazies two deep at most").

/**
 * One op. `record` is deliberately unchecked here: the register validates each op's record
 * on its own and rejects only that op, so one bad record cannot fail the whole batch (the
 * "stuck forever after one bad record" failure of other sync systems).
 */
const pushOpObject = builtOnce(() =>
  z.object({
    opId: idSchema<OpId>(),
    kind: z.custom<RecordKind>(isRecordKind, 'unknown-record-kind'),
    baseVersion: z.number().int().nonnegative(),
    record: z.unknown(),
  }),
);
export const pushOpSchema = z.lazy(pushOpObject);
export type PushOp = z.infer<typeof pushOpSchema>;

/** What the tablet still holds for the register when it sends a request (see the header). */
const syncBacklogObject = builtOnce(() =>
  z.object({
    records: z.number().int().nonnegative(),
    oldestAgeSeconds: z.number().int().nonnegative().optional(),
  }),
);
export const syncBacklogSchema = z.lazy(syncBacklogObject);
export type SyncBacklog = z.infer<typeof syncBacklogSchema>;

export const pushRequestSchema = z.lazy(() =>
  z.object({
    protocolVersion: z.literal(SYNC_PROTOCOL_VERSION),
    tabletId: idSchema<TabletId>(),
    ops: z.array(pushOpObject()).max(MAX_PUSH_OPS),
    /** The last op of the batch sent before this one, still unanswered when this left. */
    after: z.optional(idSchema<OpId>()),
    backlog: syncBacklogObject().optional(),
  }),
);
export type PushRequest = z.infer<typeof pushRequestSchema>;

const bilingualObject = builtOnce(() => z.object({ ru: z.string(), en: z.string() }));
export const bilingualSchema = z.lazy(bilingualObject);

const acceptedAnswerObject = builtOnce(() =>
  z.object({
    opId: idSchema<OpId>(),
    status: z.literal('accepted'),
    seq: z.number().int().nonnegative(),
    version: z.number().int().positive(),
    record: z.unknown().optional(),
  }),
);
export const acceptedAnswerSchema = z.lazy(acceptedAnswerObject);

/**
 * The register kept its own value of `fields` (a final record written differently twice, or
 * a field both sides changed since `baseVersion`). `record` is the register's record now,
 * with every field that did not clash merged in; the tablet keeps its own values to show.
 */
const conflictAnswerObject = builtOnce(() =>
  z.object({
    opId: idSchema<OpId>(),
    status: z.literal('conflict'),
    seq: z.number().int().nonnegative(),
    version: z.number().int().positive(),
    fields: z.array(z.string()),
    record: z.unknown(),
  }),
);
export const conflictAnswerSchema = z.lazy(conflictAnswerObject);

/**
 * A refusal's code: one of OP_REJECT_REASONS from a register of this release, but any code
 * from a newer one — a tablet that cannot parse a reason it does not know would leave the
 * whole push unanswered until it is updated. An unknown code is kept and shown with the
 * register's own words (`message`) or, failing those, the code itself (sync/status.ts).
 */
const rejectReasonCodeObject = builtOnce(() => z.string().regex(/^[a-z][a-z0-9-]{0,63}$/));
export const rejectReasonCodeSchema = z.lazy(rejectReasonCodeObject);

const rejectedAnswerObject = builtOnce(() =>
  z.object({
    opId: idSchema<OpId>(),
    status: z.literal('rejected'),
    reason: rejectReasonCodeObject(),
    message: bilingualObject(),
    detail: z.string().optional(),
  }),
);
export const rejectedAnswerSchema = z.lazy(rejectedAnswerObject);

const opAnswerUnion = builtOnce(() =>
  z.discriminatedUnion('status', [
    acceptedAnswerObject(),
    conflictAnswerObject(),
    rejectedAnswerObject(),
  ]),
);
export const opAnswerSchema = z.lazy(opAnswerUnion);
export type OpAnswer = z.infer<typeof opAnswerSchema>;
export type AcceptedAnswer = z.infer<typeof acceptedAnswerSchema>;
export type ConflictAnswer = z.infer<typeof conflictAnswerSchema>;
export type RejectedAnswer = z.infer<typeof rejectedAnswerSchema>;

export const pushResponseSchema = z.lazy(() =>
  z.object({
    protocolVersion: z.literal(SYNC_PROTOCOL_VERSION),
    answers: z.array(opAnswerUnion()),
    /** This register applies a push naming `after` only once that op is answered. */
    inOrder: z.boolean().optional(),
  }),
);
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.lazy(() =>
  z.object({
    protocolVersion: z.literal(SYNC_PROTOCOL_VERSION),
    tabletId: idSchema<TabletId>(),
    cursor: z.number().int().nonnegative(),
    limit: z.number().int().positive().max(MAX_PULL_LIMIT),
    backlog: syncBacklogObject().optional(),
  }),
);
export type PullRequest = z.infer<typeof pullRequestSchema>;

const pulledChangeObject = builtOnce(() =>
  z.object({
    seq: z.number().int().positive(),
    version: z.number().int().positive(),
    record: z.unknown(),
  }),
);
export const pulledChangeSchema = z.lazy(pulledChangeObject);
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export const pullResponseSchema = z.lazy(() =>
  z.object({
    protocolVersion: z.literal(SYNC_PROTOCOL_VERSION),
    changes: z.array(pulledChangeObject()),
    cursor: z.number().int().nonnegative(),
    hasMore: z.boolean(),
    remaining: z.number().int().nonnegative().optional(),
    restoring: z.literal(true).optional(),
  }),
);
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** Read before the full schema, so a mismatch is named instead of failing validation. */
export const protocolProbeSchema = z.lazy(() => z.object({ protocolVersion: z.number().int() }));

export const protocolMismatchSchema = z.lazy(() =>
  z.object({
    register: z.number().int(),
    tablet: z.number().int(),
    reason: z.enum(['tablet-too-old', 'register-too-old']),
  }),
);
export type ProtocolMismatch = z.infer<typeof protocolMismatchSchema>;
