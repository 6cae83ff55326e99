/** Every error answer of the API has the same JSON shape (shared ApiErrorSchema). */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { issuesOf, type ApiError } from '@hindsight/shared';
import type { z } from 'zod';
import { answerAtOwner, BoardElsewhereError } from '../cluster/forwardRequest.ts';

export function sendError(reply: FastifyReply, status: number, body: ApiError): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

export function sendInvalid(reply: FastifyReply, error: z.ZodError): FastifyReply {
  const issues = issuesOf(error);
  const message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return sendError(reply, 400, { error: 'invalid_request', message, issues });
}

const ERROR_NAMES: Record<number, string> = {
  400: 'bad_request',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/**
 * Turns Fastify's own errors (bad JSON, body too large, wrong content type) into ours; a
 * request that needed a board another process owns is answered by that process.
 */
export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply | Promise<FastifyReply> {
  if (error instanceof BoardElsewhereError) return answerAtOwner(request, reply, error);
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return sendError(
      reply,
      status,
      status === 503
        ? { error: 'unavailable', message: 'The board could not be loaded; nothing was changed.' }
        : { error: 'internal', message: 'Something went wrong on the server.' },
    );
  }
  return sendError(reply, status, {
    error: ERROR_NAMES[status] ?? 'bad_request',
    message: error.message,
  });
}
