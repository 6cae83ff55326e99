/**
 * Public share links (issue #17): a member (who may run any workspace board) or an admin
 * makes one for a postmortem, `POST /api/postmortems/:id/public-link`, and revokes it,
 * `DELETE …`; `GET …` says whether one exists. Whoever holds the link reads the published
 * document, and nothing else, at `/p/<token>`, whose page asks `GET /api/public/<token>`.
 *
 * Both paths answer with `X-Robots-Tag: noindex` and `Cache-Control: no-store`; the token
 * never reaches a log (auth/tokens.ts redacts both paths); the read is rate-limited per
 * address; an unknown, malformed or revoked token is one 404.
 */
import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  BoardIdSchema,
  publicLinkPath,
  type PublicLinkCreated,
  type PublicPostmortem,
} from '@hindsight/shared';
import { postmortemOf } from '../export/postmortem.ts';
import { sendError } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { refusedForStorage } from '../http/storageGuard.ts';
import { publicLinks } from '../workspace/publicLinks.ts';

/** Public reads one address may make per minute: enough for a reader, not for guessing. */
const PUBLIC_READ_RATE = { max: 60, timeWindow: '1 minute' };
/** Links one address may make or revoke per minute. */
const CHANGE_RATE = { max: 30, timeWindow: '1 minute' };

/** The page and API paths that a public link's token travels in. */
export function isPublicPath(url: string): boolean {
  return url.startsWith('/p/') || url.startsWith('/api/public/');
}

export interface PublicShareOptions {
  /** Origin for links; the request's own origin when undefined. */
  readonly publicUrl: string | undefined;
}

const NOT_FOUND = {
  error: 'not_found',
  message: 'This link does not exist or was revoked.',
} as const;

export default fp<PublicShareOptions>(
  async (app, { publicUrl }) => {
    const links = publicLinks(app.workspace.store, app.workspace.people);

    // On every answer under the public paths, the SPA's page included: not indexed, not kept.
    app.addHook('onSend', async (request, reply) => {
      if (!isPublicPath(request.url)) return;
      reply.header('X-Robots-Tag', 'noindex, nofollow, noarchive');
      reply.header('Cache-Control', 'no-store');
      reply.header('Referrer-Policy', 'no-referrer');
    });

    /** The board of a workspace postmortem route, or null once 404 is sent. */
    async function boardOf(
      request: FastifyRequest<{ Params: { id: string } }>,
      reply: FastifyReply,
    ) {
      const id = BoardIdSchema.safeParse(request.params.id);
      const board = id.success ? await app.store.getBoard(id.data) : null;
      if (!board)
        sendError(reply, 404, { error: 'not_found', message: 'No postmortem with that id.' });
      return board;
    }

    /**
     * The board a change of its link is for, or null once an answer is sent: only people
     * decide to publish (an API token may read the status, not change it), and the board
     * must exist.
     */
    async function boardToShare(
      request: FastifyRequest<{ Params: { id: string } }>,
      reply: FastifyReply,
    ) {
      if (request.principal.kind !== 'person') {
        sendError(reply, 403, {
          error: 'forbidden',
          message: 'Only a signed-in person makes or revokes a public link.',
        });
        return null;
      }
      return boardOf(request, reply);
    }
    const change = {
      config: { rateLimit: CHANGE_RATE },
      preHandler: authorize(app, 'boards.run'),
    };

    app.get<{ Params: { id: string } }>(
      '/api/postmortems/:id/public-link',
      { preHandler: authorize(app, 'boards.read') },
      async (request, reply) => {
        const board = await boardOf(request, reply);
        if (!board) return reply;
        return links.status(board.id);
      },
    );

    app.post<{ Params: { id: string } }>(
      '/api/postmortems/:id/public-link',
      change,
      async (request, reply) => {
        const board = await boardToShare(request, reply);
        if (!board) return reply;
        if (await refusedForStorage(app, reply)) return reply;
        const { principal } = request;
        const token = await links.create(
          board.id,
          'personId' in principal ? principal.personId : null,
        );
        const origin = publicUrl ?? `${request.protocol}://${request.host}`;
        const body: PublicLinkCreated = {
          url: `${origin}${publicLinkPath(token)}`,
          status: await links.status(board.id),
        };
        request.log.info({ board: board.id }, 'public link made');
        return reply.code(201).header('Cache-Control', 'no-store').send(body);
      },
    );

    app.delete<{ Params: { id: string } }>(
      '/api/postmortems/:id/public-link',
      change,
      async (request, reply) => {
        const board = await boardToShare(request, reply);
        if (!board) return reply;
        if (!(await links.revoke(board.id))) {
          return sendError(reply, 404, {
            error: 'not_found',
            message: 'This postmortem has no public link.',
          });
        }
        request.log.info({ board: board.id }, 'public link revoked');
        return reply.code(204).send();
      },
    );

    app.get<{ Params: { token: string } }>(
      '/api/public/:token',
      { config: { rateLimit: PUBLIC_READ_RATE } },
      async (request, reply) => {
        const boardId = await links.boardOf(request.params.token);
        const board = boardId === null ? null : await app.store.getBoard(boardId);
        if (!board) return sendError(reply, 404, NOT_FOUND);
        const body: PublicPostmortem = { document: await postmortemOf(app, board, Date.now()) };
        return body;
      },
    );
  },
  { name: 'public-share' },
);
