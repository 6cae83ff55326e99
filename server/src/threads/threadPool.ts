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

/**
 * A pool running the default export of the worker module `source` (its TypeScript file,
 * e.g. `new URL('./stateWorker.ts', import.meta.url)`).
 */
export function threadPool<Task, Result>(source: URL): Piscina<Task, Result> {
  const worker = workerModule(source, import.meta.url);
  return new Piscina({
    filename: worker.filename,
    minThreads: 0,
    // One thread: such work is rare, and the machine's other core serves requests.
    maxThreads: 1,
    idleTimeout: IDLE_MS,
    ...(worker.fromSources ? { execArgv: ['--import', tsxLoader()] } : {}),
  });
}

/**
 * Where a worker thread finds its module. Run from TypeScript sources (tsx; `here`, this
 * file's URL, ends in .ts), the worker loads `source` the same way, through tsx. Run as the
 * build (server/build.mjs), every module sits flat in dist/ beside this code: the worker
 * runs the built `<name>.js` there with plain node.
 */
export function workerModule(
  source: URL,
  here: string,
): { readonly filename: string; readonly fromSources: boolean } {
  if (here.endsWith('.ts')) return { filename: source.href, fromSources: true };
  const name = source.pathname.slice(source.pathname.lastIndexOf('/') + 1);
  return { filename: new URL(name.replace(/\.ts$/, '.js'), here).href, fromSources: false };
}

/** The URL of tsx's loader, which a worker thread imports to read TypeScript. */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}
