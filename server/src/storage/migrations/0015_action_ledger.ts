/**
 * The action ledger (server/src/ledger/): one row per action of every board, kept by the
 * server from its own copy of the board docs on the library index's pipeline (a board's
 * rows replaced in one transaction), and each action's history of status, owner and due
 * changes with who made them. The rows can be rebuilt from the boards at any time; the
 * history cannot, so it is kept apart and outlives the rows it describes.
 */
import type { Migration } from './index.ts';

const tables = (bigint: string, serial: string) => `
CREATE TABLE ledger_actions (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  action_id TEXT NOT NULL,
  title TEXT NOT NULL,
  owner TEXT,
  owner_names TEXT NOT NULL,
  owner_person_id TEXT,
  due TEXT,
  due_key TEXT NOT NULL,
  priority TEXT,
  status TEXT NOT NULL,
  reason TEXT,
  accepted INTEGER NOT NULL,
  resolved INTEGER NOT NULL,
  ticket TEXT,
  created_at ${bigint} NOT NULL,
  updated_at ${bigint} NOT NULL,
  PRIMARY KEY (board_id, action_id)
);
CREATE INDEX ledger_actions_id ON ledger_actions (action_id);
CREATE INDEX ledger_actions_due ON ledger_actions (due_key, board_id, action_id);
CREATE INDEX ledger_actions_person ON ledger_actions (owner_person_id);
CREATE TABLE ledger_history (
  seq ${serial},
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  action_id TEXT NOT NULL,
  at ${bigint} NOT NULL,
  field TEXT NOT NULL,
  from_value TEXT,
  to_value TEXT,
  by_kind TEXT NOT NULL,
  by_id TEXT,
  by_name TEXT,
  via TEXT NOT NULL
);
CREATE INDEX ledger_history_action ON ledger_history (action_id, seq);
`;

const migration: Migration = {
  id: '0015_action_ledger',
  sqlite: tables('INTEGER', 'INTEGER PRIMARY KEY'),
  postgres: tables('BIGINT', 'BIGSERIAL PRIMARY KEY'),
};

export default migration;
