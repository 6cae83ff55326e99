/**
 * The Postgres {@link SearchIndexStore}: facts in `postmortem_index` with the section
 * groups' text beside them, from which Postgres generates a weighted `tsvector` (GIN
 * index); queries go through `websearch_to_tsquery` and rank with `ts_rank_cd`
 * (migrations/0012_postmortem_index.ts).
 */
import type pg from 'pg';
import { holdFence } from '../storage/postgresFenced.ts';
import { transaction } from '../storage/postgresStore.ts';
import { groupTexts, PROJECTION, SECTION_GROUPS } from './entry.ts';
import { toWebsearch } from './query.ts';
import {
  behindSql,
  ENTRY_COLUMN_NAMES,
  ENTRY_COLUMNS,
  entryOfRow,
  entryValues,
  facetsOf,
  filterSql,
  SEARCH_CANDIDATES,
  type EntryRow,
  type SearchIndexStore,
} from './searchIndex.ts';
import { afterSql, keysSql, orderSql, positionOf, SORT_COLUMN_NAMES, sortValues } from './sorts.ts';

const TEXT_COLUMNS = SECTION_GROUPS.map((g) => `t_${g}`);
const WRITTEN = [
  ...ENTRY_COLUMN_NAMES,
  ...SORT_COLUMN_NAMES,
  'indexed_at',
  'projection',
  ...TEXT_COLUMNS,
];
/**
 * Writes an entry; `changed_at` is the last value, null to keep the stored one (or, for a
 * new entry, to take the board's creation time).
 */
const CHANGED = `$${WRITTEN.length + 1}::bigint`;
const UPSERT = `INSERT INTO postmortem_index (${WRITTEN.join(', ')}, changed_at)
  VALUES (${WRITTEN.map((_, i) => `$${i + 1}`).join(', ')},
    COALESCE(${CHANGED}, (SELECT created_at FROM boards WHERE id = $1), $${WRITTEN.indexOf('indexed_at') + 1}))
  ON CONFLICT (board_id) DO UPDATE SET
  ${WRITTEN.filter((c) => c !== 'board_id')
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(', ')},
  changed_at = COALESCE(${CHANGED}, postmortem_index.changed_at)`;

/** A query in English, as the tsvector was made. */
const TSQUERY = (placeholder: string) => `websearch_to_tsquery('english', ${placeholder})`;

