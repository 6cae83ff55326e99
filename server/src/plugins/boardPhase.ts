/**
 * Keeps the board row's phase (the home page's "where the meeting is") current from the
 * server's own copy of the facilitation doc, never from what a client claims: read after
 * the doc loads and after each facilitator change, and written only when it changed.
 */
import fp from 'fastify-plugin';
import { DEFAULT_TEMPLATE, parseRoom, phaseLabel, readPlan, readSession } from '@hindsight/shared';
import type { Room } from '../sync/room.ts';

export default fp(
  async (app) => {
    /** The label last stored per loaded board, so that a timer tick writes nothing. */
    const stored = new Map<string, string>();

    function record(room: Room): void {
      const ref = parseRoom(room.name);
      if (ref?.kind !== 'facilitation') return;
      const label = phaseLabel(readPlan(room.doc, DEFAULT_TEMPLATE), readSession(room.doc));
      if (stored.get(ref.boardId) === label) return;
      stored.set(ref.boardId, label);
      app.store.setBoardPhase(ref.boardId, label, room.fence).catch((err: unknown) => {
        stored.delete(ref.boardId);
        app.storageHealth.logWriteFailure(app.log, err, 'could not record the phase');
      });
    }

    app.rooms.addHooks({
      afterLoad: record,
      afterPeerUpdate: record,
      beforeUnload(room) {
        const ref = parseRoom(room.name);
        if (ref?.kind === 'facilitation') stored.delete(ref.boardId);
      },
    });
  },
  { name: 'boardPhase', dependencies: ['store', 'rooms'] },
);
