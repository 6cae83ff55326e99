/** The SQLite {@link VersionStore}: one row per version, in the store's own database. */
import type Database from 'better-sqlite3';
import { DocDigestSchema, type VersionReason } from '@hindsight/shared';
import type { VersionRecord, VersionStore } from './versionStore.ts';

export const VERSIONS_SCHEMA = `
CREATE TABLE IF NOT EXISTS board_versions (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  taken_at INTEGER NOT NULL,
  reason TEXT NOT NULL,
  label TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  digest TEXT NOT NULL,
  content BLOB NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE INDEX IF NOT EXISTS board_versions_by_time ON board_versions (board_id, taken_at);
`;

interface Row {
  id: string;
  board_id: string;
  taken_at: number;
  reason: VersionReason;
  label: string;
  schema_version: number;
  digest: string;
  bytes: number;
}

export function sqliteVersionStore(db: Database.Database): VersionStore {
  db.exec(VERSIONS_SCHEMA);
  const q = {
    insert: db.prepare<[string, string, number, string, string, number, string, Uint8Array]>(
      `INSERT INTO board_versions
         (board_id, id, taken_at, reason, label, schema_version, digest, content)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[string], Row>(
      `SELECT id, board_id, taken_at, reason, label, schema_version, digest,
              length(content) AS bytes
       FROM board_versions WHERE board_id = ? ORDER BY taken_at DESC, rowid DESC`,
    ),
    read: db.prepare<[string, string], { content: Buffer; schema_version: number }>(
      'SELECT content, schema_version FROM board_versions WHERE board_id = ? AND id = ?',
    ),
    delete: db.prepare<[string, string]>(
      'DELETE FROM board_versions WHERE board_id = ? AND id = ?',
    ),
  };
  const deleteMany = db.transaction((boardId: string, ids: readonly string[]) => {
    for (const id of ids) q.delete.run(boardId, id);
  });

  return {
    async addVersion(record, content) {
      q.insert.run(
        record.boardId,
        record.id,
        record.takenAt,
        record.reason,
        record.label,
        record.schemaVersion,
        JSON.stringify(record.digest),
        content,
      );
    },
    async listVersions(boardId) {
      return q.list.all(boardId).map((row): VersionRecord => ({
        id: row.id,
        boardId: row.board_id,
        takenAt: row.taken_at,
        reason: row.reason,
        label: row.label,
        schemaVersion: row.schema_version,
        bytes: row.bytes,
        // Our own writing; a row that does not parse summarises as empty, never throws.
        digest: DocDigestSchema.safeParse(JSON.parse(row.digest)).data ?? {},
      }));
    },
    async readVersion(boardId, id) {
      const row = q.read.get(boardId, id);
      return row
        ? { content: new Uint8Array(row.content), schemaVersion: row.schema_version }
        : null;
    },
    async deleteVersions(boardId, ids) {
      deleteMany(boardId, ids);
    },
  };
}
