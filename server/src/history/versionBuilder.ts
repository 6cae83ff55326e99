/**
 * Builds versions (history/versionContent.ts) of large docs in a worker thread. Reading a
 * board doc's state into a doc, digesting it, encoding it again and deflating it takes
 * several hundred milliseconds for a doc at its size limit: done in the event loop, that
 * is as long a time during which the server answers nobody (issue #22, 100 ms). The
 * server's own part is the one encode of the doc's state that the caller does in hand.
 *
 * A board of ordinary size (a 90-minute session ends at 26 KiB) is built inline, in a few
 * milliseconds: a thread is started only for a large one (threads/threadPool.ts).
 */
import type { Piscina } from 'piscina';
import { threadPool } from '../threads/threadPool.ts';
import { buildVersion, type BuiltVersion } from './versionContent.ts';
import type { VersionTask } from './versionWorker.ts';

/** States at least this large are built in the worker thread, bytes. */
export const WORKER_FROM_BYTES = 256 * 1024;

export interface VersionBuilder {
  /** The version of a board doc's state (a v1 update), without the roots in `skip`. */
  build(state: Uint8Array, skip: readonly string[]): Promise<BuiltVersion>;
  /** Ends the worker thread; builds still running finish first. */
  close(): Promise<void>;
}

export function versionBuilder(workerFromBytes = WORKER_FROM_BYTES): VersionBuilder {
  let pool: Piscina<VersionTask, BuiltVersion> | undefined;
  const worker = () => {
    pool ??= threadPool(new URL('./versionWorker.ts', import.meta.url));
    return pool;
  };
  return {
    async build(state, skip) {
      if (state.length < workerFromBytes) return buildVersion(state, skip);
      return worker().run({ state, skip: [...skip] });
    },
    async close() {
      await pool?.close();
      pool = undefined;
    },
  };
}
