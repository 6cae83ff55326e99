/** The boards REST API (public contract, DESIGN.md). */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import {
  boardLink,
  BoardIdSchema,
  CreateBoardRequestSchema,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';

export interface BoardsRoutesOptions {
  /** Origin for links; the request's own origin when undefined. */
  readonly publicUrl: string | undefined;
}

/** The bearer token of a request, if any. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

const boardsRoutes: FastifyPluginAsync<BoardsRoutesOptions> = async (app, { publicUrl }) => {
  app.post('/api/boards', async (request, reply) => {
    const parsed = CreateBoardRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const { board, tokens } = await app.boards.create(parsed.data);
    const origin = publicUrl ?? `${request.protocol}://${request.host}`;
    const body: CreateBoardResponse = {
      id: board.id,
      tokens,
      links: {
        facilitator: boardLink(origin, board.id, tokens.facilitator),
        participant: boardLink(origin, board.id, tokens.participant),
        observer: boardLink(origin, board.id, tokens.observer),
      },
    };
    request.log.info({ board: board.id }, 'board created');
    return reply.code(201).send(body);
  });

  /** What a token may do on a board: lets the client show the right controls. */
  app.get<{ Params: { id: string } }>('/api/boards/:id', async (request, reply) => {
    const id = BoardIdSchema.safeParse(request.params.id);
    if (!id.success) return sendError(reply, 404, { error: 'not_found', message: 'No board with that id.' });
    const access = await app.boards.access(id.data, bearerToken(request));
    if (!access.ok) {
      return access.reason === 'unknown-board'
        ? sendError(reply, 404, { error: 'not_found', message: 'No board with that id.' })
        : sendError(reply, 401, { error: 'unauthorized', message: 'This link is not valid for this board.' });
    }
    const { board, role } = access;
    return { id: board.id, title: board.title, template: board.template, role };
  });
};

export default boardsRoutes;
