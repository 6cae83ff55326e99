/**
 * The library's orders (search/sorts.ts) each read a few columns of `postmortem_index`
 * and have an index on them, the board id last, so that any page of any order is one
 * range of one index. Three columns are kept only to sort by: how severe (SEV1 highest),
 * the title folded for sorting, and the count of open actions. `changed_at` is when
 * someone last changed the board: the index's own rewrites (the catch-up at start, a
 * reindex) touch `indexed_at` but never this. Rows from before this step take the time
 * they were indexed as their last change, the nearest known, and their other keys from
 * SQL here (the projection's version rises with this step, so they are written again).
 * Postgres compares the title key bytewise, as SQLite does.
 */
import type { Migration } from './index.ts';

const indexes = `
CREATE INDEX postmortem_index_severity_rank ON postmortem_index (severity_rank DESC, incident_at DESC, board_id DESC);
CREATE INDEX postmortem_index_title ON postmortem_index (title_key, board_id);
CREATE INDEX postmortem_index_open_actions ON postmortem_index (open_actions DESC, incident_at DESC, board_id DESC);
CREATE INDEX postmortem_index_changed ON postmortem_index (changed_at DESC, board_id DESC);
`;

const rank = `CASE severity WHEN 'SEV1' THEN 4 WHEN 'SEV2' THEN 3 WHEN 'SEV3' THEN 2 WHEN 'SEV4' THEN 1 ELSE 0 END`;

const sqlite = `
ALTER TABLE postmortem_index ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE postmortem_index ADD COLUMN severity_rank INTEGER NOT NULL DEFAULT 0;
ALTER TABLE postmortem_index ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
ALTER TABLE postmortem_index ADD COLUMN open_actions INTEGER NOT NULL DEFAULT 0;
UPDATE postmortem_index SET changed_at = indexed_at, severity_rank = ${rank},
  title_key = lower(trim(title)), open_actions = json_array_length(open_due);
${indexes}`;

const postgres = `
ALTER TABLE postmortem_index ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE postmortem_index ADD COLUMN severity_rank INTEGER NOT NULL DEFAULT 0;
ALTER TABLE postmortem_index ADD COLUMN title_key TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE postmortem_index ADD COLUMN open_actions INTEGER NOT NULL DEFAULT 0;
UPDATE postmortem_index SET changed_at = indexed_at, severity_rank = ${rank},
  title_key = lower(trim(title)), open_actions = json_array_length(open_due::json);
${indexes}`;

const migration: Migration = { id: '0020_sort_keys', sqlite, postgres };

export default migration;
