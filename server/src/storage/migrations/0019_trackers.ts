/**
 * Issue trackers (server/src/trackers/): the workspace's connection per tracker (its
 * token and webhook secret sealed, trackers/secretBox.ts), the target each postmortem's
 * issues go to, and the issue filed for an action. An issue's row is claimed before the
 * tracker is called, so a second request for the same action finds the claim instead of
 * filing a second issue; its state is the tracker's as last heard, so a webhook and the
 * poll act on a change of it once.
 */
import type { Migration } from './index.ts';

const tables = (bigint: string) => `
CREATE TABLE tracker_connections (
  kind TEXT PRIMARY KEY,
  base_url TEXT NOT NULL,
  email TEXT,
  token_sealed TEXT,
  webhook_secret_sealed TEXT,
  updated_at ${bigint} NOT NULL
);
CREATE TABLE tracker_targets (
  board_id TEXT PRIMARY KEY REFERENCES boards(id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  updated_at ${bigint} NOT NULL
);
CREATE TABLE tracker_issues (
  board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
  action_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  external_id TEXT,
  issue_key TEXT,
  url TEXT,
  claimed_at ${bigint} NOT NULL,
  updated_at ${bigint} NOT NULL,
  PRIMARY KEY (board_id, action_id)
);
CREATE INDEX tracker_issues_external ON tracker_issues (kind, external_id);
`;

const migration: Migration = {
  id: '0019_trackers',
  sqlite: tables('INTEGER'),
  postgres: tables('BIGINT'),
};

export default migration;
