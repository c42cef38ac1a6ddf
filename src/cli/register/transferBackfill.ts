import { backfillTransfer } from '../../register/transfer/backfillTransfer';
import { clinicIdByCode } from './clinicByCode';
import type { CommandContext } from './command';
import { EXIT_OK, parseOptions } from './command';

// npm run register -- transfer backfill [--clinic CODE]
//   {"transfer":{"backfilled":37}}
//
// Queues every certificate issued, corrected or revoked that is not in the transfer queue yet
// — those of the time FEDERAL_TRANSFER was off — of one clinic or of all. Idempotent: run
// again, it prints 0. The register does the same by itself at start while the transfer is on
// (src/register/transfer/backfillAtStart.ts); this is for doing it now, or for one clinic.

const BACKFILL_OPTIONS = { clinic: { type: 'string' } } as const;

export async function runTransferBackfill(
  argv: readonly string[],
  context: CommandContext,
): Promise<number> {
  const values = parseOptions(argv, BACKFILL_OPTIONS);
  const code = values.clinic?.trim();
  const { db, config } = await context.open();
  const clinicId = code === undefined || code === '' ? undefined : await clinicIdByCode(db, code);
  const backfilled = await backfillTransfer(
    db,
    context.now(),
    clinicId === undefined ? {} : { clinicId },
  );
  if (!config.federalTransfer) {
    context.io.err(
      'register transfer: FEDERAL_TRANSFER is not on: the queued items wait until it is ' +
        '(FEDERAL_TRANSFER не включена: поставленное в очередь ждёт её включения)\n',
    );
  }
  context.io.out(`${JSON.stringify({ transfer: { backfilled } })}\n`);
  return EXIT_OK;
}
