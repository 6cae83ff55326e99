/**
 * An action's status and who may change it: the rules the ledger's `PATCH /api/actions/:id`
 * enforces and the board and the ledger ask to decide what to offer. Pure.
 *
 * - `blocked` and `won't do` need a reason: the person chasing the action must learn why.
 * - `won't do` counts as resolved only once the facilitator or an admin accepted it: an
 *   owner cannot make their own action go away. One of them setting it accepts it at once.
 * - The owner, the board's facilitator and an admin may move an action to any status; a
 *   member who is none of these may only take an action nobody owns yet. A viewer (or a
 *   read-only token) changes nothing.
 */
import { isOwner } from './ownerMatch.ts';

export const ACTION_ITEM_STATUSES = ['open', 'in progress', 'blocked', 'done', "won't do"] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** The statuses that say why: the reason is required when moving to one. */
export const REASON_STATUSES: readonly ActionItemStatus[] = ['blocked', "won't do"];

/** Longest reason, in characters: a sentence or two. */
export const ACTION_REASON_MAX = 500;

export function needsReason(status: ActionItemStatus): boolean {
  return REASON_STATUSES.includes(status);
}

/** Done, or won't do that the facilitator or an admin accepted: nothing left to chase. */
export function isResolved(action: {
  readonly status: ActionItemStatus;
  readonly accepted?: boolean | undefined;
}): boolean {
  return action.status === 'done' || (action.status === "won't do" && action.accepted === true);
}

/** Who asks for a change, as the rules see them. */
export interface ActionActor {
  /** Their workspace role; `viewer` for a read-only token. */
  readonly role: 'viewer' | 'member' | 'admin';
  /** The workspace person, when a person asks (not a token). */
  readonly personId?: string | undefined;
  /** Their display name, matched against the owner text (actions/ownerMatch.ts). */
  readonly name?: string | undefined;
  /** They facilitate the action's postmortem. */
  readonly facilitator: boolean;
}

/** What the rules need to know of the action. */
export interface ActionState {
  readonly status: ActionItemStatus;
  readonly owner?: string | undefined;
  readonly ownerPersonId?: string | undefined;
  readonly reason?: string | undefined;
  readonly accepted?: boolean | undefined;
}

/** A change asked for; absent fields stay, null clears (owner, due). */
export interface ActionChange {
  readonly status?: ActionItemStatus | undefined;
  readonly reason?: string | undefined;
  readonly owner?: string | null | undefined;
  readonly ownerPersonId?: string | null | undefined;
  readonly due?: string | null | undefined;
  /** Accept a `won't do` (facilitator or admin). */
  readonly accept?: boolean | undefined;
}

export type ChangeDecision =
  | {
      readonly ok: true;
      /** The status, reason and acceptance after the change. */
      readonly status: ActionItemStatus;
      readonly reason: string | undefined;
      readonly accepted: boolean;
    }
  | { readonly ok: false; readonly kind: 'forbidden' | 'invalid'; readonly message: string };

/** The actor owns the action: named by person id, or by name in the owner text. */
export function ownsAction(actor: ActionActor, action: ActionState): boolean {
  if (actor.personId && action.ownerPersonId) return actor.personId === action.ownerPersonId;
  return isOwner(action.owner, actor.name ?? null);
}

const forbidden = (message: string): ChangeDecision => ({ ok: false, kind: 'forbidden', message });
const invalid = (message: string): ChangeDecision => ({ ok: false, kind: 'invalid', message });

/** May the actor change this action as asked, and what does it become? */
export function decideChange(
  actor: ActionActor,
  action: ActionState,
  change: ActionChange,
): ChangeDecision {
  if (actor.role === 'viewer') return forbidden('Viewers cannot change actions.');
  const steward = actor.role === 'admin' || actor.facilitator;
  const owner = ownsAction(actor, action);
  const unowned = !action.owner && !action.ownerPersonId;

  if (!steward && !owner) {
    // Taking an unowned action for oneself is the only change open to every member.
    const takes =
      unowned &&
      change.status === undefined &&
      change.due === undefined &&
      change.accept === undefined &&
      actor.personId !== undefined &&
      change.ownerPersonId === actor.personId;
    if (!takes) {
      return forbidden(
        'Only the owner, the facilitator or an admin may change this action; a member may take an action nobody owns.',
      );
    }
  }
  if (change.accept && !steward) {
    return forbidden("Only the facilitator or an admin may accept a won't do.");
  }

  const status = change.status ?? action.status;
  const statusChanged = status !== action.status;
  const reason = change.reason?.trim() || (statusChanged ? undefined : action.reason);
  if (needsReason(status) && !reason) {
    return invalid(
      `An action ${status === 'blocked' ? 'blocked' : "that won't be done"} needs a reason.`,
    );
  }
  if (reason !== undefined && reason.length > ACTION_REASON_MAX) {
    return invalid(`A reason has at most ${ACTION_REASON_MAX} characters.`);
  }
  if (change.accept && status !== "won't do") {
    return invalid("Only a won't do can be accepted.");
  }
  // A won't do stays accepted until its status or reason changes; a steward's accepts.
  const kept = !statusChanged && change.reason === undefined && action.accepted === true;
  const accepted =
    status === "won't do" &&
    (kept || change.accept === true || (steward && (statusChanged || change.reason !== undefined)));
  return { ok: true, status, reason: needsReason(status) ? reason : undefined, accepted };
}
