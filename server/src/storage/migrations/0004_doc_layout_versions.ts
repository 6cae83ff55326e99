/**
 * Each snapshot records its doc's layout version (shared doc/migrations.ts), written by
 * the server beside the doc rather than inside it, where the doc's writers could change it.
 */
import type { Migration } from './index.ts';

const migration: Migration = {
  id: '0004_doc_layout_versions',
  // A function: SQLite has no ADD COLUMN IF NOT EXISTS, and files written by the version
  // that added the column before it was a step already have it.
  sqlite: (db) => {
    const columns = db.pragma('table_info(doc_snapshots)') as { name: string }[];
    if (!columns.some((c) => c.name === 'schema_version')) {
      db.exec('ALTER TABLE doc_snapshots ADD COLUMN schema_version INTEGER');
    }
  },
  postgres: 'ALTER TABLE doc_snapshots ADD COLUMN schema_version INTEGER',
};

export default migration;
