/**
 * The sync endpoint: the y-websocket protocol at `/sync/<room>?token=…` (and `&member=…`
 * for a member's private doc).
 *
 * The message listener is attached first, before any await, and buffers what arrives
 * while the token is checked and the room loads; the room's stored state is complete
 * before the first sync message is sent. Refusals are close codes (shared CloseCode),
 * which a browser can read, unlike an HTTP status on a failed upgrade.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import { canRead, canWrite, CloseCode, MemberKeySchema, memberIdOf, parseRoom, type RoomRef, type Role } from '@hindsight/shared';
import { PeerError, type Peer } from '../sync/peer.ts';

/** Messages a connection may send before its room is ready; more is abuse. */
const MAX_EARLY_MESSAGES = 64;

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** A private doc opens only with its member's key; other docs with any role that reads them. */
function mayOpen(ref: RoomRef, role: Role, memberKey: string | undefined): boolean {
  if (!canRead(role, ref.kind)) return false;
  if (ref.kind !== 'private') return true;
  return MemberKeySchema.safeParse(memberKey).success && memberIdOf(memberKey!) === ref.memberId;
}

const syncRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { '*': string }; Querystring: { token?: string; member?: string } }>(
    '/sync/*',
    { websocket: true },
    (socket: WebSocket, request) => {
      const log = request.log;
      const early: Uint8Array[] = [];
      let deliver: ((message: Uint8Array) => void) | null = null;
      let onClosed: (() => void) | null = null;
      let open = true;

      const close = (code: number, reason: string) => {
        if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
      };

      socket.on('message', (data, isBinary) => {
        if (!isBinary) return close(CloseCode.Malformed, 'binary frames only');
        const message = toBytes(data);
        if (deliver) deliver(message);
        else if (early.length < MAX_EARLY_MESSAGES) early.push(message);
        else close(CloseCode.Malformed, 'too many messages before sync');
      });
      socket.on('error', (err) => log.warn({ err }, 'websocket error'));
      socket.on('close', () => {
        open = false;
        onClosed?.();
      });

      const roomParam = request.params['*'];
      const ref = parseRoom(roomParam);
      if (!ref) return close(CloseCode.BadRoom, 'not a room of this server');

      void (async () => {
        const access = await app.boards.access(ref.boardId, request.query.token);
        if (!access.ok) {
          return access.reason === 'unknown-board'
            ? close(CloseCode.UnknownBoard, 'unknown board')
            : close(CloseCode.Unauthorized, 'invalid token');
        }
        if (!mayOpen(ref, access.role, request.query.member)) {
          return close(CloseCode.Forbidden, 'not your document');
        }
        if (!open) return;
        const room = await app.rooms.acquire(roomParam);
        if (!open) return app.rooms.release(roomParam);

        const peer: Peer = {
          canWrite: canWrite(access.role, ref.kind),
          send: (message) => {
            if (socket.readyState === socket.OPEN) socket.send(message);
          },
          close,
        };
        room.join(peer);
        onClosed = () => {
          room.leave(peer);
          app.rooms.release(roomParam);
        };
        deliver = (message) => {
          try {
            room.receive(peer, message);
          } catch (err) {
            const code = err instanceof PeerError ? err.code : CloseCode.Malformed;
            log.warn({ room: roomParam, role: access.role, code, reason: (err as Error).message }, 'closing connection');
            close(code, err instanceof PeerError ? err.message : 'malformed message');
          }
        };
        for (const message of early.splice(0)) if (open) deliver(message);
      })().catch((err: unknown) => {
        log.error({ err, room: roomParam }, 'could not open the room');
        close(CloseCode.ServerError, 'could not load the room');
      });
    },
  );
};

export default syncRoutes;
