/**
 * Closing a postmortem from the ledger, once every action is resolved (issue #18): who may,
 * and what `GET /api/boards/:id/closing` answers so the ledger offers it only to them.
 * The board's own rule (entities/postmortemStatus.ts) still decides whether it may close
 * at all. Pure.
 *
 * Who may close it: its facilitator, a postmortem owner the team named (by name, as an
 * action's owner is matched: actions/ownerMatch.ts), or an admin. Anyone else who reads
 * the ledger sees that it is ready to close, and nothing to press.
 */
import { z } from 'zod';
import { POSTMORTEM_STATUSES } from '../entities/postmortemStatus.ts';
import { isOwner } from './ownerMatch.ts';
import type { ActionActor } from './status.ts';

/** What the rule needs to know of the postmortem. */
export interface ClosingFacts {
  /** The postmortem owners the team named (Owner phase). */
  readonly owners: readonly string[];
}

/** Whether `actor` may close the postmortem. */
export function mayClosePostmortem(actor: ActionActor, { owners }: ClosingFacts): boolean {
  if (actor.role === 'viewer') return false;
  if (actor.role === 'admin' || actor.facilitator) return true;
  return owners.some((owner) => isOwner(owner, actor.name ?? null));
}

/** `GET /api/boards/:id/closing`: where the postmortem stands, and whether the caller may close it. */
export const ClosingResponseSchema = z.object({
  status: z.enum(POSTMORTEM_STATUSES),
  /** Every action is resolved and it is not closed yet: it is offered for closing. */
  closable: z.boolean(),
  /** Actions not resolved yet. */
  openActions: z.number().int().nonnegative(),
  /** The caller may close it (facilitator, owner, admin). */
  mayClose: z.boolean(),
});
export type ClosingResponse = z.infer<typeof ClosingResponseSchema>;
