/**
 * The sync endpoint: the y-websocket protocol at `/sync/<room>?token=…` (and `&member=…`
 * for a member's private doc).
 *
 * Before the upgrade: the page's origin is checked (403) and the board's owner is looked
 * up. After it, the {@link Admission} lets the socket in or closes it with 4430 (a reason
 * the browser shows, and a close it comes back from later), and a {@link SyncConnection}
 * takes it, or it is forwarded to the process that owns the board (cluster/forward.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Owner } from '../cluster/leases.ts';
import { FORWARDED_HEADER, forwardedHeaders, forwardSocket, ownerUrl } from '../cluster/forward.ts';
import { ForwardedSockets } from '../cluster/forwardedSockets.ts';
import type { WebSocket } from 'ws';
import { sendError } from '../http/apiError.ts';
import { isAllowedOrigin } from '../http/origin.ts';
import { sessionToken } from '../http/session.ts';
import { CloseCode, parseRoom } from '@hindsight/shared';
import { Admission, REFUSAL_REASONS, socketKeys } from '../sync/admission.ts';
import { SyncConnection, type ConnectionServices } from '../sync/connection.ts';
import type { SyncLimits } from '../sync/limits.ts';

export interface SyncRoutesOptions {
  readonly limits: SyncLimits;
  readonly allowedOrigins: readonly string[];
}

/**
 * @fastify/websocket routes an upgrade through Fastify with a response object assigned
 * to the TCP socket, and leaves that response (with our security headers) and an error
 * listener holding the request and its reply on the socket for as long as it is open:
 * about 5 KiB per connection that nothing reads again. Detach both; the connection puts
 * its own error listener in place at once.
 */
function releaseUpgrade(socket: WebSocket, raw: IncomingMessage): void {
  const tcp = raw.socket as IncomingMessage['socket'] & { _httpMessage?: ServerResponse | null };
  tcp._httpMessage?.detachSocket(tcp);
  socket.removeAllListeners('error');
}

/**
 * A query parameter given once, as text. Repeated (`?token=a&token=b`) or bracketed
 * (`?token[]=a`) parameters parse as arrays or objects: they count as missing, so a
 * crafted link is simply unauthorized rather than an error.
 */
function singleString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const syncRoutes: FastifyPluginAsync<SyncRoutesOptions> = async (
  app,
  { limits, allowedOrigins },
) => {
  const admission = new Admission(limits);
  /** The owner of each upgrading request's board, when another process owns it. */
  const owners = new WeakMap<FastifyRequest, { boardId: string; owner: Owner }>();
  const forwarded = new ForwardedSockets(
    app.store.leases,
    app.log.child({ component: 'forwarding' }),
    app.ownedBoards.renewEveryMs,
    app.shared.notices,
  );
  forwarded.start();
  app.addHook('onClose', async () => forwarded.stop());
  const services: ConnectionServices = {
    limits,
    boards: app.boards,
    rooms: app.rooms,
    connections: app.connections,
    members: app.members,
    log: app.log,
  };

  app.get<{
    Params: { '*': string };
    Querystring: Record<string, unknown>;
  }>(
    '/sync/*',
    {
      websocket: true,
      preValidation: async (request, reply) => {
        const { origin, host } = request.headers;
        if (!isAllowedOrigin({ origin, host, protocol: request.protocol }, allowedOrigins)) {
          return sendError(reply, 403, {
            error: 'forbidden',
            message: 'This origin may not open a board.',
          });
        }
        // A forwarded socket is served here, never sent on again: no loop between two
        // processes that disagree for a moment about the owner.
        const boardId = parseRoom(request.params['*'])?.boardId;
        if (boardId === undefined || request.headers[FORWARDED_HEADER] !== undefined) return;
        const owner = await app.ownedBoards.elsewhere(boardId);
        if (owner) owners.set(request, { boardId, owner });
      },
    },
    (socket: WebSocket, request) => {
      releaseUpgrade(socket, request.raw);
      const { query } = request;
      const room = request.params['*'];
      const member = singleString(query.member);
      const entered = admission.enter(socketKeys(request.ip, room, member), Date.now());
      if (typeof entered === 'string') {
        socket.on('error', () => undefined);
        socket.close(CloseCode.TooManyConnections, REFUSAL_REASONS[entered]);
        return;
      }
      socket.once('close', entered);
      const route = owners.get(request);
      if (route) {
        const { boardId, owner } = route;
        const close = forwardSocket(socket, {
          url: ownerUrl(owner.address, request.raw.url ?? request.url),
          headers: forwardedHeaders(request.raw),
          maxPayload: limits.maxPayload,
          log: app.log,
          ownerLost: () => app.ownedBoards.ownerLost(boardId, owner),
        });
        socket.once('close', forwarded.add(boardId, owner, close));
        return;
      }
      new SyncConnection(
        socket,
        {
          room,
          token: singleString(query.token),
          // The cookie names the signed-in person (known by name; workspace grants need it).
          session: sessionToken(request),
          member,
          schema: singleString(query.schema),
          reqId: String(request.id),
        },
        services,
      );
    },
  );
};

export default syncRoutes;
