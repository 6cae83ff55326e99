/**
 * Who took part: the name each member shows in presence on the board doc, recorded on
 * its member row (sync/members.ts) under the role its token granted, not the one its
 * client claims. One name per member, so one connection cannot fill the postmortem's
 * "participants by role" with invented people. Names only, never tied to a card.
 * Recorded by the board's owner under its lease: a process that lost the board (paused
 * past its lease) finds the name refused, and the new owner records it when the member
 * reconnects there.
 */
import fp from 'fastify-plugin';
import { parseRoom, presenceName } from '@hindsight/shared';

/** The display name in an awareness state's JSON text, if it has a valid one. */
export function nameInPresence(state: string): string | null {
  try {
    return presenceName(JSON.parse(state));
  } catch {
    return null;
  }
}

export default fp(
  async (app) => {
    app.rooms.addHooks({
      afterPresence: (room, peer, states) => {
        const ref = parseRoom(room.name);
        if (ref?.kind !== 'board' || peer.memberId === null) return;
        for (const state of states) {
          const name = nameInPresence(state);
          if (!name) continue;
          const fence = room.fence;
          const record = () => app.members.name(ref.boardId, peer.memberId!, name, fence);
          record().catch((err: unknown) => {
            app.storageHealth.logWriteFailure(app.log, err, 'could not record an attendee');
            // Recorded once the store takes writes again (a name is recorded once per member).
            if (!app.storageHealth.writable) {
              void app.storageHealth
                .whenWritable()
                .then(record)
                .catch((again: unknown) =>
                  app.storageHealth.logWriteFailure(app.log, again, 'could not record an attendee'),
                );
            }
          });
        }
      },
    });
  },
  { name: 'attendance', dependencies: ['store', 'rooms', 'members'] },
);
