/**
 * New actions get their due date from the workspace's policy (shared actions/duePolicy.ts):
 * the server watches each resident board doc for actions a person adds (a peer's
 * transaction, sync/room.ts) and gives each one added with no due date the policy's date
 * for the board's severity, counted from today in the incident's zone. It writes as
 * itself, once: the action keeps `dueDefault`, so a person who then clears or changes the
 * date is never overruled. A later change of the board's severity moves no date: people
 * may have planned around the one they saw, and the note beside it still says which
 * severity gave it.
 */
import * as Y from 'yjs';
import {
  actionItemsMap,
  dueDefaultFor,
  giveDefaultDue,
  localDate,
  readActionItems,
  readIncident,
  type ActionItemMap,
  type DuePolicy,
  type Severity,
} from '@hindsight/shared';
import { asPeer } from './liveHistory.ts';

/** Origin of the server's default due dates. */
export const DEFAULT_DUE_ORIGIN = Symbol('hindsight:default-due');

/** Actions people added in one transaction, with the board's severity and day then. */
export interface AddedActions {
  readonly ids: readonly string[];
  readonly severity: Severity | null;
  /** Today in the incident's zone, `YYYY-MM-DD`. */
  readonly today: string;
}

/**
 * Watches a board doc for actions people add; answers the function that stops. The
 * severity is read as the action is added: one changed after it gives it nothing.
 */
export function watchNewActions(
  doc: Y.Doc,
  added: (actions: AddedActions) => void,
  now = Date.now,
): () => void {
  const items = actionItemsMap(doc);
  const observer = (event: Y.YMapEvent<ActionItemMap>, tr: Y.Transaction) => {
    if (!asPeer(tr.origin)) return;
    const ids = [...event.changes.keys].flatMap(([id, c]) => (c.action === 'add' ? [id] : []));
    if (ids.length === 0) return;
    const { severity, timeZone } = readIncident(doc);
    added({ ids, severity, today: localDate(now(), timeZone) });
  };
  items.observe(observer);
  return () => items.unobserve(observer);
}

/** Gives the actions added their default due date where the rule says so; how many got one. */
export function giveDefaultDues(
  doc: Y.Doc,
  { ids, severity, today }: AddedActions,
  policy: DuePolicy,
): number {
  const wanted = new Set(ids);
  let given = 0;
  doc.transact(() => {
    for (const action of readActionItems(doc)) {
      if (!wanted.has(action.id)) continue;
      const due = dueDefaultFor(action, severity, policy, today);
      if (due && giveDefaultDue(doc, action.id, due, DEFAULT_DUE_ORIGIN)) given++;
    }
  }, DEFAULT_DUE_ORIGIN);
  return given;
}
