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

/** The orders timed beside the default: each list page above in it, and a search in it. */
export const SORTS = ['incident-asc', 'severity', 'title', 'open-actions', 'updated'] as const;
/**
 * The searches timed in each order: a word in every postmortem (all 10,000 are sorted)
 * and one in about a tenth.
 */
export const SORTED_SEARCHES = ['errors', 'pgbouncer'] as const;

export interface SearchResult {
  readonly count: number;
  readonly fillSeconds: number;
  readonly search: { readonly p50: number; readonly p95: number };
  /** Each search's p95, ms, by its text. */
  readonly perQuery: Readonly<Record<string, number>>;
  readonly list: { readonly p50: number; readonly p95: number };
  /** Each order's list pages p95 (first, filtered, deep), ms. */
  readonly perSort: Readonly<Record<string, number>>;
  /** The {@link SORTED_SEARCHES}' p95 in each order, ms. */
  readonly perSortedSearch: Readonly<Record<string, number>>;
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
    /** A cursor some 50 pages into an order, for its deep page. */
    const deepCursor = async (sort: string) => {
      let deep = '';
      for (let page = 0; page < 50; page++) {
        const { body } = await ask([sort, deep && `cursor=${deep}`].filter(Boolean).join('&'));
        if (!body.nextCursor) break;
        deep = body.nextCursor;
      }
      return deep;
    };
    const deep = await deepCursor('');
    const deepBySort = new Map<string, string>();
    for (const sort of SORTS) deepBySort.set(sort, await deepCursor(`sort=${sort}`));
    const searchMs: number[] = [];
    const listMs: number[] = [];
    const byQuery = new Map<string, number[]>(SEARCHES.map((q) => [q, []]));
    const bySort = new Map<string, number[]>(SORTS.map((sort) => [sort, []]));
    const bySortedSearch = new Map<string, number[]>(SORTS.map((sort) => [sort, []]));
    for (let run = 0; run < runs; run++) {
      for (const q of SEARCHES) {
        const [words, ...filters] = q.split('&');
        const { ms } = await ask([`q=${encodeURIComponent(words!)}`, ...filters].join('&'));
        searchMs.push(ms);
        byQuery.get(q)!.push(ms);
      }
      for (const l of LISTS) listMs.push((await ask(l === 'deep' ? `cursor=${deep}` : l)).ms);
      for (const sort of SORTS) {
        for (const l of LISTS) {
          const page = l === 'deep' ? `cursor=${deepBySort.get(sort)}` : l;
          const { ms } = await ask([`sort=${sort}`, page].filter(Boolean).join('&'));
          listMs.push(ms);
          bySort.get(sort)!.push(ms);
        }
        for (const q of SORTED_SEARCHES) {
          const { ms } = await ask(`q=${q}&sort=${sort}`);
          searchMs.push(ms);
          bySortedSearch.get(sort)!.push(ms);
        }
      }
    }
    const stats = (ms: number[]) => {
      const { p50, p95 } = summarize(ms);
      return { p50, p95 };
    };
    const { bytes } = await app.store.searchIndexSize();
    const p95s = (by: Map<string, number[]>) =>
      Object.fromEntries([...by].map(([key, ms]) => [key, stats(ms).p95]));
    const perQuery = p95s(byQuery);
    return {
      count,
      fillSeconds,
      search: stats(searchMs),
      perQuery,
      list: stats(listMs),
      perSort: p95s(bySort),
      perSortedSearch: p95s(bySortedSearch),
      indexBytes: bytes,
    };
  } finally {
    await app.close();
    await where.remove();
    clearInterval(alive);
  }
}
