/** The boards REST API (public contract, DESIGN.md). */
import type { FastifyPluginAsync } from 'fastify';
import {
  boardLink,
  CloseCode,
  CreateBoardRequestSchema,
  LINK_REPLACED_REASON,
  RotateLinksRequestSchema,
  type BoardInfo,
  type CreateBoardResponse,
  type RotateLinksResponse,
} from '@hindsight/shared';
import { sendInvalid } from '../http/apiError.ts';
import { refusedForStorage, sendNoStorage } from '../http/storageGuard.ts';
import { authorize } from '../http/authorize.ts';
import { boardAccess, facilitatorAccess } from '../http/boardAccess.ts';
import type { RequestPrincipal } from '../http/authorize.ts';
import type { BoardCreatorRef } from '../storage/boardIndex.ts';
import { documentSettings } from './documentSettings.ts';

/** Who creates a board, as its row records it. */
export function creatorOf(principal: RequestPrincipal): BoardCreatorRef | null {
  if (principal.kind === 'person') return { kind: 'person', id: principal.personId };
  if (principal.kind === 'token') return { kind: 'token', id: principal.tokenId };
  return null;
}

export interface BoardsRoutesOptions {
  /** Origin for links; the request's own origin when undefined. */
  readonly publicUrl: string | undefined;
}

/** Boards and links one address may create per minute: plenty for people, little for a script. */
const CREATE_RATE = { max: 30, timeWindow: '1 minute' };

const boardsRoutes: FastifyPluginAsync<BoardsRoutesOptions> = async (app, { publicUrl }) => {
  /** Creating a board needs a workspace member: a signed-in member or a write token. */
  const create = {
    config: { rateLimit: CREATE_RATE },
    preHandler: authorize(app, 'boards.create'),
  };
  app.post('/api/boards', create, async (request, reply) => {
    const parsed = CreateBoardRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    if (await refusedForStorage(app, reply)) return reply;
    let created;
    try {
      created = await app.boards.create({
        ...parsed.data,
        createdBy: creatorOf(request.principal),
      });
    } catch (err) {
      // The storage health heard of the failure if it was the store's.
      if (app.storageHealth.writable) throw err;
      return sendNoStorage(reply);
    }
    const { board, tokens } = created;
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
    const access = await boardAccess(app, request.params.id, request, reply);
    if (!access) return reply;
    const { board, role } = access;
    const { defaultTemplate } = await documentSettings(app);
    const body: BoardInfo = {
      id: board.id,
      title: board.title,
      template: board.template,
      role,
      defaultDocumentTemplate: defaultTemplate,
    };
    return body;
  });

  /**
   * Replaces links (facilitator only), the facilitator's own included. Connections opened
   * with an old link are closed at once with 4401, and the old token answers 401.
   */
  app.post<{ Params: { id: string } }>(
    '/api/boards/:id/links',
    { config: { rateLimit: CREATE_RATE } },
    async (request, reply) => {
      const access = await facilitatorAccess(
        app,
        request.params.id,
        request,
        reply,
        'replace links',
      );
      if (!access) return reply;
      const boardId = access.board.id;
      const parsed = RotateLinksRequestSchema.safeParse(request.body);
      if (!parsed.success) return sendInvalid(reply, parsed.error);
      const tokens = await app.boards.rotate(boardId, parsed.data.roles);
      const closed = app.connections.closeRoles(
        boardId,
        parsed.data.roles,
        CloseCode.Unauthorized,
        LINK_REPLACED_REASON,
      );
      request.log.info({ board: boardId, roles: parsed.data.roles, closed }, 'links rotated');
      const origin = publicUrl ?? `${request.protocol}://${request.host}`;
      const body: RotateLinksResponse = { tokens: {}, links: {} };
      for (const role of parsed.data.roles) {
        body.tokens[role] = tokens[role]!;
        body.links[role] = boardLink(origin, boardId, tokens[role]!);
      }
      return body;
    },
  );
};

export default boardsRoutes;
