/**
 * One row that the readiness probe (routes/health.ts) rewrites, so that "ready" means the
 * store took a write just now, not only that it answered a read.
 */
import type { Migration } from './index.ts';

const migration: Migration = {
  id: '0006_store_probe',
  sqlite: `CREATE TABLE store_probe (id INTEGER PRIMARY KEY CHECK (id = 1), written_at INTEGER NOT NULL)`,
  postgres: `CREATE TABLE store_probe (id INTEGER PRIMARY KEY CHECK (id = 1), written_at BIGINT NOT NULL)`,
};

export default migration;
