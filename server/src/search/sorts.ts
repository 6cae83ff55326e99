/**
 * The orders the library lists in, as SQL both stores share. Every order is a keyset: a
 * few key columns and the board id last as the tie-breaker, all in one direction, so a
 * page starts with one row-value comparison (`(keys…, id) < (…)`) that an index on the
 * same columns answers without reading what came before (migrations/0020_sort_keys.ts).
 * Relevance is not here: each engine ranks in its own way. Pure.
 */
import { DEFAULT_SEVERITIES, type PostmortemSort } from '@hindsight/shared';
import type { IndexEntry } from './entry.ts';

/** The orders made from stored columns: every one but relevance. */
export type ListSort = Exclude<PostmortemSort, 'relevance'>;

/** A key column of an order, and whether it holds a number or text. */
type KeyColumn = 'incident_at' | 'severity_rank' | 'title_key' | 'open_actions' | 'changed_at';

interface SortSpec {
  readonly columns: readonly KeyColumn[];
  /** Smallest first (with ids smallest first), else largest first throughout. */
  readonly ascending: boolean;
}

/**
 * Each order's key columns. SEV1 first is `severity_rank` largest first, so that the
 * newest among equals comes first in the same direction.
 */
export const SORT_SPECS: Readonly<Record<ListSort, SortSpec>> = {
  incident: { columns: ['incident_at'], ascending: false },
  'incident-asc': { columns: ['incident_at'], ascending: true },
  severity: { columns: ['severity_rank', 'incident_at'], ascending: false },
  title: { columns: ['title_key'], ascending: true },
  'open-actions': { columns: ['open_actions', 'incident_at'], ascending: false },
  updated: { columns: ['changed_at'], ascending: false },
};

export const TEXT_KEYS: ReadonlySet<KeyColumn> = new Set(['title_key']);

/** Where a page starts: after the postmortem with these sort keys (the order's columns) and id. */
export interface SortPosition {
  readonly keys: readonly (number | string)[];
  readonly id: string;
}

/** The columns a stored row carries only to be sorted by, in the order they are written. */
export const SORT_COLUMN_NAMES = ['severity_rank', 'title_key', 'open_actions'] as const;

/** How severe, for sorting: SEV1 highest, no severity 0. */
export function severityRank(severity: IndexEntry['severity']): number {
  return severity === null ? 0 : DEFAULT_SEVERITIES.length - DEFAULT_SEVERITIES.indexOf(severity);
}

/** A title as it is sorted: case and compatibility forms folded, compared by code point. */
export function titleKey(title: string): string {
  return title.normalize('NFKC').toLowerCase().trim();
}

/** The values of {@link SORT_COLUMN_NAMES} for an entry. */
export function sortValues(entry: IndexEntry): unknown[] {
  return [severityRank(entry.severity), titleKey(entry.title), entry.openDue.length];
}

/** `ORDER BY` of an order on the table aliased `p`. */
export function orderSql(sort: ListSort): string {
  const { columns, ascending } = SORT_SPECS[sort];
  const direction = ascending ? 'ASC' : 'DESC';
  return [...columns, 'board_id'].map((c) => `p.${c} ${direction}`).join(', ');
}

/** The key columns of an order on `p`, for a SELECT (aliased `k0`, `k1`…). */
export function keysSql(sort: ListSort): string {
  return SORT_SPECS[sort].columns.map((c, i) => `p.${c} AS k${i}`).join(', ');
}

/** The condition of the rows after `after` in the order. */
export function afterSql(
  sort: ListSort,
  after: SortPosition,
  param: (value: unknown) => string,
): string {
  const { columns, ascending } = SORT_SPECS[sort];
  const left = [...columns, 'board_id'].map((c) => `p.${c}`).join(', ');
  const right = [...after.keys, after.id].map(param).join(', ');
  return `(${left}) ${ascending ? '>' : '<'} (${right})`;
}

/** A row's position from the keys a SELECT with {@link keysSql} read (Postgres's BIGINT is text). */
export function positionOf(sort: ListSort, id: string, row: object): SortPosition {
  const read = (i: number) => (row as Record<string, unknown>)[`k${i}`];
  const keys = SORT_SPECS[sort].columns.map((c, i) =>
    TEXT_KEYS.has(c) ? String(read(i)) : Number(read(i)),
  );
  return { keys, id };
}
