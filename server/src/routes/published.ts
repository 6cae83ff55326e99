/**
 * The published postmortem (`GET /api/postmortems/:id/published`, rule `boards.read`):
 * the document of a workspace board for its read-only page, built on the server from its
 * shared docs as the export is, with whether it has a public link.
 */
import type { FastifyPluginAsync } from 'fastify';
import { BoardIdSchema, type PublishedPostmortem } from '@hindsight/shared';
import { postmortemOf } from '../export/postmortem.ts';
import { sendError } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { publicLinks } from '../workspace/publicLinks.ts';

/** Pages one address may load per minute: a document builds in milliseconds, not for free. */
const READ_RATE = { max: 120, timeWindow: '1 minute' };

const publishedRoutes: FastifyPluginAsync = async (app) => {
  const links = publicLinks(app.workspace.store, app.workspace.people);
  app.get<{ Params: { id: string } }>(
    '/api/postmortems/:id/published',
    { config: { rateLimit: READ_RATE }, preHandler: authorize(app, 'boards.read') },
    async (request, reply) => {
      const id = BoardIdSchema.safeParse(request.params.id);
      const board = id.success ? await app.store.getBoard(id.data) : null;
      if (!board) {
        return sendError(reply, 404, {
          error: 'not_found',
          message: 'No postmortem with that id.',
        });
      }
      const body: PublishedPostmortem = {
        document: await postmortemOf(app, board, Date.now()),
        publicLink: await links.status(board.id),
      };
      return reply.header('Cache-Control', 'no-store').send(body);
    },
  );
};

export default publishedRoutes;
