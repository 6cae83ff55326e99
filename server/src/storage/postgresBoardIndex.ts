/** The Postgres {@link BoardIndexStore}: the same `boards` columns as SQLite. */
import type pg from 'pg';
import {
  BOARD_LIST_COLUMNS,
  boardListRow,
  namesByBoard,
  type BoardIndexStore,
  type BoardListDbRow,
} from './boardIndex.ts';
import { fencedWrite, FENCE_HOLDS } from './postgresFenced.ts';

export function postgresBoardIndex(pool: pg.Pool): BoardIndexStore {
  return {
    async listBoards(after, limit) {
      const { rows } = after
        ? await pool.query<BoardListDbRow>(
            `SELECT ${BOARD_LIST_COLUMNS} FROM boards WHERE (created_at, id) < ($1, $2)
             ORDER BY created_at DESC, id DESC LIMIT $3`,
            [after.createdAt, after.id, limit],
          )
        : await pool.query<BoardListDbRow>(
            `SELECT ${BOARD_LIST_COLUMNS} FROM boards ORDER BY created_at DESC, id DESC LIMIT $1`,
            [limit],
          );
      const facilitators = await pool.query<{ board_id: string; name: string }>(
        `SELECT board_id, name FROM board_members
         WHERE board_id = ANY($1) AND role = 'facilitator' AND name IS NOT NULL AND removed = 0
         ORDER BY joined_at, member_id`,
        [rows.map((r) => r.id)],
      );
      const names = namesByBoard(facilitators.rows);
      return rows.map((row) => boardListRow(row, names.get(row.id) ?? []));
    },
    async setBoardPhase(boardId, phase, fence) {
      await fencedWrite(
        (text, values) => pool.query(text, values),
        `UPDATE boards SET phase = $1 WHERE id = $2 AND ${FENCE_HOLDS}`,
        [phase, boardId],
        fence,
      );
    },
  };
}
