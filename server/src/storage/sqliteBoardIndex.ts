/** The SQLite {@link BoardIndexStore} (table `boards`, migrations/0011_board_workspace.ts). */
import type Database from 'better-sqlite3';
import type { Fence } from '../cluster/leases.ts';
import {
  BOARD_LIST_COLUMNS,
  boardListRow,
  namesByBoard,
  type BoardIndexStore,
  type BoardListDbRow,
} from './boardIndex.ts';

/** `fenced` throws a StaleLeaseError for a fence that no longer holds (sqliteStore.ts). */
export function sqliteBoardIndex(
  db: Database.Database,
  fenced: (fence: Fence | undefined) => void,
): BoardIndexStore {
  const q = {
    first: db.prepare<[number], BoardListDbRow>(
      `SELECT ${BOARD_LIST_COLUMNS} FROM boards ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
    after: db.prepare<[number, string, number], BoardListDbRow>(
      `SELECT ${BOARD_LIST_COLUMNS} FROM boards WHERE (created_at, id) < (?, ?)
       ORDER BY created_at DESC, id DESC LIMIT ?`,
    ),
    facilitators: db.prepare<[string], { board_id: string; name: string }>(
      `SELECT board_id, name FROM board_members
       WHERE board_id IN (SELECT value FROM json_each(?)) AND role = 'facilitator'
         AND name IS NOT NULL AND removed = 0
       ORDER BY joined_at, rowid`,
    ),
    setPhase: db.prepare<[string, string]>('UPDATE boards SET phase = ? WHERE id = ?'),
  };
  return {
    async listBoards(after, limit) {
      const rows = after ? q.after.all(after.createdAt, after.id, limit) : q.first.all(limit);
      const names = namesByBoard(q.facilitators.all(JSON.stringify(rows.map((r) => r.id))));
      return rows.map((row) => boardListRow(row, names.get(row.id) ?? []));
    },
    async setBoardPhase(boardId, phase, fence) {
      fenced(fence);
      q.setPhase.run(phase, boardId);
    },
  };
}
