/**
 * Publishes action owners' "I own this" (DESIGN.md, integrity): each member says it in
 * their own private doc; after a change there, the server reads every member's claims
 * and their own name, keeps the claims whose owner is that name, on actions of the
 * board, and writes them into the facilitation doc under its own origin
 * (`projectConfirmations`). Nobody can confirm for someone else: no one but the member
 * writes their private doc, and no participant writes the facilitation doc.
 */
import fp from 'fastify-plugin';
import {
  actionItemsMap,
  parseRoom,
  privateRoomName,
  projectConfirmations,
  readMemberName,
  readOwnerClaims,
  roomName,
} from '@hindsight/shared';
import { BoardQueue } from '../sync/boardQueue.ts';
import type { Room } from '../sync/room.ts';

/** Changes within this window are published together, ms. */
const DEBOUNCE_MS = 100;
/** Origin of the server's writes to the facilitation doc. */
const OWNERSHIP_ORIGIN = Symbol('hindsight:ownership');

export default fp(
  async (app) => {
    const { rooms } = app;
    const timers = new Map<string, NodeJS.Timeout>();
    const queue = new BoardQueue(app.log, 'could not publish owner confirmations');

    async function publishNow(boardId: string): Promise<void> {
      const memberIds = await app.members.ballotIds(boardId);
      const names = [
        roomName(boardId),
        roomName(boardId, 'facilitation'),
        ...memberIds.map((id) => privateRoomName(boardId, id)),
      ];
      await rooms.withRooms(names, ([board, facilitation, ...privates]) => {
        const members = privates.map((room) => ({
          name: readMemberName(room.doc),
          claims: readOwnerClaims(room.doc),
        }));
        const actionIds = new Set(actionItemsMap(board!.doc).keys());
        projectConfirmations(facilitation!.doc, members, actionIds, OWNERSHIP_ORIGIN);
      });
    }

    function publish(boardId: string): Promise<void> {
      timers.delete(boardId);
      return queue.run(boardId, () => publishNow(boardId));
    }

    rooms.addHooks({
      afterPeerUpdate: (room: Room) => {
        const ref = parseRoom(room.name);
        if (ref?.kind !== 'private' || timers.has(ref.boardId)) return;
        timers.set(
          ref.boardId,
          setTimeout(() => void publish(ref.boardId), DEBOUNCE_MS),
        );
      },
    });
    app.addHook('preClose', async () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await queue.drain();
    });
  },
  { name: 'ownership', dependencies: ['store', 'rooms', 'members'] },
);
