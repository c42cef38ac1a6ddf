import type { FastifyInstance } from 'fastify';
import type { RegisterContext } from '../context';
import { backfillAtStart } from './backfillAtStart';
import { connectorFor } from './connectorFor';
import { describeConnector } from './transferConfig';
import type { TransferWorker } from './transferWorker';
import { startTransferWorker } from './transferWorker';

// Runs the transfer worker inside the register process while FEDERAL_TRANSFER=on: started
// when the app is ready, stopped (its send in flight aborted) when it closes. What is wrong
// with the connector is said at start, in the log, and by `transfer status`:
//   misconfigured  an error, and no worker: items stay queued until the setting is fixed
//   unhealthy      a warning (folder not writable, receiver unreachable); the worker runs and
//                  its items fail and are retried, so they go as soon as it is put right

export function installTransferWorker(app: FastifyInstance, context: RegisterContext): void {
  const { config } = context;
  if (!config.federalTransfer) return;
  let worker: TransferWorker | undefined;
  app.addHook('onReady', async () => {
    await backfillAtStart(context.db, context.now(), app.log);
    const chosen = connectorFor(config.transfer);
    if (!chosen.ok) {
      app.log.error(
        { problem: chosen.problem },
        'federal transfer is on but its connector is misconfigured; certificates stay queued',
      );
      return;
    }
    const health = await chosen.connector.check();
    if (health.ok) {
      app.log.info(
        { connector: describeConnector(config.transfer.connector) },
        'federal transfer on',
      );
    } else {
      app.log.warn(
        { connector: chosen.connector.description, problem: health.problem },
        'federal transfer connector is not healthy; transfers will fail and be retried',
      );
    }
    worker = startTransferWorker({
      db: context.db,
      connector: chosen.connector,
      now: context.now,
      log: app.log,
      issuerUrl: config.issuerUrl,
      timeoutMs: config.transfer.timeoutMs,
      intervalMs: config.transfer.intervalMs,
    });
  });
  app.addHook('onClose', async () => {
    await worker?.stop();
  });
}
