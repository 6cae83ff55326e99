/**
 * A ledger change applied to the board's docs, and what it changed as history records.
 * The decision (who may, what the status becomes) is shared actions/status.ts's; this
 * only writes it, through the entities' commands: the fields in the board doc, the
 * acceptance in the facilitation doc (entities/actionAcceptance.ts).
 */
import type * as Y from 'yjs';
import {
  acceptWontDo,
  editActionItem,
  withdrawAcceptance,
  setActionStatus,
  type ActionChange,
  type ActionItemView,
  type ChangeDecision,
} from '@hindsight/shared';
import type { HistoryRecord } from './ledgerStore.ts';

const FIELDS = ['status', 'owner', 'due', 'reason', 'accepted'] as const;
type Field = (typeof FIELDS)[number];

/** The tracked fields before and after. */
export interface AppliedChange {
  readonly actionId: string;
  readonly before: Readonly<Record<Field, string | null>>;
  readonly after: Readonly<Record<Field, string | null>>;
}

function tracked(a: ActionItemView): Record<Field, string | null> {
  return {
    status: a.status,
    owner: a.owner ?? null,
    due: a.due ?? null,
    reason: a.reason ?? null,
    accepted: a.accepted ? 'true' : null,
  };
}

/** The board's docs a change writes. */
export interface BoardDocs {
  readonly board: Y.Doc;
  readonly facilitation: Y.Doc;
}

/** Writes an allowed change; answers the tracked fields before and after. */
export function applyChange(
  { board: doc, facilitation }: BoardDocs,
  action: ActionItemView,
  change: ActionChange,
  decision: Extract<ChangeDecision, { ok: true }>,
  origin: unknown,
  now: number,
): AppliedChange {
  const before = tracked(action);
  const edit: Parameters<typeof editActionItem>[2] = {};
  if (change.owner !== undefined) edit.owner = change.owner;
  if (change.ownerPersonId !== undefined) edit.ownerPersonId = change.ownerPersonId;
  if (change.due !== undefined) edit.due = change.due;
  if (Object.keys(edit).length > 0) editActionItem(doc, action.id, edit, origin, now);
  const status = { status: decision.status, reason: decision.reason };
  const after: Record<Field, string | null> = {
    ...before,
    ...(change.owner !== undefined ? { owner: change.owner?.trim() || null } : {}),
    ...(change.due !== undefined ? { due: change.due } : {}),
    status: status.status,
    reason: status.reason ?? null,
    accepted: decision.accepted ? 'true' : null,
  };
  if (before.status !== after.status || before.reason !== after.reason) {
    setActionStatus(doc, action.id, status, origin, now);
  }
  if (decision.accepted && status.reason !== undefined) {
    // Accepted anew, or again with the reason a steward just gave.
    if (before.accepted === null || before.reason !== after.reason) {
      acceptWontDo(facilitation, action.id, status.reason, origin, now);
    }
  } else withdrawAcceptance(facilitation, action.id, origin);
  return { actionId: action.id, before, after };
}

/** The history records of an applied change, by whoever made it, from where. */
export function changesOf(
  boardId: string,
  applied: AppliedChange,
  by: Pick<HistoryRecord, 'byKind' | 'byId' | 'byName'>,
  at: number,
  via: HistoryRecord['via'],
): HistoryRecord[] {
  return FIELDS.filter((f) => applied.before[f] !== applied.after[f]).map((field) => ({
    boardId,
    actionId: applied.actionId,
    at,
    field,
    from: applied.before[field],
    to: applied.after[field],
    ...by,
    via,
  }));
}