export function postgresSearchIndex(pool: pg.Pool): SearchIndexStore {
  /** Runs a SELECT whose values `param` collected as `$n`. */
  const collector = () => {
    const values: unknown[] = [];
    return { values, param: (v: unknown) => (values.push(v), `$${values.length}`) };
  };

  return {
    async putPostmortem(entry, indexedAt, projection = PROJECTION, changedAt, fence) {
      const texts = groupTexts(entry.sections);
      const facets = facetsOf(entry);
      await transaction(pool, async (client) => {
        await holdFence(client, fence);
        await client.query(UPSERT, [
          ...entryValues(entry),
          ...sortValues(entry),
          indexedAt,
          projection,
          ...SECTION_GROUPS.map((g) => texts[g]),
          changedAt ?? null,
        ]);
        await client.query('DELETE FROM postmortem_facets WHERE board_id = $1', [entry.id]);
        await client.query(
          `INSERT INTO postmortem_facets (board_id, kind, value, label)
           SELECT $1, f.kind, f.value, f.label
           FROM unnest($2::text[], $3::text[], $4::text[]) AS f(kind, value, label)`,
          [entry.id, ...[0, 1, 2].map((i) => facets.map((f) => f[i]))],
        );
      });
    },
    async boardsBehindIndex(projection, after, limit) {
      const { values, param } = collector();
      const { rows } = await pool.query<{ id: string }>(
        behindSql(param, projection, after, limit),
        values,
      );
      return rows.map((r) => r.id);
    },
    async removePostmortem(boardId) {
      await pool.query('DELETE FROM postmortem_index WHERE board_id = $1', [boardId]);
    },
    async listPostmortems(filters, after, limit, sort = 'incident') {
      const { values, param } = collector();
      const where = filterSql(filters, param);
      if (after) where.push(afterSql(sort, after, param));
      const { rows } = await pool.query<EntryRow & Record<string, unknown>>(
        `SELECT ${ENTRY_COLUMNS}, ${keysSql(sort)} FROM postmortem_index p
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY ${orderSql(sort)} LIMIT ${param(limit)}`,
        values,
      );
      return rows.map((row) => ({
        entry: entryOfRow(row),
        position: positionOf(sort, row.board_id, row),
      }));
    },
    async searchPostmortems(query, filters, after, limit, sort = 'relevance') {
      const text = toWebsearch(query);
      if (text === null) return [];
      const { values, param } = collector();
      const tsquery = TSQUERY(param(text));
      const where = filterSql(filters, param);
      if (sort !== 'relevance') {
        // Every match in the list's order, through the GIN index; only the page's rows
        // are ranked and read in full.
        if (after) where.push(afterSql(sort, after, param));
        const { rows } = await pool.query<EntryRow & { score: number }>(
          `WITH page AS (
             SELECT p.board_id FROM postmortem_index p
             WHERE p.document @@ ${tsquery} ${where.map((w) => `AND ${w}`).join(' ')}
             ORDER BY ${orderSql(sort)} LIMIT ${param(limit)}
           )
           SELECT ${ENTRY_COLUMNS}, ${keysSql(sort)}, ts_rank_cd(p.document, ${tsquery})::float8 AS score
           FROM page JOIN postmortem_index p ON p.board_id = page.board_id
           ORDER BY ${orderSql(sort)}`,
          values,
        );
        return rows.map((row) => ({
          entry: entryOfRow(row),
          score: Number(row.score),
          position: positionOf(sort, row.board_id, row),
        }));
      }
      const page = after
        ? `WHERE (score, board_id) < (${param(Number(after.keys[0]))}::float8, ${param(after.id)})`
        : '';
      // The GIN index finds the matches; only the newest SEARCH_CANDIDATES of them have
      // their vectors read and ranked, and only the page's rows are read in full.
      const { rows } = await pool.query<EntryRow & { score: number }>(
        `WITH candidates AS (
           SELECT p.board_id, p.document FROM postmortem_index p
           WHERE p.document @@ ${tsquery} ${where.map((w) => `AND ${w}`).join(' ')}
           ORDER BY p.incident_at DESC LIMIT ${SEARCH_CANDIDATES}
         ), ranked AS (
           SELECT board_id, ts_rank_cd(document, ${tsquery})::float8 AS score FROM candidates
         ), page AS (
           SELECT board_id, score FROM ranked ${page}
           ORDER BY score DESC, board_id DESC LIMIT ${param(limit)}
         )
         SELECT ${ENTRY_COLUMNS}, page.score
         FROM page JOIN postmortem_index p ON p.board_id = page.board_id
         ORDER BY page.score DESC, p.board_id DESC`,
        values,
      );
      return rows.map((row) => {
        const score = Number(row.score);
        return { entry: entryOfRow(row), score, position: { keys: [score], id: row.board_id } };
      });
    },
    async getPostmortem(boardId) {
      const { rows } = await pool.query<EntryRow>(
        `SELECT ${ENTRY_COLUMNS} FROM postmortem_index p WHERE p.board_id = $1`,
        [boardId],
      );
      return rows[0] ? entryOfRow(rows[0]) : null;
    },
    async similarCandidates(boardId, facets, words, limit) {
      const { values, param } = collector();
      const shared: string[] = [];
      for (const [kind, list] of [
        ['service', facets.services],
        ['tag', facets.tags],
      ] as const) {
        if (list.length === 0) continue;
        shared.push(`p.board_id IN (SELECT board_id FROM postmortem_facets WHERE kind = ${param(kind)}
          AND value = ANY(${param(list.map((v) => v.toLowerCase()))}::text[]))`);
      }
      if (words.length > 0) {
        const text = words.map((w) => `"${w}"`).join(' or ');
        shared.push(`p.document @@ ${TSQUERY(param(text))}`);
      }
      if (shared.length === 0) return [];
      const { rows } = await pool.query<EntryRow>(
        `SELECT ${ENTRY_COLUMNS} FROM postmortem_index p
         WHERE p.board_id <> ${param(boardId)} AND (${shared.join(' OR ')})
         ORDER BY p.incident_at DESC LIMIT ${param(limit)}`,
        values,
      );
      return rows.map(entryOfRow);
    },
    async searchIndexSize() {
      const { rows } = await pool.query<{ entries: string; bytes: string }>(
        `SELECT (SELECT count(*) FROM postmortem_index) AS entries,
                pg_total_relation_size('postmortem_index') + pg_total_relation_size('postmortem_facets') AS bytes`,
      );
      return { entries: Number(rows[0]!.entries), bytes: Number(rows[0]!.bytes) };
    },
  };
}
