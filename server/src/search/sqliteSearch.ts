/**
 * The SQLite {@link SearchIndexStore}: facts in `postmortem_index`, the full-text index in
 * the FTS5 table `postmortem_fts` (one row per board, one column per section group, its
 * rowid the fact row's `seq`), ranked by bm25 with the groups' weights
 * (migrations/0012_postmortem_index.ts).
 */
import type Database from 'better-sqlite3';
import type { Fence } from '../cluster/leases.ts';
import { GROUP_WEIGHTS, groupTexts, PROJECTION, SECTION_GROUPS, type IndexEntry } from './entry.ts';
import { excludedFts5, toFts5, type Term } from './query.ts';
import {
  behindSql,
  ENTRY_COLUMN_NAMES,
  ENTRY_COLUMNS,
  entryOfRow,
  entryValues,
  facetsOf,
  filterSql,
  type EntryRow,
  type SearchIndexStore,
} from './searchIndex.ts';
import {
  afterSql,
  keysSql,
  orderSql,
  positionOf,
  SORT_COLUMN_NAMES,
  sortValues,
  type ListSort,
  type SortPosition,
} from './sorts.ts';

const WRITTEN = [
  ...ENTRY_COLUMN_NAMES,
  ...SORT_COLUMN_NAMES,
  'indexed_at',
  'projection',
  'changed_at',
];

const BM25 = `bm25(postmortem_fts, ${SECTION_GROUPS.map((g) => GROUP_WEIGHTS[g]).join(', ')})`;

/** The index each order walks (migrations 0012 and 0020), named for a sorted search. */
const ORDER_INDEXES: Readonly<Record<ListSort, string>> = {
  incident: 'postmortem_index_newest',
  'incident-asc': 'postmortem_index_newest',
  severity: 'postmortem_index_severity_rank',
  title: 'postmortem_index_title',
  'open-actions': 'postmortem_index_open_actions',
  updated: 'postmortem_index_changed',
};

