/**
 * New actions get their due date from the workspace's policy (shared actions/duePolicy.ts):
 * the server watches each resident board doc for actions a person adds (a peer's
 * transaction, sync/room.ts) and gives each one added with no due date the policy's date
 * for the board's severity, counted from today in the incident's zone. It writes as
 * itself, once: the action keeps `dueDefault`, so a person who then clears or changes the
 * date is never overruled. A later change of the board's severity moves no date: people
 * may have planned around the one they saw, and the note beside it still says which
 * severity gave it.
 *
 * `dueDefault` is the server's alone: a participant who writes it (on a new action or an
 * existing one) would forge the policy's provenance ("SEV2 policy, 8 weeks") beside a
 * date they chose, so the server undoes every peer's write of it at once
 * ({@link keepDueDefaultsServerOwned}), as it stores a forged close as what it reads.
 */
import * as Y from 'yjs';
import {
  actionItemsMap,
  DueDefaultSchema,
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

/** A fix of one action's `dueDefault`: the value to put back, or undefined to remove it. */
interface Undo {
  readonly id: string;
  readonly value: unknown;
}

/** The peers' writes of `dueDefault` in one transaction's events, as what undoes them. */
export function forgedDueDefaults(
  items: Y.Map<unknown>,
  events: readonly Y.YEvent<Y.AbstractType<unknown>>[],
): Undo[] {
  const undos: Undo[] = [];
  for (const event of events) {
    if (!(event instanceof Y.YMapEvent)) continue;
    if (event.target === items) {
      // A new action (or one replaced whole) that comes with its own dueDefault.
      for (const [id, change] of event.changes.keys) {
        const item = items.get(id);
        if (change.action !== 'delete' && item instanceof Y.Map && item.has(DUE_DEFAULT)) {
          undos.push({ id, value: undefined });
        }
      }
    } else if (event.path.length === 1) {
      const change = event.changes.keys.get(DUE_DEFAULT);
      // Changed or removed: the server's value (the only one kept) goes back.
      if (!change) continue;
      const before = DueDefaultSchema.safeParse(change.oldValue);
      undos.push({ id: String(event.path[0]), value: before.success ? before.data : undefined });
    }
  }
  return undos;
}

const DUE_DEFAULT = 'dueDefault';

/**
 * Undoes every peer's write of `dueDefault` on the board's actions, in the server's own
 * transaction right after it; answers the function that stops.
 */
export function keepDueDefaultsServerOwned(doc: Y.Doc): () => void {
  const items = actionItemsMap(doc) as Y.Map<unknown>;
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    if (!asPeer(tr.origin)) return;
    const undos = forgedDueDefaults(items, events);
    if (undos.length === 0) return;
    doc.transact(() => {
      for (const { id, value } of undos) {
        const item = items.get(id);
        if (!(item instanceof Y.Map)) continue;
        if (value === undefined) item.delete(DUE_DEFAULT);
        else item.set(DUE_DEFAULT, value);
      }
    }, DEFAULT_DUE_ORIGIN);
  };
  items.observeDeep(observer);
  return () => items.unobserveDeep(observer);
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
