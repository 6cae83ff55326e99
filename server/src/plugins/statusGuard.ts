/**
 * Only the facilitator or a postmortem owner moves the postmortem status (issue #21;
 * shared entities/statusWorkflow.ts). The status is in the board doc, which every
 * participant writes, and Yjs cannot refuse part of an update: so when a connection's
 * update changes it, the server asks who that connection is (its role, and the name in
 * its member's private doc or its signed-in account), and puts the status back under its
 * own origin when the rule says no. Everyone, the writer included, then reads the status
 * as it was. The server's own writes (closing from the ledger, restoring a version) are
 * not judged.
 */
import fp from 'fastify-plugin';
import {
  mayMoveStatus,
  parseRoom,
  postmortemMap,
  privateRoomName,
  readMemberName,
  readPostmortemOwner,
  roomName,
} from '@hindsight/shared';
import type { Peer } from '../sync/peer.ts';
import type { Room } from '../sync/room.ts';

/** Origin of the server's repairs of the status. */
const STATUS_GUARD_ORIGIN = Symbol('hindsight:status-guard');

export default fp(
  async (app) => {
    const { rooms } = app;

    /** The name `peer` goes by: its account's, else the one in its member's private doc. */
    async function nameOf(boardId: string, peer: Peer): Promise<string | null> {
      if (peer.person) return peer.person.name;
      if (peer.memberId === null) return null;
      const name = await rooms.withRooms([privateRoomName(boardId, peer.memberId)], ([own]) =>
        readMemberName(own!.doc),
      );
      return name ?? null;
    }

    /** Puts the status back to `before` unless `peer` may move it. */
    async function judge(boardId: string, peer: Peer, before: unknown, after: unknown) {
      const owners = await rooms.withRooms(
        [roomName(boardId, 'facilitation')],
        ([facilitation]) => readPostmortemOwner(facilitation!.doc).names,
      );
      const name = await nameOf(boardId, peer);
      if (mayMoveStatus({ role: peer.role, name }, owners)) return;
      const putBack = await rooms.withRooms([roomName(boardId)], ([board]) => {
        const map = postmortemMap(board!.doc);
        // Someone allowed may have moved it since: theirs stands.
        if (map.get('status') !== after || !app.storageHealth.writable) return false;
        board!.doc.transact(() => {
          if (before === undefined) map.delete('status');
          else map.set('status', before);
        }, STATUS_GUARD_ORIGIN);
        return true;
      });
      if (putBack) app.log.info({ boardId, role: peer.role }, 'put back a status change');
    }

    function guard(room: Room): void {
      const ref = parseRoom(room.name);
      if (ref?.kind !== 'board') return;
      postmortemMap(room.doc).observe((event) => {
        const change = event.changes.keys.get('status');
        const peer = room.peerOf(event.transaction.origin);
        if (!change || !peer || peer.role === 'facilitator') return;
        const after = event.target.get('status');
        judge(ref.boardId, peer, change.oldValue, after).catch((err: unknown) =>
          app.log.error({ err, boardId: ref.boardId }, 'could not check a status change'),
        );
      });
    }

    rooms.addHooks({ afterLoad: guard });
  },
  { name: 'statusGuard', dependencies: ['store', 'rooms'] },
);
