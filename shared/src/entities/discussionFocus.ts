/**
 * The cluster under discussion: which cluster the facilitator has the team on in the
 * Discuss phase, and from which point of the phase timer. Scope: document (facilitation
 * doc, one whole value under `discussion`), so only the facilitator moves it and every
 * browser shows the same cluster. It names a cluster id, not an index: the order comes
 * from the vote tally, and an id keeps naming the same cluster if that order changes.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { facilitationMap } from '../doc/layout.ts';
import { readSession } from './facilitation.ts';
import { elapsed } from '../session/timer.ts';
import { idSchema } from '../ids.ts';

export const DiscussionFocusSchema = z.object({
  /** The cluster being discussed. */
  clusterId: idSchema('a cluster id'),
  /** The phase timer's elapsed time when the team moved to it, ms. */
  sinceElapsedMs: z.number().int().nonnegative(),
  /**
   * Server time the phase visit began in which the team moved to it. Entering the phase
   * again starts a fresh timer, and the old `sinceElapsedMs` means nothing in it.
   */
  visitStartedAt: z.number().int().nonnegative(),
});
export type DiscussionFocus = z.infer<typeof DiscussionFocusSchema>;

/** Key of the focus in the facilitation doc's state map. */
const FOCUS_KEY = 'discussion';

/** The stored focus, or null when the facilitator has not moved yet (or it is unreadable). */
export function readDiscussionFocus(doc: Y.Doc): DiscussionFocus | null {
  const result = DiscussionFocusSchema.safeParse(facilitationMap(doc).get(FOCUS_KEY));
  return result.success ? result.data : null;
}

/**
 * Puts the team on `clusterId` from now, in the current phase visit: the time spent on
 * it counts from the timer's elapsed time at this moment, so a paused timer pauses it
 * too. Writes nothing when that cluster already has the focus in this visit.
 */
export function setDiscussionFocus(
  doc: Y.Doc,
  clusterId: string,
  now: number,
  origin?: unknown,
): DiscussionFocus {
  const session = readSession(doc);
  const visit = session.history.at(-1);
  const visitStartedAt = visit && visit.endedAt === null ? visit.startedAt : 0;
  const before = readDiscussionFocus(doc);
  if (before?.clusterId === clusterId && before.visitStartedAt === visitStartedAt) return before;
  const focus = DiscussionFocusSchema.parse({
    clusterId,
    sinceElapsedMs: session.timer ? Math.round(elapsed(session.timer, now)) : 0,
    visitStartedAt,
  });
  doc.transact(() => facilitationMap(doc).set(FOCUS_KEY, focus), origin);
  return focus;
}
