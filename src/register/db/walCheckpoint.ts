import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// SQLite's WAL checkpoints off the request path (issue #14). By default the connection that
// commits a write copies the log into the database file once the log passes 1,000 pages, and
// syncs both files, inside that commit: in the ingest benchmark (200 tablets, 100 records per
// push) one push in about twelve waited 30–50 ms for it, and every push queued behind it too.
// Here a worker thread holds a second connection to the same file and runs a PASSIVE
// checkpoint every CHECKPOINT_INTERVAL_MS, which never blocks the register's connection: it
// copies the frames already committed, syncing as before (synchronous = NORMAL, connect.ts),
// while pushes go on appending. Once it has copied everything, the next write starts the log
// over from its beginning, so the log stays the size of a few hundred milliseconds of writes.
//
//   register thread   BEGIN … COMMIT (appends frames)   BEGIN … COMMIT   …
//   checkpointer         PRAGMA wal_checkpoint(PASSIVE) every 200 ms, its fsyncs included
//
// The register's own connection keeps automatic checkpoints as a safety net only, at
// FALLBACK_AUTOCHECKPOINT_PAGES (should the worker die or fall behind, the log still cannot
// grow without bound). A failing checkpoint is logged and tried again at the next tick; it
// loses nothing, the frames stay in the log. Closing stops the worker first, so the
// register's connection is the last one and SQLite checkpoints and removes the log on close.

/** How often the worker checkpoints: the log holds about this much time of writes. */
export const CHECKPOINT_INTERVAL_MS = 200;

/** The register connection's own automatic checkpoint, a fallback (~80 MB of log in 8 KB pages). */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 10_000;

export type Checkpointer = {
  /** Stops the worker and closes its connection. */
  stop(): Promise<void>;
};

// Plain CommonJS run by the worker (`eval`), so it needs no TypeScript loader and no file
// of its own next to the built code. better-sqlite3 is resolved by the register and passed in.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('synchronous = NORMAL');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ type: 'failed', message: String(error && error.message) });
  }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export function startCheckpointer(file: string, onFailure: (error: Error) => void): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver, intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  // The register's lifetime decides the process's, not this worker.
  worker.unref();
  worker.on('message', (message: { type?: unknown; message?: unknown }) => {
    if (message.type === 'failed') {
      onFailure(new Error(`WAL checkpoint failed: ${String(message.message)}`));
    }
  });
  worker.on('error', onFailure);
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      resolve();
    });
  });
  return {
    async stop() {
      // Held again while it stops: an unreferenced worker's exit would not keep a caller
      // awaiting it alive.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
