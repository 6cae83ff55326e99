/**
 * A board's ledger rows from its board and facilitation docs: the same read the library
 * index makes, on the same pipeline (search/indexer.ts runs it after each index write).
 * An owner's person id is kept only when it names a person of the workspace
 * ({@link withKnownOwners}): the board doc is its participants' to write.
 */
import type * as Y from 'yjs';
import {
  isResolved,
  ownerNames,
  priorityLevel,
  readActionItems,
  type ActionItemView,
} from '@hindsight/shared';
import type { PersonRecord } from '../storage/workspaceStore.ts';
import type { LedgerRow } from './ledgerStore.ts';

export function ledgerRow(boardId: string, a: ActionItemView): LedgerRow {
  return {
    boardId,
    actionId: a.id,
    title: a.title.trim(),
    owner: a.owner ?? null,
    ownerNames: a.owner ? ownerNames(a.owner) : [],
    ownerPersonId: a.ownerPersonId ?? null,
    due: a.due ?? null,
    priority: a.quadrant ? priorityLevel(a.quadrant) : null,
    status: a.status,
    reason: a.reason ?? null,
    accepted: a.accepted === true,
    resolved: isResolved(a),
    ticket: a.link ?? null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export function ledgerRowsFromDocs(
  boardId: string,
  board: Y.Doc,
  facilitation: Y.Doc,
): LedgerRow[] {
  return readActionItems(board, facilitation).map((a) => ledgerRow(boardId, a));
}

/** Which of the ids name a person of the workspace. */
export type KnownPeople = (ids: readonly string[]) => Promise<ReadonlySet<string>>;

/** {@link KnownPeople} from a lookup by id (the workspace's `people.find`). */
export const knownPeopleOf =
  (find: (id: string) => Promise<PersonRecord | null>): KnownPeople =>
  async (ids) =>
    new Set((await Promise.all(ids.map(find))).flatMap((p) => (p ? [p.id] : [])));

/**
 * The rows with each owner's person id kept only when it names a person of the workspace:
 * anyone who may write the board may write any id into an action, and a made-up one must
 * neither send reminders anywhere nor put the action in anyone's "My actions". The owner's
 * name stays, as free text.
 */
export async function withKnownOwners(
  rows: readonly LedgerRow[],
  known: KnownPeople,
): Promise<LedgerRow[]> {
  const ids = [...new Set(rows.flatMap((r) => (r.ownerPersonId ? [r.ownerPersonId] : [])))];
  const real = ids.length === 0 ? new Set<string>() : await known(ids);
  return rows.map((r) =>
    r.ownerPersonId && !real.has(r.ownerPersonId) ? { ...r, ownerPersonId: null } : r,
  );
}
