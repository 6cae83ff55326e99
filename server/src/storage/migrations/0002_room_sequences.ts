/**
 * Numbers each room's updates 1, 2, 3… in the order they commit, from a head row per
 * room, instead of one counter shared by every room. An append takes the head row's
 * lock, so two writers of one room get consecutive numbers in commit order, and a room
 * can tell whether anyone else appended between its own writes (sync/room.ts). Existing
 * numbers are kept (they already grow per room); the head starts at the highest.
 * Postgres was created with per-room numbers in 0001.
 */
import type { Migration } from './index.ts';

const migration: Migration = {
  id: '0002_room_sequences',
  sqlite: `
CREATE TABLE doc_heads (
  room TEXT PRIMARY KEY,
  last_seq INTEGER NOT NULL
);
INSERT INTO doc_heads (room, last_seq)
  SELECT room, MAX(seq) FROM (
    SELECT room, upto_seq AS seq FROM doc_snapshots
    UNION ALL SELECT room, seq FROM doc_updates
  ) GROUP BY room;
CREATE TABLE doc_updates_by_room (
  room TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (room, seq)
);
INSERT INTO doc_updates_by_room (room, seq, data) SELECT room, seq, data FROM doc_updates;
DROP TABLE doc_updates;
ALTER TABLE doc_updates_by_room RENAME TO doc_updates;
`,
  postgres: '-- 0001 created doc_heads and per-room numbers.',
};

export default migration;
