/**
 * Postgres keeps a postmortem's search vector in its row (`STORAGE MAIN`) instead of
 * moving it out to the TOAST table, where the long text columns go: ranking reads the
 * vector of every candidate, and an out-of-line value costs an index lookup and more
 * pages each. Rows take it as they are written again. SQLite has nothing to change.
 */
import type { Migration } from './index.ts';

const migration: Migration = {
  id: '0016_search_vector_inline',
  sqlite: '',
  postgres: 'ALTER TABLE postmortem_index ALTER COLUMN document SET STORAGE MAIN;',
};

export default migration;
