/** The postmortem library on each store (ours only): search and list times, index size. */
import { progress } from '../drive.ts';
import { format } from '../report.ts';
import {
  runSearch,
  SEARCHES,
  SORTED_SEARCHES,
  SORTS,
  type SearchResult,
} from '../scenarios/search.ts';
import { STORE_KINDS } from '../stores.ts';
import type { Section } from './context.ts';

/** The goals at 10,000 postmortems (issue #17): search p95 and the list page's p95, ms. */
export const GOALS = { search: 100, list: 150 } as const;

export async function search({ plan, out }: Section): Promise<void> {
  const { postmortems, runs } = plan.search;
  const byStore: SearchResult[] = [];
  for (const kind of STORE_KINDS) {
    progress(`library of ${postmortems} postmortems on ${kind} (ours only)`);
    byStore.push(await runSearch(kind, postmortems, runs));
  }
  const [sqlite, postgres] = byStore as [SearchResult, SearchResult];
  out.results.search = { sqlite, postgres };
  const pair = (get: (r: SearchResult) => number) => [get(sqlite), get(postgres)] as const;
  const at = `${postmortems} postmortems`;
  out.storeRows.push(
    { label: `search p50, ${at}`, unit: 'ms', values: pair((r) => r.search.p50) },
    { label: `search p95, ${at}`, unit: 'ms', values: pair((r) => r.search.p95) },
    ...SEARCHES.map((q) => ({
      label: `search p95 \`${q}\``,
      unit: 'ms' as const,
      values: pair((r) => r.perQuery[q] ?? Number.NaN),
    })),
    { label: `list page p50, ${at}`, unit: 'ms', values: pair((r) => r.list.p50) },
    { label: `list page p95, ${at}`, unit: 'ms', values: pair((r) => r.list.p95) },
    ...SORTS.map((sort) => ({
      label: `list page p95 \`sort=${sort}\``,
      unit: 'ms' as const,
      values: pair((r) => r.perSort[sort] ?? Number.NaN),
    })),
    ...SORTS.map((sort) => ({
      label: `search p95 ${SORTED_SEARCHES.map((q) => `\`${q}\``).join(', ')} \`sort=${sort}\``,
      unit: 'ms' as const,
      values: pair((r) => r.perSortedSearch[sort] ?? Number.NaN),
    })),
    { label: `index size, ${at}`, unit: 'bytes', values: pair((r) => r.indexBytes) },
    { label: `filling the index, ${at}`, unit: 'ms', values: pair((r) => r.fillSeconds * 1000) },
  );
  for (const [name, r] of [
    ['SQLite', sqlite],
    ['Postgres', postgres],
  ] as const) {
    out.notes.push(
      `library on ${name}: search p95 ${(r.search.p95 / GOALS.search).toFixed(2)}x the ${GOALS.search} ms goal, list p95 ${(r.list.p95 / GOALS.list).toFixed(2)}x the ${GOALS.list} ms goal`,
    );
  }
  out.summary.push(
    `search p95 ${format(sqlite.search.p95, 'ms')} SQLite, ${format(postgres.search.p95, 'ms')} Postgres`,
  );
}
