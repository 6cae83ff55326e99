/**
 * The workspace's people and their sessions (workspace/people.ts, workspace/sessions.ts),
 * and one-time account links (the first-start setup link, set-password links from the
 * command line). Secrets — session ids, link tokens — are kept as SHA-256 hashes only.
 */
import type { Migration } from './index.ts';

const tables = (bigint: string) => `
CREATE TABLE people (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT,
  created_at ${bigint} NOT NULL,
  deactivated_at ${bigint}
);
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  session_hash TEXT NOT NULL UNIQUE,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  created_at ${bigint} NOT NULL,
  last_seen_at ${bigint} NOT NULL
);
CREATE INDEX sessions_person ON sessions (person_id);
CREATE TABLE account_links (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  person_id TEXT REFERENCES people(id) ON DELETE CASCADE,
  created_at ${bigint} NOT NULL,
  expires_at ${bigint},
  used_at ${bigint}
);
`;

const migration: Migration = {
  id: '0008_accounts',
  sqlite: tables('INTEGER'),
  postgres: tables('BIGINT'),
};

export default migration;
