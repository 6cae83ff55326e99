/**
 * The library at scale: a server (in this process, on SQLite or Postgres) whose index holds
 * `count` generated postmortems, asked a set of searches and list pages through its own
 * HTTP handling (`inject`: routing, authorisation, validation, the store, snippets and
 * JSON, without a network), each timed `runs` times.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../server/src/app.ts';
// The instance's decorations (store, workspace), as the plugins declare them.
import type {} from '../../../server/src/plugins/store.ts';
import type {} from '../../../server/src/plugins/workspace.ts';
import { loadConfig } from '../../../server/src/config.ts';
import { createDatabase, postgresAdminUrl } from '../../../server/test/postgres.ts';
import type { StoreKind } from '../stores.ts';
import { summarize } from '../stats.ts';
import { generatePostmortems } from './postmortems.ts';

/** The searches timed: common and rare words, a phrase, OR, an exclusion, a filter. */
export const SEARCHES = [
  'timeout',
  'connection pool',
  '"connection pool exhausted"',
  'pgbouncer',
  'certificate OR dns',
  'deploy -rollback',
  'alert canary review',
  'cache&service=checkout-api',
] as const;

/** The list pages timed: the first page, filters, and a page deep in the list. */
export const LISTS = ['', 'status=actions%20open', 'service=search&severity=SEV1', 'deep'] as const;

export interface SearchResult {
  readonly count: number;
  readonly fillSeconds: number;
  readonly search: { readonly p50: number; readonly p95: number };
  /** Each search's p95, ms, by its text. */
  readonly perQuery: Readonly<Record<string, number>>;
  readonly list: { readonly p50: number; readonly p95: number };
  readonly indexBytes: number;
}

async function storage(kind: StoreKind) {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-bench-search-'));
  const database =
    kind === 'postgres' ? await createDatabase(postgresAdminUrl(), 'hindsight_bench') : null;
  return {
    env: { DATA_DIR: dir, ...(database ? { DATABASE_URL: database.url } : {}) },
    remove: async () => {
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function runSearch(
  kind: StoreKind,
  count: number,
  runs: number,
): Promise<SearchResult> {
  const where = await storage(kind);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    STATIC_DIR: join(where.env.DATA_DIR, 'no-client'),
    ...where.env,
  });
  const app = await buildApp({ config, logger: false });
  // `inject` opens no socket and the server's own timers and workers are unref'd: without
  // this, a wait inside the server (closing it, most often) can leave nothing to keep the
  // process up, and it ends with the run unfinished (exit 13, nothing printed).
  const alive = setInterval(() => undefined, 1000);
  try {
    await app.ready();
    const { token } = await app.workspace.tokens.create({ name: 'bench', scope: 'read' });
    const started = performance.now();
    for (const entry of generatePostmortems(count)) {
      await app.store.createBoard(
        { id: entry.id, title: entry.title, template: 'default', createdAt: entry.incidentAt },
        [],
        new Map(),
      );
      await app.store.putPostmortem(entry, Date.now());
    }
    const fillSeconds = (performance.now() - started) / 1000;
    const ask = async (query: string) => {
      const t0 = performance.now();
      const res = await app.inject({
        url: `/api/postmortems?${query}`,
        headers: { authorization: `Bearer ${token}` },
      });
      const ms = performance.now() - t0;
      if (res.statusCode !== 200) throw new Error(`${query}: ${res.statusCode} ${res.body}`);
      return { ms, body: res.json<{ nextCursor: string | null }>() };
    };
    // A cursor some 50 pages in, for the deep page.
    let deep = '';
    for (let page = 0; page < 50; page++) {
      const { body } = await ask(deep ? `cursor=${deep}` : '');
      if (!body.nextCursor) break;
      deep = body.nextCursor;
    }
    const searchMs: number[] = [];
    const listMs: number[] = [];
    const byQuery = new Map<string, number[]>(SEARCHES.map((q) => [q, []]));
    for (let run = 0; run < runs; run++) {
      for (const q of SEARCHES) {
        const [words, ...filters] = q.split('&');
        const { ms } = await ask([`q=${encodeURIComponent(words!)}`, ...filters].join('&'));
        searchMs.push(ms);
        byQuery.get(q)!.push(ms);
      }
      for (const l of LISTS) listMs.push((await ask(l === 'deep' ? `cursor=${deep}` : l)).ms);
    }
    const stats = (ms: number[]) => {
      const { p50, p95 } = summarize(ms);
      return { p50, p95 };
    };
    const { bytes } = await app.store.searchIndexSize();
    const perQuery = Object.fromEntries([...byQuery].map(([q, ms]) => [q, stats(ms).p95]));
    return {
      count,
      fillSeconds,
      search: stats(searchMs),
      perQuery,
      list: stats(listMs),
      indexBytes: bytes,
    };
  } finally {
    await app.close();
    await where.remove();
    clearInterval(alive);
  }
}
