/**
 * Boards belong to the workspace (issue #15): who created each board (a person or an API
 * token), where its meeting is (for the home page's list), and the boards made before the
 * workspace, adopted by it here: they have no creator and record when they were adopted.
 */
import type { Migration } from './index.ts';

const columns = (bigint: string, now: string) => `
ALTER TABLE boards ADD COLUMN created_by_kind TEXT;
ALTER TABLE boards ADD COLUMN created_by_id TEXT;
ALTER TABLE boards ADD COLUMN adopted_at ${bigint};
ALTER TABLE boards ADD COLUMN phase TEXT;
UPDATE boards SET adopted_at = ${now};
CREATE INDEX boards_newest ON boards (created_at DESC, id DESC);
`;

const migration: Migration = {
  id: '0011_board_workspace',
  sqlite: columns('INTEGER', `CAST(strftime('%s', 'now') AS INTEGER) * 1000`),
  postgres: columns('BIGINT', `(EXTRACT(EPOCH FROM now()) * 1000)::BIGINT`),
};

export default migration;
