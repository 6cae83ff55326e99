/**
 * The workspace's vocabulary, read from the library index's facet rows
 * (`postmortem_facets`, kept lower-cased by the indexer, server/src/search/, with the
 * form each postmortem wrote): the values of a kind that start with a prefix, merged
 * case-insensitively, most used first. No second index: the same rows the library's
 * filters match.
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { VocabularyKind } from '@hindsight/shared';

export interface VocabularyStore {
  /** Up to `limit` distinct values of `kind` starting with `prefix` (any case), most used first. */
  vocabulary(kind: VocabularyKind, prefix: string, limit: number): Promise<string[]>;
}

/** A LIKE pattern matching values that start with `prefix`, its `%`, `_` and `\` literal. */
export function prefixPattern(prefix: string): string {
  return `${prefix
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The values of a kind matching a pattern, most used first, each shown in the form most
 * of its rows wrote (ties: the form first in code-point order, so the answer is stable).
 */
const SELECT = (kind: string, pattern: string, limit: string, collate = '') => `
  WITH forms AS (
    SELECT value, label, count(*) AS uses FROM postmortem_facets
    WHERE kind = ${kind} AND value LIKE ${pattern} ESCAPE '\\'
    GROUP BY value, label
  ), ranked AS (
    SELECT value, label, sum(uses) OVER (PARTITION BY value) AS total,
      row_number() OVER (PARTITION BY value ORDER BY uses DESC, label${collate}) AS place
    FROM forms
  )
  SELECT label FROM ranked WHERE place = 1 ORDER BY total DESC, value${collate} LIMIT ${limit}`;

export function sqliteVocabulary(db: Database.Database): VocabularyStore {
  const select = db.prepare<[string, string, number], { label: string }>(SELECT('?', '?', '?'));
  return {
    async vocabulary(kind, prefix, limit) {
      return select.all(kind, prefixPattern(prefix), limit).map((r) => r.label);
    },
  };
}

export function postgresVocabulary(pool: pg.Pool): VocabularyStore {
  // Postgres compares text by the database's locale unless told; SQLite by code point.
  const text = SELECT('$1', '$2', '$3', ' COLLATE "C"');
  return {
    async vocabulary(kind, prefix, limit) {
      const { rows } = await pool.query<{ label: string }>(text, [
        kind,
        prefixPattern(prefix),
        limit,
      ]);
      return rows.map((r) => r.label);
    },
  };
}
