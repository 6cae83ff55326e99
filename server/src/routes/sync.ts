/**
 * The sync endpoint: the y-websocket protocol at `/sync/<room>?token=…` (and `&member=…`
 * for a member's private doc).
 *
 * Before the upgrade: the page's origin and the address's connection rate are checked
 * (403, 429). After it, a {@link SyncConnection} takes the socket.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyPluginAsync } from 'fastify';
import type { WebSocket } from 'ws';
import { sendError } from '../http/apiError.ts';
import { isAllowedOrigin } from '../http/origin.ts';
import { sessionToken } from '../http/session.ts';
import { SyncConnection, type ConnectionServices } from '../sync/connection.ts';
import { BucketMap, type SyncLimits } from '../sync/limits.ts';

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
  const connectRate = new BucketMap(limits.connectBurst, limits.connectsPerSecond);
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
        if (!connectRate.take(request.ip, Date.now())) {
          return sendError(reply, 429, {
            error: 'too_many_requests',
            message: 'Too many connections; retry later.',
          });
        }
      },
    },
    (socket: WebSocket, request) => {
      releaseUpgrade(socket, request.raw);
      const { query } = request;
      new SyncConnection(
        socket,
        {
          room: request.params['*'],
          token: singleString(query.token),
          // The cookie names the signed-in person (known by name; workspace grants need it).
          session: sessionToken(request),
          member: singleString(query.member),
          schema: singleString(query.schema),
          reqId: String(request.id),
        },
        services,
      );
    },
  );
};

export default syncRoutes;
