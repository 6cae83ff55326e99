/**
 * The one place REST routes check a board's bearer token (a link's, or a workspace grant
 * with its session cookie): answers 404 for an unknown board, 401 for a bad token, 403 for
 * a grant whose access ended, and hands the route the board and the role otherwise.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BoardIdSchema } from '@hindsight/shared';
import type { Access } from '../plugins/boards.ts';
import { sendError } from './apiError.ts';
import { sessionToken } from './session.ts';

export type Granted = Extract<Access, { ok: true }>;

/** The bearer token of a request, if any. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** The caller's access to board `id`, or null once an error answer has been sent. */
export async function boardAccess(
  app: FastifyInstance,
  id: string,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Granted | null> {
  const parsed = BoardIdSchema.safeParse(id);
  const access = parsed.success
    ? await app.boards.access(parsed.data, bearerToken(request), sessionToken(request))
    : ({ ok: false, reason: 'unknown-board' } as const);
  if (access.ok) return access;
  if (access.reason === 'unknown-board') {
    sendError(reply, 404, { error: 'not_found', message: 'No board with that id.' });
  } else if (access.reason === 'access-ended') {
    sendError(reply, 403, {
      error: 'access_ended',
      message: 'Your access to this board through the workspace ended. Sign in again.',
    });
  } else {
    sendError(reply, 401, {
      error: 'unauthorized',
      message: 'This link is not valid for this board.',
    });
  }
  return null;
}

/**
 * The caller's access to board `id` when it holds the facilitator's token; otherwise
 * null once a 404, 401 or 403 (saying that only the facilitator may `action`) is sent.
 */
export async function facilitatorAccess(
  app: FastifyInstance,
  id: string,
  request: FastifyRequest,
  reply: FastifyReply,
  action: string,
): Promise<Granted | null> {
  const access = await boardAccess(app, id, request, reply);
  if (!access) return null;
  if (access.role === 'facilitator') return access;
  sendError(reply, 403, { error: 'forbidden', message: `Only the facilitator can ${action}.` });
  return null;
}
