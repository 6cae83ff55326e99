/**
 * Each index row records the version of the projection that wrote it (search/entry.ts,
 * `PROJECTION`), so a server that projects boards differently notices the rows written
 * before and writes them again in the background (search/catchUp.ts). Rows from before
 * this step are version 0: behind.
 */
import type { Migration } from './index.ts';

const sql = 'ALTER TABLE postmortem_index ADD COLUMN projection INTEGER NOT NULL DEFAULT 0;';

const migration: Migration = { id: '0017_index_projection', sqlite: sql, postgres: sql };

export default migration;
