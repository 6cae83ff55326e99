/**
 * The one path an action's status, owner or due date changes by from outside the board:
 * `PATCH /api/actions/:id` and a tracker's news of its issue (trackers/sync.ts) both come
 * here. The change is decided by shared actions/status.ts for the caller, written to the
 * board's docs through their rooms as the server (everyone on the board sees it live), recorded
 * in the action's history with who made it and where, and the ledger row follows at once.
 */
import type { FastifyInstance } from 'fastify';
import {
  decideChange,
  readActionItems,
  roomName,
  type ActionChange,
  type ActionItemStatus,
  type ActionItemView,
  type ChangeDecision,
} from '@hindsight/shared';
import type { LedgerCaller } from './actor.ts';
import type { HistoryRecord, LedgerListed } from './ledgerStore.ts';
import { applyChange, changesOf } from './patch.ts';

/** The server's own writes to a board from the ledger. */
export const LEDGER_ORIGIN = Symbol('hindsight:ledger');

export type ChangeOutcome =
  | { readonly kind: 'gone' }
  | { readonly kind: 'conflict'; readonly status: ActionItemStatus }
  | { readonly kind: 'refused'; readonly decision: Extract<ChangeDecision, { ok: false }> }
  /** The asking function found nothing to change. */
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'done'; readonly row: LedgerListed | null };

export interface ChangeRequest {
  /** The change, or a function of the action as it is now (null: leave it). */
  readonly change: ActionChange | ((action: ActionItemView) => ActionChange | null);
  /** The status the caller saw: another one is a conflict and changes nothing. */
  readonly expectedStatus?: ActionItemStatus | undefined;
  readonly via: HistoryRecord['via'];
}

export async function changeAction(
  app: FastifyInstance,
  row: Pick<LedgerListed, 'boardId' | 'actionId'>,
  caller: LedgerCaller,
  request: ChangeRequest,
): Promise<ChangeOutcome> {
  const rooms = [roomName(row.boardId), roomName(row.boardId, 'facilitation')];
  const outcome = await app.rooms.withRooms(rooms, ([board, facilitation]) => {
    const docs = { board: board!.doc, facilitation: facilitation!.doc };
    const action = readActionItems(docs.board, docs.facilitation).find(
      (a) => a.id === row.actionId,
    );
    if (!action) return { kind: 'gone' as const };
    if (request.expectedStatus && request.expectedStatus !== action.status) {
      return { kind: 'conflict' as const, status: action.status };
    }
    const change = typeof request.change === 'function' ? request.change(action) : request.change;
    if (!change) return { kind: 'unchanged' as const };
    const decision = decideChange(caller.actor, action, change);
    if (!decision.ok) return { kind: 'refused' as const, decision };
    const now = Date.now();
    const applied = applyChange(docs, action, change, decision, LEDGER_ORIGIN, now);
    return {
      kind: 'records' as const,
      records: changesOf(row.boardId, applied, caller.by, now, request.via),
      // Recorded under the lease the change was written under, as the change is stored.
      fence: board!.fence,
    };
  });
  if (outcome.kind !== 'records') return outcome;
  await app.store.appendHistory(outcome.records, outcome.fence);
  // The server's own write schedules no index run by itself: the ledger row follows now.
  app.searchIndexer.schedule(row.boardId);
  await app.searchIndexer.flush(row.boardId);
  return { kind: 'done', row: await app.store.findAction(row.actionId) };
}
