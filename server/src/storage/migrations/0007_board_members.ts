/**
 * The members of each board (sync/members.ts): one row per member key the server
 * registered, with the role it joined under, the name it shows (the attendance), and
 * whether the facilitator removed it.
 */
import type { Migration } from './index.ts';

const table = (bigint: string) => `
CREATE TABLE board_members (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL,
  role TEXT NOT NULL,
  name TEXT,
  joined_at ${bigint} NOT NULL,
  removed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (board_id, member_id)
);
`;

const migration: Migration = {
  id: '0007_board_members',
  sqlite: table('INTEGER'),
  postgres: table('BIGINT'),
};

export default migration;
