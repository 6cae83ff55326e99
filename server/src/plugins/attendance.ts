/**
 * Who took part: the names people show in presence on the board doc, under the role
 * their token granted (not the role their client claims). Stored per board for the
 * postmortem's "participants by role"; names only, never tied to a card.
 */
import fp from 'fastify-plugin';
import { DisplayNameSchema, parseRoom } from '@hindsight/shared';

/** Attendees remembered per process so presence changes (typing, drags) cost no write. */
const SEEN_MAX = 50_000;

/** The display name in an awareness state, if it has a valid one. */
export function nameInPresence(state: string): string | null {
  try {
    const parsed: unknown = JSON.parse(state);
    const name = (parsed as { user?: { name?: unknown } } | null)?.user?.name;
    const result = DisplayNameSchema.safeParse(name);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export default fp(
  async (app) => {
    const seen = new Set<string>();
    app.rooms.addHooks({
      afterPresence: (room, peer, states) => {
        const ref = parseRoom(room.name);
        if (ref?.kind !== 'board') return;
        for (const state of states) {
          const name = nameInPresence(state);
          const key = name && JSON.stringify([ref.boardId, peer.role, name]);
          if (!name || !key || seen.has(key)) continue;
          if (seen.size >= SEEN_MAX) seen.clear();
          seen.add(key);
          app.store
            .recordAttendee(ref.boardId, peer.role, name)
            .catch((err: unknown) =>
              app.storageHealth.logWriteFailure(app.log, err, 'could not record an attendee'),
            );
        }
      },
    });
  },
  { name: 'attendance', dependencies: ['store', 'rooms'] },
);
