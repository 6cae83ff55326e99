/**
 * The sync endpoint: the y-websocket protocol at `/sync/<room>?token=…` (and `&member=…`
 * for a member's private doc).
 *
 * Before the upgrade: the page's origin and the address's connection rate are checked
 * (403, 429). After it, the message listener is attached first, before any await, and
 * buffers what arrives while the token is checked and the room loads; the room's stored
 * state is complete before the first sync message is sent. Refusals after the upgrade
 * are close codes (shared CloseCode), which a browser can read.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { RawData, WebSocket } from 'ws';
import {
  canRead,
  canWrite,
  CloseCode,
  MemberKeySchema,
  memberIdOf,
  parseRoom,
  type Role,
  type RoomRef,
} from '@hindsight/shared';
import { sendError } from '../http/apiError.ts';
import { isAllowedOrigin } from '../http/origin.ts';
import { BucketMap, fullBucket, take, type SyncLimits } from '../sync/limits.ts';
import { PeerError, type Peer } from '../sync/peer.ts';

/** Messages a connection may send before its room is ready; more is abuse. */
const MAX_EARLY_MESSAGES = 64;
/** How long a slow consumer gets to read its close frame before the socket is dropped, ms. */
const SLOW_CONSUMER_GRACE_MS = 2000;

export interface SyncRoutesOptions {
  readonly limits: SyncLimits;
  readonly allowedOrigins: readonly string[];
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer
    ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** A private doc opens only with its member's key; other docs with any role that reads them. */
function mayOpen(ref: RoomRef, role: Role, memberKey: string | undefined): boolean {
  if (!canRead(role, ref.kind)) return false;
  if (ref.kind !== 'private') return true;
  return MemberKeySchema.safeParse(memberKey).success && memberIdOf(memberKey!) === ref.memberId;
}

const syncRoutes: FastifyPluginAsync<SyncRoutesOptions> = async (
  app,
  { limits, allowedOrigins },
) => {
  const connectRate = new BucketMap(limits.connectBurst, limits.connectsPerSecond);

  app.get<{ Params: { '*': string }; Querystring: { token?: string; member?: string } }>(
    '/sync/*',
    {
      websocket: true,
      preValidation: async (request, reply) => {
        if (!isAllowedOrigin(request.headers.origin, request.headers.host, allowedOrigins)) {
          return sendError(reply, 403, {
            error: 'forbidden',
            message: 'This origin may not open a board.',
          });
        }
        if (!connectRate.take(request.ip, Date.now())) {
          return sendError(reply, 429, {
            error: 'too_many_requests',
            message: 'Too many connections; retry later.',
          });
        }
      },
    },
    (socket: WebSocket, request) => {
      const log = request.log;
      const early: Uint8Array[] = [];
      const rate = fullBucket(limits.messageBurst, Date.now());
      let deliver: ((message: Uint8Array) => void) | null = null;
      const onClosed: (() => void)[] = [];
      let open = true;

      const close = (code: number, reason: string) => {
        if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) {
          socket.close(code, reason);
        }
      };

      socket.on('message', (data, isBinary) => {
        if (!open) return;
        if (!take(rate, limits.messageBurst, limits.messagesPerSecond, Date.now())) {
          open = false;
          return close(CloseCode.TooManyMessages, 'too many messages');
        }
        if (!isBinary) return close(CloseCode.Malformed, 'binary frames only');
        const message = toBytes(data);
        if (deliver) deliver(message);
        else if (early.length < MAX_EARLY_MESSAGES) early.push(message);
        else close(CloseCode.Malformed, 'too many messages before sync');
      });
      socket.on('error', (err) => log.warn({ err }, 'websocket error'));
      socket.on('close', () => {
        open = false;
        for (const fn of onClosed.splice(0)) fn();
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
        onClosed.push(app.connections.add(ref.boardId, { role: access.role, close }));
        const room = await app.rooms.acquire(roomParam);
        if (!open) return app.rooms.release(roomParam);

        const peer: Peer = {
          role: access.role,
          canWrite: canWrite(access.role, ref.kind),
          send: (message) => {
            if (socket.readyState !== socket.OPEN) return;
            // A client that stops reading is cut off rather than buffered without bound.
            if (socket.bufferedAmount > limits.maxBufferedBytes) {
              close(CloseCode.SlowConsumer, 'not reading fast enough');
              // It will not read the close frame soon either: free its buffers shortly.
              setTimeout(() => socket.terminate(), SLOW_CONSUMER_GRACE_MS).unref();
              return;
            }
            socket.send(message);
          },
          close,
        };
        room.join(peer);
        onClosed.push(() => {
          room.leave(peer);
          app.rooms.release(roomParam);
        });
        deliver = (message) => {
          try {
            room.receive(peer, message);
          } catch (err) {
            const code = err instanceof PeerError ? err.code : CloseCode.Malformed;
            log.warn(
              { room: roomParam, role: access.role, code, reason: (err as Error).message },
              'closing connection',
            );
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
