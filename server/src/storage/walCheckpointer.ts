/**
 * Checkpoints an SQLite database's write-ahead log from a thread of its own.
 *
 * By default SQLite checkpoints in the connection that commits: the transaction that takes
 * the log past 1000 pages also copies the log into the database and syncs it to disk
 * before it returns. better-sqlite3 runs in the event loop, so that is a time in which the
 * server answers nobody: 55–256 ms for writing a 4 MiB snapshot on a loaded machine, 1 ms
 * without the checkpoint (issue #22, docs/MEASUREMENTS.md). The store's connection turns
 * it off (`wal_autocheckpoint = 0`) and this checkpoints every {@link EVERY_MS} from
 * another connection in a worker thread, PASSIVE: it never waits for the store's writes
 * and never makes them wait. Closing the store's connection checkpoints what is left.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the log is checkpointed, ms. */
const EVERY_MS = 1000;

/** The worker thread's code: plain CommonJS, so it starts without a TypeScript loader. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {}
  parentPort.postMessage('done');
});
`;

export interface WalCheckpointer {
  /** Stops checkpointing and ends the thread. */
  close(): Promise<void>;
}

/**
 * Checkpoints `file` from a worker thread. `failed` is told when the thread cannot run:
 * the caller then lets its own connection checkpoint again.
 */
export function walCheckpointer(file: string, failed: (err: unknown) => void): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver } });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let busy = false;
  let stopped = false;
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  // A checkpoint that fails (a full disk) is tried again on the next tick.
  worker.on('message', () => (busy = false));
  worker.on('error', (err) => {
    stop();
    failed(err);
  });
  const timer = setInterval(() => {
    if (busy || stopped) return;
    busy = true;
    worker.postMessage('checkpoint');
  }, EVERY_MS).unref();
  return {
    async close() {
      if (!stopped) {
        stop();
        worker.postMessage('close');
      }
      await exited;
    },
  };
}
