/**
 * Reminders (server/src/reminders/): the workspace's settings and team channels, who has
 * muted their reminders, one row per reminder claimed before it is sent, and the log of
 * every attempt. The primary key of `reminder_sends` is the reminder's key
 * (shared/reminders/schedule.ts): a second process, or the same one after a restart,
 * cannot insert it again, so a reminder is sent once.
 */
import type { Migration } from './index.ts';

const tables = (bigint: string, serial: string) => `
CREATE TABLE reminder_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  enabled INTEGER NOT NULL,
  days_before INTEGER NOT NULL,
  time_zone TEXT NOT NULL,
  updated_at ${bigint} NOT NULL
);
CREATE TABLE reminder_channels (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  format TEXT NOT NULL,
  url TEXT NOT NULL,
  created_at ${bigint} NOT NULL
);
CREATE TABLE reminder_mutes (
  person_id TEXT PRIMARY KEY,
  muted_at ${bigint} NOT NULL
);
CREATE TABLE reminder_sends (
  key TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  recipient_kind TEXT NOT NULL,
  recipient_id TEXT NOT NULL,
  content TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  next_at ${bigint},
  lease_until ${bigint},
  created_at ${bigint} NOT NULL,
  updated_at ${bigint} NOT NULL
);
CREATE INDEX reminder_sends_waiting ON reminder_sends (state, next_at);
CREATE TABLE reminder_log (
  seq ${serial},
  key TEXT NOT NULL,
  at ${bigint} NOT NULL,
  kind TEXT NOT NULL,
  recipient_kind TEXT NOT NULL,
  recipient_id TEXT NOT NULL,
  recipient_name TEXT NOT NULL,
  outcome TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  detail TEXT
);
`;

const migration: Migration = {
  id: '0018_reminders',
  sqlite: tables('INTEGER', 'INTEGER PRIMARY KEY'),
  postgres: tables('BIGINT', 'BIGSERIAL PRIMARY KEY'),
};

export default migration;