/** `fenced` throws a StaleLeaseError for a fence that no longer holds (sqliteStore.ts). */
export function sqliteSearchIndex(
  db: Database.Database,
  fenced: (fence: Fence | undefined) => void,
): SearchIndexStore {
  const q = {
    seqOf: db.prepare<[string], { seq: number }>(
      'SELECT seq FROM postmortem_index WHERE board_id = ?',
    ),
    deleteFts: db.prepare<[number]>('DELETE FROM postmortem_fts WHERE rowid = ?'),
    deleteEntry: db.prepare<[string]>('DELETE FROM postmortem_index WHERE board_id = ?'),
    insertEntry: db.prepare(
      `INSERT INTO postmortem_index (${WRITTEN.join(', ')})
       VALUES (${WRITTEN.map(() => '?').join(', ')})`,
    ),
    changedOf: db.prepare<[string], { changed_at: number }>(
      'SELECT changed_at FROM postmortem_index WHERE board_id = ?',
    ),
    createdOf: db.prepare<[string], { created_at: number }>(
      'SELECT created_at FROM boards WHERE id = ?',
    ),
    insertFts: db.prepare(
      `INSERT INTO postmortem_fts (rowid, ${SECTION_GROUPS.join(', ')})
       VALUES (?, ${SECTION_GROUPS.map(() => '?').join(', ')})`,
    ),
    insertFacet: db.prepare<[string, string, string, string]>(
      'INSERT OR IGNORE INTO postmortem_facets (board_id, kind, value, label) VALUES (?, ?, ?, ?)',
    ),
    get: db.prepare<[string], EntryRow>(
      `SELECT ${ENTRY_COLUMNS} FROM postmortem_index p WHERE p.board_id = ?`,
    ),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM postmortem_index'),
  };

  const remove = (boardId: string) => {
    const row = q.seqOf.get(boardId);
    if (!row) return;
    q.deleteFts.run(row.seq);
    // The facets go with the row (ON DELETE CASCADE).
    q.deleteEntry.run(boardId);
  };

  const put = db.transaction(
    (entry: IndexEntry, indexedAt: number, projection: number, changedAt?: number) => {
      const changed =
        changedAt ??
        q.changedOf.get(entry.id)?.changed_at ??
        q.createdOf.get(entry.id)?.created_at ??
        indexedAt;
      remove(entry.id);
      const { lastInsertRowid } = q.insertEntry.run(
        ...entryValues(entry),
        ...sortValues(entry),
        indexedAt,
        projection,
        changed,
      );
      const texts = groupTexts(entry.sections);
      q.insertFts.run(lastInsertRowid, ...SECTION_GROUPS.map((g) => texts[g]));
      for (const [kind, value, label] of facetsOf(entry))
        q.insertFacet.run(entry.id, kind, value, label);
    },
  );

  /**
   * The ranked matches after a result, best first: by rank, then by the row's `seq`
   * newest first (a result removed since is passed by its score alone).
   */
  const afterRank = (after: SortPosition, param: (value: unknown) => string) => {
    const seq = q.seqOf.get(after.id)?.seq;
    const score = Number(after.keys[0]);
    return seq === undefined
      ? `rank > ${param(-score)}`
      : `(rank > ${param(-score)} OR (rank = ${param(-score)} AND seq < ${param(seq)}))`;
  };

  /** Runs a SELECT built with `?` placeholders. */
  const select = <R>(sql: string, values: unknown[]) => db.prepare(sql).all(...values) as R[];

  return {
    async putPostmortem(entry, indexedAt, projection = PROJECTION, changedAt, fence) {
      fenced(fence);
      put(entry, indexedAt, projection, changedAt);
    },
    async boardsBehindIndex(projection, after, limit) {
      const values: unknown[] = [];
      const sql = behindSql((v) => (values.push(v), '?'), projection, after, limit);
      return select<{ id: string }>(sql, values).map((r) => r.id);
    },
    async removePostmortem(boardId) {
      db.transaction(remove)(boardId);
    },
    async listPostmortems(filters, after, limit, sort = 'incident') {
      const values: unknown[] = [];
      const param = (v: unknown) => (values.push(v), '?');
      const where = filterSql(filters, param);
      if (after) where.push(afterSql(sort, after, param));
      const sql = `SELECT ${ENTRY_COLUMNS}, ${keysSql(sort)} FROM postmortem_index p
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${orderSql(sort)} LIMIT ${param(limit)}`;
      return select<EntryRow>(sql, values).map((row) => ({
        entry: entryOfRow(row),
        position: positionOf(sort, row.board_id, row),
      }));
    },
    async searchPostmortems(query, filters, after, limit, sort = 'relevance') {
      const found = toFts5(query);
      if (found === null) return [];
      const excluded = excludedFts5(query);
      const values: unknown[] = [excluded === null ? found : `(${found}) NOT (${excluded})`];
      const param = (v: unknown) => (values.push(v), '?');
      if (sort !== 'relevance') {
        // Every match in the list's order: the order's index is walked (SQLite would
        // otherwise read and sort every match's large row) and each entry checked
        // against the matches; only the page's rows are scored and read in full.
        const where = filterSql(filters, param);
        if (after) where.push(afterSql(sort, after, param));
        const sql = `WITH matched AS MATERIALIZED (
            SELECT rowid AS seq FROM postmortem_fts WHERE postmortem_fts MATCH ?
          ), page AS (
            SELECT p.seq FROM postmortem_index p INDEXED BY ${ORDER_INDEXES[sort]}
            WHERE p.seq IN matched ${where.map((w) => `AND ${w}`).join(' ')}
            ORDER BY ${orderSql(sort)} LIMIT ${param(limit)}
          ), scored AS (
            SELECT rowid AS seq, ${BM25} AS rank FROM postmortem_fts
            WHERE postmortem_fts MATCH ${param(values[0])} AND rowid IN page
          )
          SELECT ${ENTRY_COLUMNS}, ${keysSql(sort)}, -scored.rank AS score
          FROM scored JOIN postmortem_index p ON p.seq = scored.seq
          ORDER BY ${orderSql(sort)}`;
        return select<EntryRow & { score: number }>(sql, values).map((row) => ({
          entry: entryOfRow(row),
          score: row.score,
          position: positionOf(sort, row.board_id, row),
        }));
      }
      const ranked = `ranked AS MATERIALIZED (
          SELECT rowid AS seq, ${BM25} AS rank FROM postmortem_fts WHERE postmortem_fts MATCH ?
        )`;
      // FTS5 ranks every match from its own index (bm25 is lower for better); the facts
      // table, whose rows are large, is read for the filters through its indexes only,
      // and in full for the page's rows alone.
      const where: string[] = [];
      const filtered = filterSql(filters, param);
      if (filtered.length > 0) {
        where.push(`seq IN (SELECT p.seq FROM postmortem_index p WHERE ${filtered.join(' AND ')})`);
      }
      if (after) where.push(afterRank(after, param));
      const sql = `WITH ${ranked}, page AS (
          SELECT seq, rank FROM ranked ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY rank, seq DESC LIMIT ${param(limit)}
        )
        SELECT ${ENTRY_COLUMNS}, -page.rank AS score
        FROM page JOIN postmortem_index p ON p.seq = page.seq
        ORDER BY page.rank, page.seq DESC`;
      return select<EntryRow & { score: number }>(sql, values).map((row) => ({
        entry: entryOfRow(row),
        score: row.score,
        position: { keys: [row.score], id: row.board_id },
      }));
    },
    async getPostmortem(boardId) {
      const row = q.get.get(boardId);
      return row ? entryOfRow(row) : null;
    },
    async similarCandidates(boardId, facets, words, limit) {
      // Placeholders are positional: values go in the order they appear in the text.
      const values: unknown[] = [boardId];
      const param = (v: unknown) => (values.push(v), '?');
      const shared: string[] = [];
      for (const [kind, list] of [
        ['service', facets.services],
        ['tag', facets.tags],
      ] as const) {
        if (list.length === 0) continue;
        shared.push(`p.board_id IN (SELECT board_id FROM postmortem_facets WHERE kind = ${param(kind)}
          AND value IN (SELECT value FROM json_each(${param(JSON.stringify(list.map((v) => v.toLowerCase())))})))`);
      }
      if (words.length > 0) {
        const terms: Term[] = words.map((w) => ({ words: [w] }));
        const match = terms.map((t) => `"${t.words.join(' ')}"`).join(' OR ');
        shared.push(
          `p.seq IN (SELECT rowid FROM postmortem_fts WHERE postmortem_fts MATCH ${param(match)})`,
        );
      }
      if (shared.length === 0) return [];
      const sql = `SELECT ${ENTRY_COLUMNS} FROM postmortem_index p
        WHERE p.board_id <> ? AND (${shared.join(' OR ')})
        ORDER BY p.incident_at DESC LIMIT ${param(limit)}`;
      return select<EntryRow>(sql, values).map(entryOfRow);
    },
    async searchIndexSize() {
      const entries = q.count.get()?.n ?? 0;
      let bytes = 0;
      try {
        const rows = db
          .prepare<[], { bytes: number }>(
            `SELECT sum(pgsize) AS bytes FROM dbstat
             WHERE name LIKE 'postmortem\\_%' ESCAPE '\\' OR name LIKE 'sqlite_autoindex_postmortem\\_%' ESCAPE '\\'`,
          )
          .all();
        bytes = rows[0]?.bytes ?? 0;
      } catch {
        // dbstat is compiled into better-sqlite3's SQLite; should it be missing, no size.
      }
      return { entries, bytes };
    },
  };
}
