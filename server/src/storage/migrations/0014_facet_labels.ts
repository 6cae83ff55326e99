/**
 * Each facet row keeps the form a postmortem wrote (`label`, e.g. "PostgreSQL") beside
 * the lower-cased value the filters match, so the vocabulary can merge values
 * case-insensitively yet show the form most used. Rows indexed before this step get
 * their lower-cased value until their board is indexed again.
 */
import type { Migration } from './index.ts';

const sql = `
ALTER TABLE postmortem_facets ADD COLUMN label TEXT NOT NULL DEFAULT '';
UPDATE postmortem_facets SET label = value;
`;

const migration: Migration = { id: '0014_facet_labels', sqlite: sql, postgres: sql };

export default migration;
