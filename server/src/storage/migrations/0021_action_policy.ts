/**
 * The workspace's settings, one JSON value per key written by an admin (the due-date
 * policy and closing: workspace/settings.ts), and the date each ledger action was first
 * seen resolved, on the server's clock, for the on-time rate. Rows resolved before this
 * step have no date and are left out of the rate.
 */
import type { Migration } from './index.ts';

const settings = (bigint: string) => `
CREATE TABLE workspace_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at ${bigint} NOT NULL,
  updated_by TEXT
);
ALTER TABLE ledger_actions ADD COLUMN resolved_on TEXT;
`;

const migration: Migration = {
  id: '0021_action_policy',
  sqlite: settings('INTEGER'),
  postgres: settings('BIGINT'),
};

export default migration;
