/**
 * The postmortem library's index (server/src/search/): one row of facts per board, kept
 * by the server from its own copy of the board's shared docs, the facets the filters
 * match (services, tags, owners, lower-cased) and the full-text index of the labelled
 * sections: FTS5 on SQLite, a generated, weighted `tsvector` with a GIN index on
 * Postgres. It can be rebuilt from the boards at any time (`pnpm hindsight reindex`).
 */
import type { Migration } from './index.ts';

/** The section groups of search/entry.ts as they were at this step (a step never changes). */
const TEXT_COLUMNS = [
  'title',
  'facts',
  'timeline',
  'cards',
  'clusters',
  'causes',
  'factors',
  'lessons',
  'actions',
  'notes',
] as const;

const facts = (bigint: string) => `
  board_id TEXT NOT NULL UNIQUE REFERENCES boards(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  severity TEXT,
  status TEXT NOT NULL,
  incident_at ${bigint} NOT NULL,
  services TEXT NOT NULL,
  tags TEXT NOT NULL,
  owners TEXT NOT NULL,
  open_due TEXT NOT NULL,
  actions_total INTEGER NOT NULL,
  actions_done INTEGER NOT NULL,
  root_causes TEXT NOT NULL,
  sections TEXT NOT NULL,
  indexed_at ${bigint} NOT NULL`;

const shared = `
CREATE INDEX postmortem_index_newest ON postmortem_index (incident_at DESC, board_id DESC);
CREATE INDEX postmortem_index_status ON postmortem_index (status, incident_at DESC, board_id DESC);
CREATE INDEX postmortem_index_severity ON postmortem_index (severity, incident_at DESC, board_id DESC);
CREATE TABLE postmortem_facets (
  board_id TEXT NOT NULL REFERENCES postmortem_index(board_id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (kind, value, board_id)
);
CREATE INDEX postmortem_facets_board ON postmortem_facets (board_id);
`;

const sqlite = `
CREATE TABLE postmortem_index (
  seq INTEGER PRIMARY KEY,${facts('INTEGER')}
);
${shared}
CREATE VIRTUAL TABLE postmortem_fts USING fts5(
  ${TEXT_COLUMNS.join(', ')},
  tokenize = 'porter unicode61 remove_diacritics 2'
);
`;

/** Title and root causes weigh most (A), conclusions next (B), the record (C), talk (D). */
const WEIGHTS: Record<(typeof TEXT_COLUMNS)[number], 'A' | 'B' | 'C' | 'D'> = {
  title: 'A',
  causes: 'A',
  facts: 'B',
  clusters: 'B',
  factors: 'B',
  lessons: 'B',
  timeline: 'C',
  actions: 'C',
  cards: 'D',
  notes: 'D',
};

const vector = TEXT_COLUMNS.map(
  (c) => `setweight(to_tsvector('english'::regconfig, t_${c}), '${WEIGHTS[c]}')`,
).join(' || ');

const postgres = `
CREATE TABLE postmortem_index (${facts('BIGINT')},
  ${TEXT_COLUMNS.map((c) => `t_${c} TEXT NOT NULL`).join(',\n  ')},
  document tsvector GENERATED ALWAYS AS (${vector}) STORED
);
${shared}
CREATE INDEX postmortem_index_document ON postmortem_index USING GIN (document);
`;

const migration: Migration = {
  id: '0012_postmortem_index',
  sqlite,
  postgres,
};

export default migration;
