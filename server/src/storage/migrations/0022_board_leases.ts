/**
 * Which process serves each board (cluster/leases.ts): its owner's id and internal
 * address, the lease's epoch (a fencing token: every takeover adds one) and when it
 * expires, ms on the database's clock. A row is never deleted, so an epoch only grows:
 * a released lease is an expired one. SQLite serves one process: its leases are kept in
 * memory (cluster/leases.ts).
 */
import type { Migration } from './index.ts';

const migration: Migration = {
  id: '0022_board_leases',
  sqlite: '-- One process per SQLite file: leases are kept in memory.',
  postgres: `
CREATE TABLE board_leases (
  board_id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL,
  address TEXT NOT NULL,
  epoch BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
`,
};

export default migration;
