/**
 * The postmortem owner(s): the one to three people the team agrees on in the Owner
 * phase, who chase the action items until the follow-up review closes the incident.
 * Scope: document (facilitation doc): the facilitator records what the team agreed, and
 * no participant can name someone owner, or remove one, on their own.
 *
 * Names and responsibilities are each one whole value under `owners` and
 * `responsibilities` in `facilitationMap`: a list edited by one person in a short phase,
 * where a merge of two concurrent lists would be stranger than the last one written.
 * Up to facilitation layout 1 they were in the board doc (migrated by layout 2).
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { facilitationMap } from '../doc/layout.ts';

/** Most owners: shared ownership beyond three is nobody's. */
export const OWNERS_MAX = 3;
/** Most responsibilities listed. */
export const RESPONSIBILITIES_MAX = 10;

/** What the owner does, from the seeds; the team may reword the list. */
export const DEFAULT_OWNER_RESPONSIBILITIES: readonly string[] = [
  'Keep the postmortem document up to date',
  'Follow up on the action items with their owners',
  'Schedule and run the follow-up review',
  'Close the incident when all actions are done',
];

export const OwnerNameSchema = z
  .string({ error: 'An owner must be a name' })
  .trim()
  .min(1, 'An owner needs a name')
  .max(60, 'A name has at most 60 characters');

export const OwnerNamesSchema = z
  .array(OwnerNameSchema, { error: 'Owners must be a list of names' })
  .min(1, 'Name at least one owner')
  .max(OWNERS_MAX, `At most ${OWNERS_MAX} owners`)
  .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, {
    message: 'The same owner is named twice',
  });

export const ResponsibilitiesSchema = z
  .array(
    z
      .string({ error: 'A responsibility must be text' })
      .trim()
      .min(1, 'A responsibility needs some text')
      .max(200, 'A responsibility has at most 200 characters'),
  )
  .min(1, 'List at least one responsibility')
  .max(RESPONSIBILITIES_MAX, `At most ${RESPONSIBILITIES_MAX} responsibilities`);

export const PostmortemOwnerSchema = z.object({
  /** The agreed owners, 1 to 3; empty until the team agrees. */
  names: z.array(OwnerNameSchema).max(OWNERS_MAX),
  /** What the owners are responsible for; the seeds' list until someone edits it. */
  responsibilities: ResponsibilitiesSchema,
});
export type PostmortemOwner = z.infer<typeof PostmortemOwnerSchema>;

/**
 * The owners and their responsibilities, from the facilitation doc; no owner and the
 * default list when unset or unreadable.
 */
export function readPostmortemOwner(facilitation: Y.Doc): PostmortemOwner {
  const state = facilitationMap(facilitation);
  const names = OwnerNamesSchema.safeParse(state.get('owners'));
  const responsibilities = ResponsibilitiesSchema.safeParse(state.get('responsibilities'));
  return {
    names: names.success ? names.data : [],
    responsibilities: responsibilities.success
      ? responsibilities.data
      : [...DEFAULT_OWNER_RESPONSIBILITIES],
  };
}

/** Sets the owners (1 to 3 different names). Throws a ZodError for bad input. */
export function setPostmortemOwners(
  facilitation: Y.Doc,
  names: readonly string[],
  origin?: unknown,
): void {
  const parsed = OwnerNamesSchema.parse(names);
  facilitation.transact(() => facilitationMap(facilitation).set('owners', parsed), origin);
}

/** Removes the owners, back to "not agreed yet". */
export function clearPostmortemOwners(facilitation: Y.Doc, origin?: unknown): void {
  const state = facilitationMap(facilitation);
  if (!state.has('owners')) return;
  facilitation.transact(() => state.delete('owners'), origin);
}

/** Replaces the responsibilities list. Throws a ZodError for bad input. */
export function setOwnerResponsibilities(
  facilitation: Y.Doc,
  responsibilities: readonly string[],
  origin?: unknown,
): void {
  const parsed = ResponsibilitiesSchema.parse(responsibilities);
  facilitation.transact(
    () => facilitationMap(facilitation).set('responsibilities', parsed),
    origin,
  );
}
