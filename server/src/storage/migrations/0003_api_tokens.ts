/** The workspace's API tokens (workspaceStore.ts): hashed, scoped, expiring, revocable. */
import type { Migration } from './index.ts';

const migration: Migration = {
  id: '0003_api_tokens',
  // IF NOT EXISTS: databases that made this table before it was a step keep theirs.
  sqlite: `
CREATE TABLE IF NOT EXISTS api_tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  scope TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER,
  last_used_at INTEGER,
  revoked_at INTEGER
);
`,
  postgres: `
CREATE TABLE api_tokens (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  scope TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT,
  last_used_at BIGINT,
  revoked_at BIGINT
);
`,
};

export default migration;
