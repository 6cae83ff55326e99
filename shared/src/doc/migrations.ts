/**
 * Named, ordered steps that bring each kind of doc from one layout version to the next.
 *
 * Only the server runs them, when it loads a room, under its own origin, so two clients
 * never race to migrate the same doc. The version a doc is at is recorded by the server
 * beside the doc's stored state (never in the doc, where its writers could change it),
 * and a browser whose code expects another version is told to reload
 * (`CloseCode.VersionMismatch`).
 *
 * A step must not throw on content it does not expect: a doc holds whatever its writers
 * put there, and a step that throws makes the board unavailable.
 */
import type * as Y from 'yjs';
import type { DocKind } from '../rooms.ts';
import { legacyMetaMap, SCHEMA_VERSIONS } from './layout.ts';

export interface Migration {
  /** The version the doc has after this step. */
  readonly to: number;
  /** What the step does, for logs and reviews. */
  readonly name: string;
  readonly up: (doc: Y.Doc) => void;
}

/** The layout as first released, before versions were recorded outside the docs. */
const baseline = (name: string): Migration => ({ to: 1, name, up: () => undefined });

export const MIGRATIONS: Readonly<Record<DocKind, readonly Migration[]>> = {
  board: [
    baseline('initial layout: meta, cards, incident facts and timeline'),
    {
      to: 2,
      name: 'board meta leaves the board doc: title, template and creation time are the board row, the version is recorded by the server',
      up: (doc) => {
        const meta = legacyMetaMap(doc);
        for (const key of [...meta.keys()]) meta.delete(key);
      },
    },
  ],
  facilitation: [baseline('initial layout: plan, session, counts, voting and revealed cards')],
  private: [baseline('initial layout: cards, profile and votes')],
};

/** Origin of every transaction a migration runs in. */
export const MIGRATION_ORIGIN = Symbol('hindsight:migration');

/** A stored doc is at a layout this code does not know: written by a newer Hindsight. */
export class NewerLayoutError extends Error {
  constructor(
    readonly kind: DocKind,
    readonly version: number,
  ) {
    super(`${kind} doc has layout ${version}, newer than ${SCHEMA_VERSIONS[kind]}`);
    this.name = 'NewerLayoutError';
  }
}

/**
 * The layout version of a stored doc. `recorded` is what the server stored beside it;
 * a doc stored before versions were recorded is at layout 1 (the first release wrote no
 * other), and an empty doc is at the current layout, with nothing to migrate.
 */
export function storedLayoutVersion(
  kind: DocKind,
  recorded: number | null,
  empty: boolean,
): number {
  if (recorded !== null) return recorded;
  return empty ? SCHEMA_VERSIONS[kind] : 1;
}

/**
 * Applies every step of `kind` above `from`, in one transaction.
 * @returns the version the doc is at now, and the names of the steps that ran.
 * @throws NewerLayoutError when `from` is newer than this code.
 */
export function migrateDoc(
  kind: DocKind,
  doc: Y.Doc,
  from: number,
): { version: number; steps: string[] } {
  const current = SCHEMA_VERSIONS[kind];
  if (from > current) throw new NewerLayoutError(kind, from);
  const steps = MIGRATIONS[kind].filter((m) => m.to > from);
  if (steps.length > 0) {
    doc.transact(() => {
      for (const step of steps) step.up(doc);
    }, MIGRATION_ORIGIN);
  }
  return { version: current, steps: steps.map((s) => s.name) };
}
