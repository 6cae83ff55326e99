/** The SQLite {@link MemberStore} (table `board_members`, migrations/0007_board_members.ts). */
import type Database from 'better-sqlite3';
import type { Role } from '@hindsight/shared';
import type { Fence } from '../cluster/leases.ts';
import { memberFromRow, type MemberRow, type MemberStore } from './memberStore.ts';

const COLUMNS = 'member_id, role, name, joined_at, removed';

/** `fenced` throws a StaleLeaseError for a fence that no longer holds (sqliteStore.ts). */
export function sqliteMemberStore(
  db: Database.Database,
  fenced: (fence: Fence | undefined) => void,
): MemberStore {
  const q = {
    get: db.prepare<[string, string], MemberRow>(
      `SELECT ${COLUMNS} FROM board_members WHERE board_id = ? AND member_id = ?`,
    ),
    count: db.prepare<[string, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM board_members WHERE board_id = ? AND role = ?',
    ),
    insert: db.prepare<[string, string, string, number]>(
      'INSERT INTO board_members (board_id, member_id, role, joined_at) VALUES (?, ?, ?, ?)',
    ),
    list: db.prepare<[string], MemberRow>(
      `SELECT ${COLUMNS} FROM board_members WHERE board_id = ? ORDER BY joined_at, rowid`,
    ),
    remove: db.prepare<[string, string]>(
      'UPDATE board_members SET removed = 1 WHERE board_id = ? AND member_id = ?',
    ),
    name: db.prepare<[string, string, string]>(
      'UPDATE board_members SET name = ? WHERE board_id = ? AND member_id = ?',
    ),
  };
  const register = db.transaction(
    (boardId: string, memberId: string, role: Role, limit: number): MemberRow | null => {
      const known = q.get.get(boardId, memberId);
      if (known) return known;
      if (q.count.get(boardId, role)!.n >= limit) return null;
      q.insert.run(boardId, memberId, role, Date.now());
      return q.get.get(boardId, memberId)!;
    },
  );
  return {
    async registerMember(boardId, memberId, role, limit) {
      const row = register(boardId, memberId, role, limit);
      return row && memberFromRow(row);
    },
    async listMembers(boardId) {
      return q.list.all(boardId).map(memberFromRow);
    },
    async removeMember(boardId, memberId) {
      return q.remove.run(boardId, memberId).changes > 0;
    },
    async nameMember(boardId, memberId, name, fence) {
      fenced(fence);
      q.name.run(name, boardId, memberId);
    },
  };
}
