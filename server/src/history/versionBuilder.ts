/**
 * Builds versions (history/versionContent.ts) of large docs in a worker thread. Reading a
 * board doc's state into a doc, digesting it, encoding it again and deflating it takes
 * several hundred milliseconds for a doc at its size limit: done in the event loop, that
 * is as long a time during which the server answers nobody (issue #22, 100 ms). The
 * server's own part is the one encode of the doc's state that the caller does in hand.
 *
 * A board of ordinary size (a 90-minute session ends at 26 KiB) is built inline, in a few
 * milliseconds: a thread is started only for a large one, and ends when idle. The pool is
 * piscina's (docs/ARCHITECTURE.md says why).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { buildVersion, type BuiltVersion } from './versionContent.ts';
import type { VersionTask } from './versionWorker.ts';

/** States at least this large are built in the worker thread, bytes. */
export const WORKER_FROM_BYTES = 256 * 1024;
/** How long an idle worker thread lives, ms. */
const IDLE_MS = 30_000;

export interface VersionBuilder {
  /** The version of a board doc's state (a v1 update), without the roots in `skip`. */
  build(state: Uint8Array, skip: readonly string[]): Promise<BuiltVersion>;
  /** Ends the worker thread; builds still running finish first. */
  close(): Promise<void>;
}

export function versionBuilder(workerFromBytes = WORKER_FROM_BYTES): VersionBuilder {
  let pool: Piscina<VersionTask, BuiltVersion> | undefined;
  const worker = () => {
    if (!pool) {
      const filename = new URL('./versionWorker.ts', import.meta.url);
      pool = new Piscina({
        filename: filename.href,
        minThreads: 0,
        // One thread: builds are rare, and the machine's other core serves requests.
        maxThreads: 1,
        idleTimeout: IDLE_MS,
        // Run from TypeScript sources (tsx), the worker loads its module the same way.
        execArgv: ['--import', tsxLoader()],
      });
    }
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

/** The URL of tsx's loader, which a worker thread imports to read TypeScript. */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}
