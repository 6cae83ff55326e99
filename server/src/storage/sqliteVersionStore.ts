/**
 * The SQLite {@link VersionStore}: one row per version in the store's own database
 * (table `board_versions`, migrations/0005_board_versions.ts).
 */
import type Database from 'better-sqlite3';
import type { Fence } from '../cluster/leases.ts';
import {
  versionFromRow,
  versionValues,
  type VersionRow,
  type VersionStore,
} from './versionStore.ts';

/** `fenced` throws a StaleLeaseError for a fence that no longer holds (sqliteStore.ts). */
export function sqliteVersionStore(
  db: Database.Database,
  fenced: (fence: Fence | undefined) => void,
): VersionStore {
  const q = {
    insert: db.prepare<ReturnType<typeof versionValues>>(
      `INSERT INTO board_versions
         (board_id, id, taken_at, reason, label, schema_version, digest, content)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    list: db.prepare<[string], VersionRow>(
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
    async addVersion(record, content, fence) {
      fenced(fence);
      q.insert.run(...versionValues(record, content));
    },
    async listVersions(boardId) {
      return q.list.all(boardId).map(versionFromRow);
    },
    async readVersion(boardId, id) {
      const row = q.read.get(boardId, id);
      return row
        ? { content: new Uint8Array(row.content), schemaVersion: row.schema_version }
        : null;
    },
    async deleteVersions(boardId, ids, fence) {
      fenced(fence);
      deleteMany(boardId, ids);
    },
  };
}
