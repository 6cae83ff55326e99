/**
 * A REST request that reads or writes a board's docs on a process that does not own the
 * board is answered by the owner: the server-side readers and writers refuse a visitor
 * room ({@link BoardElsewhereError}), and the error handler sends the same request to the
 * owner's internal address and passes its answer back. So a change made through any
 * process is applied once, by the owner, under its lease, and its clients see it live;
 * nothing is written without the lease.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../http/apiError.ts';
import { FORWARDED_HEADER } from './forward.ts';

/** A room of this board is served by another process: its docs are the owner's to change. */
export class BoardElsewhereError extends Error {
  constructor(readonly boardId: string) {
    super(`board ${boardId} is served by another process`);
    this.name = 'BoardElsewhereError';
  }
}

/** Headers that belong to one hop, never passed on (RFC 9110 7.6.1), and the length. */
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'content-length',
]);

/** How long the owner has to answer a forwarded request, ms. */
const OWNER_ANSWER_MS = 30_000;

/** The request's headers for the owner: all but the hop's, marked forwarded, the address appended. */
export function ownerRequestHeaders(
  headers: IncomingHttpHeaders,
  remoteAddress: string,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { [FORWARDED_HEADER]: '1' };
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    out[name] = value;
  }
  const before = headers['x-forwarded-for'];
  out['x-forwarded-for'] =
    typeof before === 'string' ? `${before}, ${remoteAddress}` : remoteAddress;
  return out;
}

/** The body as the client sent it: kept raw (webhooks), text, or parsed JSON sent again. */
function bodyBytes(body: unknown): Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  return Buffer.from(JSON.stringify(body));
}

const moving = (reply: FastifyReply) =>
  sendError(reply, 503, {
    error: 'unavailable',
    message: 'The board is moving to another server process; nothing was changed. Try again.',
  });

/** Answers the request at the board's owner, or 503 when there is none to ask now. */
export async function answerAtOwner(
  request: FastifyRequest,
  reply: FastifyReply,
  error: BoardElsewhereError,
): Promise<FastifyReply> {
  // Sent here by another process that thought this one the owner: never sent on again.
  if (request.headers[FORWARDED_HEADER] !== undefined) return moving(reply);
  const owner = await request.server.ownedBoards.elsewhere(error.boardId);
  if (!owner) return moving(reply);
  const url = new URL(request.raw.url ?? request.url, owner.address);
  const body = bodyBytes(request.body);
  const headers = ownerRequestHeaders(request.headers, request.socket.remoteAddress ?? '');
  if (body) headers['content-length'] = String(body.length);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  try {
    const answer = await new Promise<{
      status: number;
      headers: IncomingHttpHeaders;
      body: Buffer;
    }>((resolve, reject) => {
      const out = send(url, { method: request.method, headers, timeout: OWNER_ANSWER_MS });
      out.on('timeout', () => out.destroy(new Error('the owner did not answer in time')));
      out.on('error', reject);
      out.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 502,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      out.end(body);
    });
    reply.code(answer.status);
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined && !HOP_HEADERS.has(name)) reply.header(name, value);
    }
    return reply.send(answer.body);
  } catch (err) {
    request.log.warn({ err, boardId: error.boardId }, "could not reach the board's owner");
    return moving(reply);
  }
}
