/**
 * "I own this": an action's owner confirms the action is theirs. Scope: document, in two
 * docs, so that nobody can confirm on someone else's behalf.
 *
 * - The member says it in their own private doc ({@link claimOwnership}): action id →
 *   the owner name they confirm. Only they write that doc.
 * - The server publishes a claim in the facilitation doc ({@link projectConfirmations})
 *   only when the owner named is the member's own name (actions/ownerMatch.ts), for an
 *   action on the board. Only the facilitator and the server write that doc, and the
 *   facilitator's tab never writes this map.
 *
 * An action reads as confirmed when a published claim names its current owner exactly
 * ({@link confirmationOf}): changing the owner withdraws the confirmation, for every
 * reader, without anyone having to delete it.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { isOwner } from '../actions/ownerMatch.ts';
import { ownerClaimsMap, ownerConfirmationsMap } from '../doc/layout.ts';
import { idSchema } from '../ids.ts';

/** Most claims a member's doc is read for: far more actions than a postmortem has. */
export const CLAIMS_MAX = 200;

const ActionIdSchema = idSchema('an action item id');

/** One confirmation: the owner as it read when confirmed, and when (member's clock, ms). */
export const OwnerClaimSchema = z.object({
  owner: z.string().trim().min(1).max(80),
  at: z.number().int().nonnegative(),
});
export type OwnerClaim = z.infer<typeof OwnerClaimSchema>;

/** What the server publishes per action: the claims it verified, at most one per owner. */
const PublishedSchema = z.array(OwnerClaimSchema).max(CLAIMS_MAX);

/**
 * The member confirms that they own an action whose owner reads `owner`. Writes in the
 * member's private doc; throws a ZodError for a bad id or owner.
 */
export function claimOwnership(
  privateDoc: Y.Doc,
  actionId: string,
  owner: string,
  origin?: unknown,
  now = Date.now(),
): void {
  const id = ActionIdSchema.parse(actionId);
  const claim = OwnerClaimSchema.parse({ owner, at: Math.round(now) });
  privateDoc.transact(() => ownerClaimsMap(privateDoc).set(id, claim), origin);
}

/** The member's valid claims, action id → claim; at most {@link CLAIMS_MAX} are read. */
export function readOwnerClaims(privateDoc: Y.Doc): Map<string, OwnerClaim> {
  const claims = new Map<string, OwnerClaim>();
  for (const [id, value] of ownerClaimsMap(privateDoc).entries()) {
    if (claims.size >= CLAIMS_MAX) break;
    const claim = OwnerClaimSchema.safeParse(value);
    if (claim.success && ActionIdSchema.safeParse(id).success) claims.set(id, claim.data);
  }
  return claims;
}

/** One member as the server sees them: their own name and their claims. */
export interface MemberClaims {
  readonly name: string | undefined;
  readonly claims: ReadonlyMap<string, OwnerClaim>;
}

/**
 * The confirmations to publish: every claim whose owner is the claiming member's own
 * name, on an action that exists; per action one claim per owner (the earliest). Pure
 * and ordered, so every run over the same docs writes the same values.
 */
export function verifiedConfirmations(
  members: readonly MemberClaims[],
  actionIds: ReadonlySet<string>,
): Map<string, OwnerClaim[]> {
  const byAction = new Map<string, Map<string, OwnerClaim>>();
  for (const { name, claims } of members) {
    for (const [actionId, claim] of claims) {
      if (!actionIds.has(actionId) || !isOwner(claim.owner, name ?? null)) continue;
      const owners = byAction.get(actionId) ?? new Map<string, OwnerClaim>();
      const before = owners.get(claim.owner);
      if (!before || claim.at < before.at) owners.set(claim.owner, claim);
      byAction.set(actionId, owners);
    }
  }
  const sorted = new Map<string, OwnerClaim[]>();
  for (const id of [...byAction.keys()].sort()) {
    const claims = [...byAction.get(id)!.values()].sort(
      (a, b) => a.at - b.at || (a.owner < b.owner ? -1 : 1),
    );
    sorted.set(id, claims);
  }
  return sorted;
}

/**
 * Publishes the verified confirmations in the facilitation doc (server only), writing
 * only what changed.
 */
export function projectConfirmations(
  facilitation: Y.Doc,
  members: readonly MemberClaims[],
  actionIds: ReadonlySet<string>,
  origin?: unknown,
): void {
  const next = verifiedConfirmations(members, actionIds);
  const map = ownerConfirmationsMap(facilitation);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const stale = [...map.keys()].filter((id) => !next.has(id));
  const changed = [...next].filter(([id, claims]) => !same(map.get(id), claims));
  if (stale.length === 0 && changed.length === 0) return;
  facilitation.transact(() => {
    for (const id of stale) map.delete(id);
    for (const [id, claims] of changed) map.set(id, claims);
  }, origin);
}

/** The published confirmations, action id → claims; unreadable entries are skipped. */
export function readConfirmations(facilitation: Y.Doc): Map<string, OwnerClaim[]> {
  const out = new Map<string, OwnerClaim[]>();
  ownerConfirmationsMap(facilitation).forEach((value, id) => {
    const claims = PublishedSchema.safeParse(value);
    if (claims.success) out.set(id, claims.data);
  });
  return out;
}

/** The confirmation of an action's current owner, if its owner confirmed. */
export function confirmationOf(
  confirmations: ReadonlyMap<string, readonly OwnerClaim[]>,
  action: { readonly id: string; readonly owner?: string | undefined },
): OwnerClaim | null {
  if (!action.owner) return null;
  return confirmations.get(action.id)?.find((c) => c.owner === action.owner) ?? null;
}
