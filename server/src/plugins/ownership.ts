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
  type MemberClaims,
  readMemberName,
  readOwnerClaims,
  roomName,
} from '@hindsight/shared';
import { BoardQueue } from '../sync/boardQueue.ts';
import { MemberDocCache } from '../sync/memberDocCache.ts';
import type { Room } from '../sync/room.ts';

/** Changes within this window are published together, ms. */
const DEBOUNCE_MS = 100;
/** Origin of the server's writes to the facilitation doc. */
const OWNERSHIP_ORIGIN = Symbol('hindsight:ownership');

export interface OwnershipService {
  /** Publishes a board's owner confirmations now, after any run already queued for it. */
  publish(boardId: string): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    ownership: OwnershipService;
  }
}

export default fp(
  async (app) => {
    const { rooms } = app;
    const timers = new Map<string, NodeJS.Timeout>();
    const queue = new BoardQueue(app.log, 'could not publish owner confirmations');

    /** Each counted member's name and claims as last read: only changed docs are read again. */
    const cache = new MemberDocCache<MemberClaims>();

    async function publishNow(boardId: string): Promise<void> {
      const memberIds = await app.members.ballotIds(boardId);
      const toRead = cache.toRead(boardId, memberIds);
      const names = [
        roomName(boardId),
        roomName(boardId, 'facilitation'),
        ...toRead.map((id) => privateRoomName(boardId, id)),
      ];
      try {
        await rooms.withRooms(names, ([board, facilitation, ...privates]) => {
          const read = new Map(
            privates.map((room, i): [string, MemberClaims] => [
              toRead[i]!,
              { name: readMemberName(room.doc), claims: readOwnerClaims(room.doc) },
            ]),
          );
          const members = cache.store(boardId, memberIds, read);
          const actionIds = new Set(actionItemsMap(board!.doc).keys());
          projectConfirmations(facilitation!.doc, members, actionIds, OWNERSHIP_ORIGIN);
        });
      } catch (err) {
        cache.forget(boardId); // what this run was to read is read again next time
        throw err;
      }
    }

    function publish(boardId: string): Promise<void> {
      timers.delete(boardId);
      return queue.run(boardId, () => publishNow(boardId));
    }

    rooms.addHooks({
      afterPeerUpdate: (room: Room) => {
        const ref = parseRoom(room.name);
        if (ref?.kind !== 'private') return;
        cache.changed(ref.boardId, ref.memberId);
        if (timers.has(ref.boardId)) return;
        timers.set(
          ref.boardId,
          setTimeout(() => void publish(ref.boardId), DEBOUNCE_MS),
        );
      },
      // A board whose facilitation doc leaves memory is read whole on its next run.
      beforeUnload: (room) => {
        const ref = parseRoom(room.name);
        if (ref?.kind === 'facilitation') cache.forget(ref.boardId);
      },
    });
    app.decorate('ownership', { publish });
    app.addHook('preClose', async () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      await queue.drain();
    });
  },
  { name: 'ownership', dependencies: ['store', 'rooms', 'members'] },
);
