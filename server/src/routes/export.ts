/**
 * `GET /api/boards/:id/export?format=markdown|html|json|csv` (public contract,
 * DESIGN.md): the postmortem document of a board, for any role's token.
 *
 * Reads the board doc and the facilitation doc only (never a private doc), holding
 * their rooms just long enough to read them. Every answer is a download
 * (`Content-Disposition: attachment`) and carries a Content-Security-Policy that lets
 * the HTML export style itself and do nothing else.
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  EXPORT_CSP,
  EXPORT_FORMAT_INFO,
  ExportQuerySchema,
  exportFileName,
  renderExport,
} from '@hindsight/shared';
import { postmortemOf } from '../export/postmortem.ts';
import { sendInvalid } from '../http/apiError.ts';
import { boardAccess } from '../http/boardAccess.ts';

/** Exports one address may ask for per minute: a document builds in milliseconds, but not for free. */
const EXPORT_RATE = { max: 60, timeWindow: '1 minute' };

const exportRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Params: { id: string }; Querystring: unknown }>(
    '/api/boards/:id/export',
    { config: { rateLimit: EXPORT_RATE } },
    async (request, reply) => {
      const access = await boardAccess(app, request.params.id, request, reply);
      if (!access) return reply;
      const boardId = access.board.id;
      const query = ExportQuerySchema.safeParse(request.query ?? {});
      if (!query.success) return sendInvalid(reply, query.error);
      const { format } = query.data;

      const document = await postmortemOf(app, access.board, Date.now());
      const body = renderExport(document, format);
      request.log.info({ board: boardId, format, role: access.role }, 'board exported');
      return reply
        .header('Content-Type', EXPORT_FORMAT_INFO[format].contentType)
        .header('Content-Disposition', `attachment; filename="${exportFileName(document, format)}"`)
        .header('Content-Security-Policy', EXPORT_CSP)
        .header('X-Content-Type-Options', 'nosniff')
        .header('Referrer-Policy', 'no-referrer')
        .header('Cache-Control', 'no-store')
        .send(body);
    },
  );
};

export default exportRoutes;
