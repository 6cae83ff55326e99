/** Public share links in Postgres (publicLinkStore.ts), on the workspace store's pool. */
import type pg from 'pg';
import { publicLinkOf, type PublicLinkRow, type PublicLinkStore } from './publicLinkStore.ts';

const COLUMNS = 'board_id, token_hash, created_by, created_at::float8 AS created_at';

export function postgresPublicLinks(pool: pg.Pool): PublicLinkStore {
  const one = async (where: string, value: string) => {
    const { rows } = await pool.query<PublicLinkRow>(
      `SELECT ${COLUMNS} FROM public_links WHERE ${where} = $1`,
      [value],
    );
    return rows[0] ? publicLinkOf(rows[0]) : null;
  };
  return {
    async putPublicLink(r) {
      await pool.query(
        `INSERT INTO public_links (board_id, token_hash, created_by, created_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (board_id) DO UPDATE SET token_hash = EXCLUDED.token_hash,
           created_by = EXCLUDED.created_by, created_at = EXCLUDED.created_at`,
        [r.boardId, r.hash, r.createdBy, r.createdAt],
      );
    },
    findPublicLink: (hash) => one('token_hash', hash),
    publicLinkOf: (boardId) => one('board_id', boardId),
    async deletePublicLink(boardId) {
      const { rowCount } = await pool.query('DELETE FROM public_links WHERE board_id = $1', [
        boardId,
      ]);
      return (rowCount ?? 0) > 0;
    },
  };
}
