/**
 * The Postgres {@link MemberStore}: the same `board_members` table as SQLite. A board's
 * registrations are serialised by a transaction-scoped advisory lock on the board, so
 * concurrent joins cannot pass the limit together.
 */
import type pg from 'pg';
import { fencedWrite, FENCE_HOLDS } from './postgresFenced.ts';
import { memberFromRow, type MemberRow, type MemberStore } from './memberStore.ts';

const COLUMNS = 'member_id, role, name, joined_at, removed';

export function postgresMemberStore(pool: pg.Pool): MemberStore {
  return {
    async registerMember(boardId, memberId, role, limit) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query("SELECT pg_advisory_xact_lock(hashtext('board_members/' || $1))", [
          boardId,
        ]);
        const get = () =>
          client.query<MemberRow>(
            `SELECT ${COLUMNS} FROM board_members WHERE board_id = $1 AND member_id = $2`,
            [boardId, memberId],
          );
        let { rows } = await get();
        if (rows.length === 0) {
          const counted = await client.query<{ n: string }>(
            'SELECT COUNT(*) AS n FROM board_members WHERE board_id = $1 AND role = $2',
            [boardId, role],
          );
          if (Number(counted.rows[0]!.n) >= limit) {
            await client.query('COMMIT');
            return null;
          }
          await client.query(
            'INSERT INTO board_members (board_id, member_id, role, joined_at) VALUES ($1, $2, $3, $4)',
            [boardId, memberId, role, Date.now()],
          );
          ({ rows } = await get());
        }
        await client.query('COMMIT');
        return memberFromRow(rows[0]!);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async listMembers(boardId) {
      const { rows } = await pool.query<MemberRow>(
        `SELECT ${COLUMNS} FROM board_members WHERE board_id = $1 ORDER BY joined_at, member_id`,
        [boardId],
      );
      return rows.map(memberFromRow);
    },
    async removeMember(boardId, memberId) {
      const { rowCount } = await pool.query(
        'UPDATE board_members SET removed = 1 WHERE board_id = $1 AND member_id = $2',
        [boardId, memberId],
      );
      return (rowCount ?? 0) > 0;
    },
    async nameMember(boardId, memberId, name, fence) {
      await fencedWrite(
        (text, values) => pool.query(text, values),
        `UPDATE board_members SET name = $1
         WHERE board_id = $2 AND member_id = $3 AND ${FENCE_HOLDS}`,
        [name, boardId, memberId],
        fence,
      );
    },
  };
}
