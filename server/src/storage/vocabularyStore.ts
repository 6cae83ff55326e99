/**
 * The workspace's vocabulary, read from the library index's facet rows
 * (`postmortem_facets`, kept lower-cased by the indexer, server/src/search/): the values
 * of a kind that start with a prefix, most used first. No second index: the same rows
 * the library's filters match.
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

const SELECT = (kind: string, pattern: string, limit: string) => `
  SELECT value FROM postmortem_facets
  WHERE kind = ${kind} AND value LIKE ${pattern} ESCAPE '\\'
  GROUP BY value ORDER BY count(*) DESC, value LIMIT ${limit}`;

export function sqliteVocabulary(db: Database.Database): VocabularyStore {
  const select = db.prepare<[string, string, number], { value: string }>(SELECT('?', '?', '?'));
  return {
    async vocabulary(kind, prefix, limit) {
      return select.all(kind, prefixPattern(prefix), limit).map((r) => r.value);
    },
  };
}

export function postgresVocabulary(pool: pg.Pool): VocabularyStore {
  const text = SELECT('$1', '$2', '$3');
  return {
    async vocabulary(kind, prefix, limit) {
      const { rows } = await pool.query<{ value: string }>(text, [
        kind,
        prefixPattern(prefix),
        limit,
      ]);
      return rows.map((r) => r.value);
    },
  };
}
