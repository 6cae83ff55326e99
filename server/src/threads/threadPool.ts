/**
 * A pool of one worker thread for work that would hold the event loop too long (issue #22:
 * no turn over 100 ms), such as reading a board doc at its size limit. The thread starts
 * with the first task and ends when idle. The pool is piscina's (docs/ARCHITECTURE.md says
 * why).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';

/** How long an idle worker thread lives, ms. */
const IDLE_MS = 30_000;

/** A pool running the default export of the module at `filename`. */
export function threadPool<Task, Result>(filename: URL): Piscina<Task, Result> {
  return new Piscina({
    filename: filename.href,
    minThreads: 0,
    // One thread: such work is rare, and the machine's other core serves requests.
    maxThreads: 1,
    idleTimeout: IDLE_MS,
    // Run from TypeScript sources (tsx), the worker loads its module the same way.
    execArgv: ['--import', tsxLoader()],
  });
}

/** The URL of tsx's loader, which a worker thread imports to read TypeScript. */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}
