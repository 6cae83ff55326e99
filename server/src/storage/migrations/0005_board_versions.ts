/**
 * The board history (plugins/history.ts): one row per kept version of a board doc, its
 * content deflated, with the layout version it is in and the digest its summary is made
 * from.
 */
import type { Migration } from './index.ts';

const table = (blob: string, bigint: string) => `
CREATE TABLE board_versions (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  taken_at ${bigint} NOT NULL,
  reason TEXT NOT NULL,
  label TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  digest TEXT NOT NULL,
  content ${blob} NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE INDEX board_versions_by_time ON board_versions (board_id, taken_at);
`;

const migration: Migration = {
  id: '0005_board_versions',
  sqlite: table('BLOB', 'INTEGER'),
  postgres: table('BYTEA', 'BIGINT'),
};

export default migration;
