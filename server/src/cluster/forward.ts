/**
 * A sync socket that reached a process which does not own its board is forwarded to the
 * owner: this process opens the same request to the owner's internal address and copies
 * frames both ways, so whatever load balancer sits in front (round-robin included), the
 * board's server-side rules run once, at its owner. The owner checks the token, the
 * origin and the limits as for any socket; a close on either side closes the other with
 * the same code. When the owner dies, its forwarded sockets close with 1012 and their
 * clients reconnect, to whichever process then takes the board: before closing them this
 * process asks whether anything still listens at the owner's address, and ends a dead
 * owner's lease at once (cluster/ownedBoards.ts), so the reconnect finds the board free
 * instead of forwarded again to nobody until the lease runs out.
 */
import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { WebSocket, type RawData } from 'ws';
import type { FastifyBaseLogger } from 'fastify';
import { CloseCode } from '@hindsight/shared';

/** Set on a forwarded request: its receiver serves it, whatever it thinks of the owner. */
export const FORWARDED_HEADER = 'x-hindsight-forwarded';

/** What the owner judges a socket by, copied from the request that reached this process. */
const COPIED_HEADERS = ['host', 'origin', 'cookie', 'user-agent', 'x-forwarded-proto'] as const;

/** Bytes a client may send before the owner answers; more closes the socket. */
const MAX_WAITING_BYTES = 1024 * 1024;

/**
 * How long the owner has to answer a forwarded socket's upgrade, ms: an owner whose host
 * is gone never refuses, and the client should not wait the system's connect timeout.
 */
const OWNER_HANDSHAKE_MS = 10_000;

/** How long {@link nothingListens} waits for a connection before it calls the owner alive. */
const PROBE_MS = 1000;

/**
 * Whether nothing listens at an internal address: a connection to it is refused, as it is
 * once the process there was killed. An address that does not answer in time (a host that
 * is down, a paused process) counts as listening: its lease runs out instead.
 */
export function nothingListens(address: string): Promise<boolean> {
  const url = new URL(address);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: PROBE_MS });
    const done = (refused: boolean) => {
      socket.destroy();
      resolve(refused);
    };
    socket.once('connect', () => done(false));
    socket.once('timeout', () => done(false));
    socket.once('error', (err: NodeJS.ErrnoException) => done(err.code === 'ECONNREFUSED'));
  });
}

/** The headers of the owner's request: the client's, its address appended to X-Forwarded-For. */
export function forwardedHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = { [FORWARDED_HEADER]: '1' };
  for (const name of COPIED_HEADERS) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const before = request.headers['x-forwarded-for'];
  const address = request.socket.remoteAddress ?? '';
  headers['x-forwarded-for'] = typeof before === 'string' ? `${before}, ${address}` : address;
  return headers;
}

/** The owner's URL for a request's path: `http://10.0.0.5:3000` + `/sync/b…?token=…`. */
export function ownerUrl(ownerAddress: string, path: string): string {
  return `${ownerAddress.replace(/^http/, 'ws')}${path}`;
}

/** Close codes a close frame may carry (RFC 6455 7.4); the others become 1012. */
function sendable(code: number): boolean {
  return (
    (code >= 3000 && code <= 4999) ||
    [1000, 1001, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013].includes(code)
  );
}

function closeWith(socket: WebSocket, code: number, reason: string): void {
  if (socket.readyState === WebSocket.CLOSING || socket.readyState === WebSocket.CLOSED) return;
  socket.close(sendable(code) ? code : CloseCode.Restarting, reason);
}

export interface ForwardOptions {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly maxPayload: number;
  readonly log: FastifyBaseLogger;
  /**
   * Called when the owner's socket failed or dropped without a close frame (the owner may
   * be dead); the client is sent to reconnect once it settles.
   */
  readonly ownerLost?: () => Promise<void>;
}

/**
 * Copies frames between a client's socket and the owner's, until either closes. Returns
 * what closes both (1012, the client reconnects): for when the board's owner changed.
 */
export function forwardSocket(
  client: WebSocket,
  { url, headers, maxPayload, log, ownerLost = async () => undefined }: ForwardOptions,
): (reason: string) => void {
  let waiting: { data: RawData; binary: boolean }[] = [];
  let waitingBytes = 0;
  const owner = new WebSocket(url, {
    headers,
    maxPayload,
    perMessageDeflate: false,
    handshakeTimeout: OWNER_HANDSHAKE_MS,
  });
  let lost = false;
  /** The owner's socket failed: the client reconnects once the owner's fate is settled. */
  const moving = () => {
    if (lost || client.readyState !== WebSocket.OPEN) return;
    lost = true;
    owner.terminate();
    void ownerLost()
      .catch((err: unknown) => log.warn({ err }, 'could not settle a lost owner'))
      .finally(() => closeWith(client, CloseCode.Restarting, 'the board is moving; reconnect'));
  };

  client.on('message', (data, binary) => {
    if (owner.readyState === WebSocket.OPEN) return owner.send(data, { binary });
    if (owner.readyState !== WebSocket.CONNECTING) return;
    waitingBytes += Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength;
    if (waitingBytes > MAX_WAITING_BYTES) {
      closeWith(client, CloseCode.Restarting, 'the board is slow to answer; reconnect');
      owner.terminate();
      return;
    }
    waiting.push({ data, binary });
  });
  client.on('close', (code, reason) => {
    if (owner.readyState === WebSocket.OPEN) closeWith(owner, code, reason.toString());
    else owner.terminate();
  });
  client.on('error', () => owner.terminate());

  owner.on('open', () => {
    for (const { data, binary } of waiting) owner.send(data, { binary });
    waiting = [];
  });
  owner.on('message', (data, binary) => {
    if (client.readyState === WebSocket.OPEN) client.send(data, { binary });
  });
  owner.on('close', (code, reason) => {
    // 1006: no close frame, the owner's process or its network went away.
    if (code === 1006) moving();
    else closeWith(client, code, reason.toString());
  });
  owner.on('unexpected-response', (_request, response) => {
    // The owner refused the upgrade (shutting down, or a limit): the client tries again.
    log.debug({ status: response.statusCode }, 'the owner refused a forwarded socket');
    owner.terminate();
    closeWith(client, CloseCode.Restarting, 'the board is moving; reconnect');
  });
  owner.on('error', (err) => {
    log.debug({ err }, 'a forwarded socket failed');
    moving();
  });
  return (reason) => {
    closeWith(client, CloseCode.Restarting, reason);
    owner.terminate();
  };
}
