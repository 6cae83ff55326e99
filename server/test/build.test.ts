/**
 * The build runs as production runs it: each worker thread module the server's pools name
 * is in server/dist (test/buildSetup.ts built it for this run) and runs under plain node,
 * found where threads/threadPool.ts looks for it. The server and the command line
 * themselves run built in every test that starts a process (test/process.ts, cli.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { workerModule } from '../src/threads/threadPool.ts';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** Every `threadPool(new URL('./x.ts', import.meta.url))` in the sources, as that URL. */
function workerSources(): URL[] {
  const found: URL[] = [];
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) {
      continue;
    }
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /threadPool\(new URL\('(\.\/[\w/]+\.ts)', import\.meta\.url\)/g,
    )) {
      found.push(new URL(match[1]!, pathToFileURL(file)));
    }
  }
  return found;
}

/** A task each worker can do, and what it answers, by the module's name. */
const tasks: Record<string, { task: unknown; check(result: unknown): void }> = {
  'stateWorker.ts': {
    task: [Y.encodeStateAsUpdate(new Y.Doc())],
    check: (result) => expect(result).toHaveProperty('state'),
  },
  'versionWorker.ts': {
    task: { state: Y.encodeStateAsUpdate(new Y.Doc()), skip: [] },
    check: (result) => expect(result).toHaveProperty('hash'),
  },
};

describe('the built server', () => {
  const sources = workerSources();

  it('names the worker modules this test knows how to run', () => {
    expect(sources.map((url) => url.pathname.split('/').pop()).sort()).toEqual(
      Object.keys(tasks).sort(),
    );
  });

  it.each(sources.map((url) => [url.pathname.split('/').pop()!, url] as const))(
    'runs the worker thread %s under plain node',
    async (name, source) => {
      // Where the pool looks when the pool's own code runs from dist/.
      const built = workerModule(source, pathToFileURL(join(DIST, 'server.js')).href);
      expect(built.fromSources).toBe(false);
      const pool = new Piscina({ filename: built.filename, execArgv: [] });
      try {
        tasks[name]!.check(await pool.run(tasks[name]!.task));
      } finally {
        await pool.close();
      }
    },
  );
});
