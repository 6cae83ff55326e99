/**
 * Boards, their role tokens, the rooms' snapshots and update logs, attendance, the
 * anonymity lock and server secrets. The SQLite form uses IF NOT EXISTS so that a
 * database created before migrations were recorded adopts this step as its baseline.
 */
import type { Migration } from './index.ts';

const migration: Migration = {
  id: '0001_initial',
  sqlite: `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS board_tokens (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  PRIMARY KEY (board_id, role)
);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  room TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  upto_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_room_seq ON doc_updates (room, seq);
CREATE TABLE IF NOT EXISTS attendees (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  first_seen INTEGER NOT NULL,
  PRIMARY KEY (board_id, role, name)
);
CREATE TABLE IF NOT EXISTS anonymity_locks (
  board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS secrets (
  name TEXT PRIMARY KEY,
  value BLOB NOT NULL
);
`,
  // Room names are compared bytewise (COLLATE "C") so that a prefix search
  // (a board's private rooms) can use the primary key's index.
  postgres: `
CREATE TABLE boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE board_tokens (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  PRIMARY KEY (board_id, role)
);
CREATE TABLE doc_snapshots (
  room TEXT COLLATE "C" PRIMARY KEY,
  data BYTEA NOT NULL,
  upto_seq BIGINT NOT NULL
);
CREATE TABLE doc_heads (
  room TEXT COLLATE "C" PRIMARY KEY,
  last_seq BIGINT NOT NULL
);
CREATE TABLE doc_updates (
  room TEXT COLLATE "C" NOT NULL,
  seq BIGINT NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (room, seq)
);
CREATE TABLE attendees (
  id BIGSERIAL UNIQUE,
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  first_seen BIGINT NOT NULL,
  PRIMARY KEY (board_id, role, name)
);
CREATE TABLE anonymity_locks (
  board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE
);
CREATE TABLE secrets (
  name TEXT PRIMARY KEY,
  value BYTEA NOT NULL
);
`,
};

export default migration;
