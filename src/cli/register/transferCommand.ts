import type { RegisterConfig } from '../../register/config';
import type { RegisterDb } from '../../register/db/connect';
import { connectorFor } from '../../register/transfer/connectorFor';
import { describeConnector } from '../../register/transfer/transferConfig';
import { TRANSFER_STATES } from '../../register/transfer/transferItem';
import type { RetrySelection } from '../../register/transfer/transferQueue';
import { countByState, listProblems, retryItems } from '../../register/transfer/transferQueue';
import type { CommandContext, RegisterCommand } from './command';
import { runTransferBackfill } from './transferBackfill';
import { EXIT_OK, parseOptions, RefusedError, UsageError } from './command';

// npm run register -- transfer status
//   connector: file drop into /srv/serodesk/data/transfer (healthy)
//   queued 2
//   sent 0
//   accepted 41
//   rejected 1
//   failed 1
//   rejected KAM01-T03-2026-000017 issued, attempt 1: HTTP 422: СНИЛС не найден
//   failed KAM01-T03-2026-000018 revoked, attempt 3, next 2026-12-01T10:04:00.000Z: HTTP 503: …
//
// One line per state with its count (scripts read these), after the connector and its
// health as this command, with the register's environment, finds it; then the items that
// need attention, rejected first. `transfer retry` makes failed and rejected items due now:
//   npm run register -- transfer retry --certificate KAM01-T03-2026-000017
//   npm run register -- transfer retry --failed            every failed and rejected item
//   {"transfer":{"retried":1}}
// `transfer backfill [--clinic CODE]` queues what was issued while the transfer was off
// (transferBackfill.ts).

const STATUS_OPTIONS = {} as const;
const RETRY_OPTIONS = { certificate: { type: 'string' }, failed: { type: 'boolean' } } as const;

/** Problem items listed after the counts; the rest are in the queue table. */
const PROBLEMS_LISTED = 20;

async function connectorLine(config: RegisterConfig): Promise<string> {
  if (!config.federalTransfer) {
    return 'connector: off (FEDERAL_TRANSFER is not on: nothing is queued or sent)';
  }
  const chosen = connectorFor(config.transfer);
  if (!chosen.ok) {
    return `connector: ${describeConnector(config.transfer.connector)} (nothing is sent until it is fixed)`;
  }
  const health = await chosen.connector.check();
  return `connector: ${chosen.connector.description} (${health.ok ? 'healthy' : `NOT HEALTHY: ${health.problem}`})`;
}

async function printStatus(db: RegisterDb, context: CommandContext): Promise<void> {
  const { io } = context;
  io.out(`${await connectorLine(context.config())}\n`);
  const counts = await countByState(db);
  for (const state of TRANSFER_STATES) io.out(`${state} ${counts[state]}\n`);
  for (const item of await listProblems(db, PROBLEMS_LISTED)) {
    const next = item.state === 'failed' ? `, next ${item.next_attempt_at}` : '';
    io.out(
      `${item.state} ${item.certificate_number} ${item.event}, attempt ${item.attempts}${next}: ${item.last_error ?? ''}\n`,
    );
  }
}

function retrySelection(argv: readonly string[]): RetrySelection {
  const values = parseOptions(argv, RETRY_OPTIONS);
  const number = values.certificate?.trim();
  if (number !== undefined && values.failed === true) {
    throw new UsageError('give --certificate NUMBER or --failed, not both');
  }
  if (number !== undefined && number !== '') return { certificateNumber: number };
  if (values.failed === true) return { allFailed: true };
  throw new UsageError('give --certificate NUMBER or --failed');
}

export const transferCommand: RegisterCommand = {
  name: 'transfer',
  summary: 'the transfer to the federal register: status counts, retry failed items, backfill',
  usage:
    'transfer status | transfer retry --certificate NUMBER | transfer retry --failed | transfer backfill [--clinic CODE]',
  details: [
    'status: the connector and its health, then one line per state with its count',
    '        (queued, sent, accepted, rejected, failed), then the rejected and failed items.',
    'retry:  makes the certificate’s failed or rejected items, or all of them (--failed),',
    '        due now; the running register sends them at its next look at the queue.',
    'backfill: queues the certificates issued, corrected or revoked with no queue entry',
    '        (from while FEDERAL_TRANSFER was off), of one clinic or all; prints the count.',
  ],
  async run(argv, context) {
    const [action, ...rest] = argv;
    if (action === 'status') {
      parseOptions(rest, STATUS_OPTIONS);
      const { db } = await context.open();
      await printStatus(db, context);
      return EXIT_OK;
    }
    if (action === 'retry') {
      const selection = retrySelection(rest);
      const { db } = await context.open();
      const retried = await retryItems(db, selection, context.now());
      if (retried === 0 && 'certificateNumber' in selection) {
        const known = await db.kysely
          .selectFrom('transfer_item')
          .select('state')
          .where('certificate_number', '=', selection.certificateNumber)
          .executeTakeFirst();
        if (known === undefined) {
          throw new RefusedError({
            en: `certificate ${selection.certificateNumber} is not in the transfer queue`,
            ru: `справки ${selection.certificateNumber} нет в очереди передачи`,
          });
        }
      }
      context.io.out(`${JSON.stringify({ transfer: { retried } })}\n`);
      return EXIT_OK;
    }
    if (action === 'backfill') return runTransferBackfill(rest, context);
    throw new UsageError(
      action === undefined ? 'give status, retry or backfill' : `unknown transfer action ${action}`,
    );
  },
};
