/**
 * The library's index behind one interface, with a SQLite (FTS5) and a Postgres
 * (tsvector) implementation that one contract suite checks (test/searchContract.ts).
 * What both share lives here: the filters as SQL, and a stored row read back into an
 * {@link IndexEntry}.
 */
import type { Fence } from '../cluster/leases.ts';
import type { IndexEntry, Section } from './entry.ts';
import type { ParsedQuery } from './query.ts';
import type { ListSort, SortPosition } from './sorts.ts';

/** The list's filters; facet values are compared lower-cased. */
export interface PostmortemFilters {
  readonly status?: IndexEntry['status'] | undefined;
  readonly severity?: NonNullable<IndexEntry['severity']> | undefined;
  readonly service?: string | undefined;
  readonly tag?: string | undefined;
  readonly owner?: string | undefined;
  /** Incidents at or after this, ms. */
  readonly from?: number | undefined;
  /** Incidents at or before this, ms. */
  readonly to?: number | undefined;
}

/** An entry and its position in the order it was listed in (what the next page starts after). */
export interface SortedEntry {
  readonly entry: IndexEntry;
  readonly position: SortPosition;
}

export interface ScoredEntry extends SortedEntry {
  /** Relevance, higher is better. */
  readonly score: number;
}

/** How search results are ordered: by relevance, or by one of the list's orders. */
export type SearchSort = 'relevance' | ListSort;

export interface SearchIndexStore {
  /**
   * Adds or replaces a board's entry, written by `projection` (default: this version's).
   * `changedAt` is when someone last changed the board (the `updated` order); without it
   * the entry keeps the time it had (writing the index again changes nothing on the
   * board), and a new entry takes its board's creation time. With a `fence` (the board's
   * owner indexing), refused unless the board's lease is still at that epoch (a
   * StaleLeaseError, nothing written), as the board's docs are.
   */
  putPostmortem(
    entry: IndexEntry,
    indexedAt: number,
    projection?: number,
    changedAt?: number,
    fence?: Fence,
  ): Promise<void>;
  /**
   * Up to `limit` ids of boards, after `after` by id, that have no entry or one written by
   * a projection older than `projection`: what the index still has to catch up with.
   */
  boardsBehindIndex(projection: number, after: string | null, limit: number): Promise<string[]>;
  /** Removes a board's entry, if any. */
  removePostmortem(boardId: string): Promise<void>;
  /** Up to `limit` entries in the order `sort` (default: newest incident first), after `after`. */
  listPostmortems(
    filters: PostmortemFilters,
    after: SortPosition | null,
    limit: number,
    sort?: ListSort,
  ): Promise<SortedEntry[]>;
  /**
   * Up to `limit` entries matching the query, after `after`, in the order `sort`: by
   * default best first (ties in an order of the store's own, the same on every page; on
   * Postgres only the {@link SEARCH_CANDIDATES} newest matches are ranked), else as
   * the list orders them (every match, each with its score). Only the page's rows are
   * read in full.
   */
  searchPostmortems(
    query: ParsedQuery,
    filters: PostmortemFilters,
    after: SortPosition | null,
    limit: number,
    sort?: SearchSort,
  ): Promise<ScoredEntry[]>;
  getPostmortem(boardId: string): Promise<IndexEntry | null>;
  /**
   * Entries other than `boardId` sharing a service, a tag, or any of `words` in their
   * text, at most `limit`, newest first: the candidates similar incidents are scored from.
   */
  similarCandidates(
    boardId: string,
    facets: { services: readonly string[]; tags: readonly string[] },
    words: readonly string[],
    limit: number,
  ): Promise<IndexEntry[]>;
  /** How many entries the index holds and its size on disk, bytes (tables and indexes). */
  searchIndexSize(): Promise<{ entries: number; bytes: number }>;
}

/**
 * The most matches Postgres ranks for one search: the newest ones. Ranking reads each
 * candidate's whole weighted vector, so a query that matches most of 10,000 postmortems
 * would otherwise read them all for every page. SQLite's FTS5 ranks every match from its
 * own index, without that cost.
 */
export const SEARCH_CANDIDATES = 1000;

export const FACET_KINDS = ['service', 'tag', 'owner'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];

/** A facet row: its kind, the lower-cased value filters match, the form the entry wrote. */
export type Facet = [kind: FacetKind, value: string, label: string];

