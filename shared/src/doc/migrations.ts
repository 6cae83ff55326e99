/**
 * Named, ordered steps that bring a board doc from one schema version to the next.
 *
 * Only the server runs them (when it creates a board and when it loads one), under its
 * own origin, so two clients never race to migrate the same doc. A client that finds a
 * doc newer than {@link SCHEMA_VERSION} refuses to edit it and asks for a reload.
 */
import type * as Y from 'yjs';
import { metaMap, readSchemaVersion, SCHEMA_VERSION } from './layout.ts';

export interface Migration {
  /** The version the doc has after this step. */
  readonly to: number;
  /** What the step does, for logs and reviews. */
  readonly name: string;
  readonly up: (doc: Y.Doc) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    name: 'initial layout: meta, cards, incident facts and timeline',
    up: (doc) => {
      // Top-level types exist implicitly; only the version is written.
      metaMap(doc).set('schemaVersion', 1);
    },
  },
];

/** Origin of every transaction a migration runs in. */
export const MIGRATION_ORIGIN = Symbol('hindsight:migration');

/**
 * Applies every step above the doc's version, in one transaction.
 * @returns the names of the steps that ran (empty when already current).
 */
export function migrateDoc(doc: Y.Doc): string[] {
  const from = readSchemaVersion(doc);
  if (from > SCHEMA_VERSION) {
    throw new Error(`board doc has schema version ${from}, newer than ${SCHEMA_VERSION}`);
  }
  const steps = MIGRATIONS.filter((m) => m.to > from);
  if (steps.length === 0) return [];
  doc.transact(() => {
    for (const step of steps) step.up(doc);
  }, MIGRATION_ORIGIN);
  return steps.map((s) => s.name);
}

/** True when this code can safely edit the doc. */
export function isSchemaSupported(doc: Y.Doc): boolean {
  return readSchemaVersion(doc) <= SCHEMA_VERSION;
}
