/**
 * A won't do accepted: the facilitator or an admin agrees an action will not be done, and
 * it then counts as resolved (actions/status.ts). Scope: document, in the facilitation
 * doc, which only the facilitator and the server write: a participant, who writes the
 * board doc, cannot accept their own won't do, nor anyone else's.
 *
 * An acceptance names the reason it accepted. It holds while the action is a won't do
 * with that reason ({@link isAccepted}): a participant changing the status or the reason
 * on the board withdraws it for every reader, without anyone having to delete it, and the
 * server deletes those that no longer hold ({@link staleAcceptances}), so going back to
 * the same reason later does not bring one back.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { ACTION_REASON_MAX, type ActionItemStatus } from '../actions/status.ts';
import { actionAcceptancesMap } from '../doc/layout.ts';
import { idSchema } from '../ids.ts';

const ActionIdSchema = idSchema('an action item id');

/** One acceptance: the reason as it read when accepted, and when (acceptor's clock, ms). */
export const AcceptanceSchema = z.object({
  reason: z.string().trim().min(1).max(ACTION_REASON_MAX),
  at: z.number().int().nonnegative(),
});
export type Acceptance = z.infer<typeof AcceptanceSchema>;

/** What an acceptance is checked against: the action as the board doc holds it. */
interface Accepting {
  readonly id: string;
  readonly status: ActionItemStatus;
  readonly reason?: string | undefined;
}

/**
 * Accepts the won't do of action `actionId` whose reason reads `reason`, in the
 * facilitation doc (the facilitator's tab, or the server for an admin). Throws a
 * ZodError for a bad id or reason.
 */
export function acceptWontDo(
  facilitation: Y.Doc,
  actionId: string,
  reason: string,
  origin?: unknown,
  now = Date.now(),
): void {
  const id = ActionIdSchema.parse(actionId);
  const acceptance = AcceptanceSchema.parse({ reason, at: Math.round(now) });
  facilitation.transact(() => actionAcceptancesMap(facilitation).set(id, acceptance), origin);
}

/** Withdraws an acceptance; false when there was none. */
export function withdrawAcceptance(
  facilitation: Y.Doc,
  actionId: string,
  origin?: unknown,
): boolean {
  const map = actionAcceptancesMap(facilitation);
  if (!map.has(actionId)) return false;
  facilitation.transact(() => map.delete(actionId), origin);
  return true;
}

/** The stored acceptances, action id → acceptance; unreadable entries are skipped. */
export function readAcceptances(facilitation: Y.Doc): Map<string, Acceptance> {
  const out = new Map<string, Acceptance>();
  actionAcceptancesMap(facilitation).forEach((value, id) => {
    const acceptance = AcceptanceSchema.safeParse(value);
    if (acceptance.success) out.set(id, acceptance.data);
  });
  return out;
}

/** The action is a won't do whose reason is the one accepted. */
export function isAccepted(
  acceptances: ReadonlyMap<string, Acceptance>,
  action: Accepting,
): boolean {
  const acceptance = acceptances.get(action.id);
  return (
    action.status === "won't do" && acceptance !== undefined && acceptance.reason === action.reason
  );
}

/**
 * The acceptances that no longer hold: their action is gone, or is no longer a won't do
 * with the reason accepted. Sorted, so every run deletes in the same order.
 */
export function staleAcceptances(
  acceptances: ReadonlyMap<string, Acceptance>,
  actions: readonly Accepting[],
): string[] {
  const byId = new Map(actions.map((a) => [a.id, a]));
  return [...acceptances.keys()]
    .filter((id) => {
      const action = byId.get(id);
      return !action || !isAccepted(acceptances, action);
    })
    .sort();
}
