/**
 * The schema's history, one named step per file, for both stores. Each step gives its
 * SQLite and its Postgres form, so a table cannot be added to one store and forgotten in
 * the other. A step runs once, in its own transaction with its row in
 * `schema_migrations`: it is applied and recorded together, or not at all. Steps are
 * only ever appended; a released step is never edited (a database may have run it).
 */
import type Database from 'better-sqlite3';
import initial from './0001_initial.ts';
import roomSequences from './0002_room_sequences.ts';
import apiTokens from './0003_api_tokens.ts';
import docLayoutVersions from './0004_doc_layout_versions.ts';
import boardVersions from './0005_board_versions.ts';
import storeProbe from './0006_store_probe.ts';
import boardMembers from './0007_board_members.ts';
import accounts from './0008_accounts.ts';
import invitations from './0009_invitations.ts';
import identities from './0010_identities.ts';
import boardWorkspace from './0011_board_workspace.ts';
import postmortemIndex from './0012_postmortem_index.ts';
import publicLinks from './0013_public_links.ts';
import facetLabels from './0014_facet_labels.ts';
import actionLedger from './0015_action_ledger.ts';
import searchVectorInline from './0016_search_vector_inline.ts';
import indexProjection from './0017_index_projection.ts';
import reminders from './0018_reminders.ts';
import trackers from './0019_trackers.ts';
import sortKeys from './0020_sort_keys.ts';
import actionPolicy from './0021_action_policy.ts';
import boardLeases from './0022_board_leases.ts';

export interface Migration {
  /** Stable name, recorded in `schema_migrations` once applied. */
  readonly id: string;
  /** SQL, or a function for a step SQLite cannot say in SQL alone; runs in the transaction. */
  readonly sqlite: string | ((db: Database.Database) => void);
  readonly postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  initial,
  roomSequences,
  apiTokens,
  docLayoutVersions,
  boardVersions,
  storeProbe,
  boardMembers,
  accounts,
  invitations,
  identities,
  boardWorkspace,
  postmortemIndex,
  publicLinks,
  facetLabels,
  actionLedger,
  searchVectorInline,
  indexProjection,
  reminders,
  trackers,
  sortKeys,
  actionPolicy,
  boardLeases,
];

/** The bookkeeping table; the same statement is valid in both dialects. */
export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id TEXT PRIMARY KEY,
  applied_at BIGINT NOT NULL
)`;

/** The steps of `migrations` not in `applied`, in order. */
export function pending(
  migrations: readonly Migration[],
  applied: ReadonlySet<string>,
): Migration[] {
  return migrations.filter((m) => !applied.has(m.id));
}

/**
 * Steps recorded in the database that this version does not know: a newer version has
 * migrated it. Steps are additive, so this version can still run; the caller warns.
 */
export function unknownSteps(
  migrations: readonly Migration[],
  applied: Iterable<string>,
): string[] {
  const known = new Set(migrations.map((m) => m.id));
  return [...applied].filter((id) => !known.has(id)).sort();
}

export function newerSchemaMessage(unknown: readonly string[]): string {
  return `the database has schema steps this version does not know (${unknown.join(', ')}); a newer version migrated it`;
}