/** The facets an entry is filtered by, one per kind and lower-cased value (its first form). */
export function facetsOf(entry: IndexEntry): Facet[] {
  const fold = (kind: FacetKind, values: readonly string[]) => {
    const labels = new Map<string, string>();
    for (const label of values) {
      const value = label.toLowerCase();
      if (!labels.has(value)) labels.set(value, label);
    }
    return [...labels].map(([value, label]): Facet => [kind, value, label]);
  };
  return [
    ...fold('service', entry.services),
    ...fold('tag', entry.tags),
    ...fold('owner', entry.owners),
  ];
}

/**
 * The WHERE conditions of the filters on `postmortem_index` aliased `p`; `param` adds a
 * value and answers its placeholder (`?` or `$n`).
 */
export function filterSql(filters: PostmortemFilters, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (filters.status) where.push(`p.status = ${param(filters.status)}`);
  if (filters.severity) where.push(`p.severity = ${param(filters.severity)}`);
  for (const kind of FACET_KINDS) {
    const value = filters[kind];
    if (value === undefined) continue;
    where.push(
      `p.board_id IN (SELECT board_id FROM postmortem_facets
        WHERE kind = ${param(kind)} AND value = ${param(value.trim().toLowerCase())})`,
    );
  }
  if (filters.from !== undefined) where.push(`p.incident_at >= ${param(filters.from)}`);
  if (filters.to !== undefined) where.push(`p.incident_at <= ${param(filters.to)}`);
  return where;
}

/** The boards behind the index, in id order (`p` the index row, if any, of board `b`). */
export function behindSql(
  param: (value: unknown) => string,
  projection: number,
  after: string | null,
  limit: number,
): string {
  return `SELECT b.id FROM boards b LEFT JOIN postmortem_index p ON p.board_id = b.id
    WHERE (p.board_id IS NULL OR p.projection < ${param(projection)})
    ${after === null ? '' : `AND b.id > ${param(after)}`}
    ORDER BY b.id LIMIT ${param(limit)}`;
}

/** The fact columns both stores write and read back, in order. */
export const ENTRY_COLUMN_NAMES = [
  'board_id',
  'title',
  'severity',
  'status',
  'incident_at',
  'services',
  'tags',
  'owners',
  'open_due',
  'actions_total',
  'actions_done',
  'root_causes',
  'sections',
] as const;

/** {@link ENTRY_COLUMN_NAMES} on the table aliased `p`, for a SELECT. */
export const ENTRY_COLUMNS = ENTRY_COLUMN_NAMES.map((c) => `p.${c}`).join(', ');

/** A row as both stores read it (Postgres's BIGINT arrives as text). */
export interface EntryRow {
  board_id: string;
  title: string;
  severity: string | null;
  status: string;
  incident_at: number | string;
  services: string;
  tags: string;
  owners: string;
  open_due: string;
  actions_total: number;
  actions_done: number;
  root_causes: string;
  sections: string;
}

/** The stored values of an entry's columns, in {@link ENTRY_COLUMN_NAMES} order. */
export function entryValues(entry: IndexEntry): unknown[] {
  return [
    entry.id,
    entry.title,
    entry.severity,
    entry.status,
    entry.incidentAt,
    JSON.stringify(entry.services),
    JSON.stringify(entry.tags),
    JSON.stringify(entry.owners),
    JSON.stringify(entry.openDue),
    entry.actionsTotal,
    entry.actionsDone,
    JSON.stringify(entry.rootCauses),
    JSON.stringify(entry.sections),
  ];
}

export function entryOfRow(row: EntryRow): IndexEntry {
  return {
    id: row.board_id,
    title: row.title,
    severity: row.severity as IndexEntry['severity'],
    status: row.status as IndexEntry['status'],
    incidentAt: Number(row.incident_at),
    services: JSON.parse(row.services) as string[],
    tags: JSON.parse(row.tags) as string[],
    owners: JSON.parse(row.owners) as string[],
    openDue: JSON.parse(row.open_due) as (string | null)[],
    actionsTotal: Number(row.actions_total),
    actionsDone: Number(row.actions_done),
    rootCauses: JSON.parse(row.root_causes) as string[],
    sections: JSON.parse(row.sections) as Section[],
  };
}
