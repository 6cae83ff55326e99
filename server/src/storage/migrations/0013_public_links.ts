/**
 * Public share links of published postmortems (routes/publicShare.ts): at most one per
 * board, kept as the SHA-256 of its token only. Revoking deletes the row, so the link
 * answers 404 from the next request on.
 */
import type { Migration } from './index.ts';

const table = (bigint: string) => `
CREATE TABLE public_links (
  board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_by TEXT,
  created_at ${bigint} NOT NULL
);
`;

const migration: Migration = {
  id: '0013_public_links',
  sqlite: table('INTEGER'),
  postgres: table('BIGINT'),
};

export default migration;
