/** Public share links in SQLite (publicLinkStore.ts). */
import type Database from 'better-sqlite3';
import { publicLinkOf, type PublicLinkRow, type PublicLinkStore } from './publicLinkStore.ts';

export function sqlitePublicLinks(db: Database.Database): PublicLinkStore {
  const q = {
    put: db.prepare<{ boardId: string; hash: string; createdBy: string | null; createdAt: number }>(
      `INSERT INTO public_links (board_id, token_hash, created_by, created_at)
       VALUES (@boardId, @hash, @createdBy, @createdAt)
       ON CONFLICT (board_id) DO UPDATE SET token_hash = excluded.token_hash,
         created_by = excluded.created_by, created_at = excluded.created_at`,
    ),
    byHash: db.prepare<[string], PublicLinkRow>('SELECT * FROM public_links WHERE token_hash = ?'),
    byBoard: db.prepare<[string], PublicLinkRow>('SELECT * FROM public_links WHERE board_id = ?'),
    remove: db.prepare<[string]>('DELETE FROM public_links WHERE board_id = ?'),
  };
  return {
    async putPublicLink(record) {
      q.put.run({ ...record });
    },
    async findPublicLink(hash) {
      const row = q.byHash.get(hash);
      return row ? publicLinkOf(row) : null;
    },
    async publicLinkOf(boardId) {
      const row = q.byBoard.get(boardId);
      return row ? publicLinkOf(row) : null;
    },
    async deletePublicLink(boardId) {
      return q.remove.run(boardId).changes > 0;
    },
  };
}
