/**
 * A board's history over REST (README, "Public contract"), for the facilitator's token
 * only: list the versions, preview one as the postmortem document, restore one, and
 * undo or redo restores. Other roles get 403, a bad token 401, an unknown board or
 * version 404.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  EXPORT_CSP,
  EXPORT_FORMAT_INFO,
  renderExport,
  VersionIdSchema,
  VersionPreviewQuerySchema,
  type RestoreResponse,
  type RestoreStack,
} from '@hindsight/shared';
import { postmortemOf } from '../export/postmortem.ts';
import { UnreadableVersionError } from '../history/versionContent.ts';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { facilitatorAccess } from '../http/boardAccess.ts';
import { refusedForStorage } from '../http/storageGuard.ts';
import type { BoardRecord } from '../storage/store.ts';

/** Restores, undos and redos one address may ask for per minute. */
const RESTORE_RATE = { max: 30, timeWindow: '1 minute' };
/** Previews one address may ask for per minute, like exports. */
const PREVIEW_RATE = { max: 60, timeWindow: '1 minute' };

type VersionParams = { Params: { id: string; versionId: string }; Querystring: unknown };

function unknownVersion(reply: FastifyReply): FastifyReply {
  return sendError(reply, 404, { error: 'not_found', message: 'No version with that id.' });
}

/** What a caller who is not the facilitator is told they may not do. */
const SEE = 'see the history';

const versionsRoutes: FastifyPluginAsync = async (app) => {
  /** The board and version a request names, once its caller is the facilitator. */
  async function versionOf(
    request: FastifyRequest<VersionParams>,
    reply: FastifyReply,
    action: string,
  ): Promise<{ board: BoardRecord; boardId: string; versionId: string } | null> {
    const access = await facilitatorAccess(app, request.params.id, request, reply, action);
    if (!access) return null;
    const versionId = VersionIdSchema.safeParse(request.params.versionId);
    if (!versionId.success) {
      unknownVersion(reply);
      return null;
    }
    return { board: access.board, boardId: access.board.id, versionId: versionId.data };
  }

  /** Runs `read`; a version this server cannot read becomes a 409 answer (undefined). */
  async function readable<T>(reply: FastifyReply, read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (err) {
      if (!(err instanceof UnreadableVersionError)) throw err;
      sendError(reply, 409, {
        error: 'unreadable_version',
        message: 'This version cannot be read by this server; choose another one.',
      });
      return undefined;
    }
  }

  app.get<{ Params: { id: string } }>('/api/boards/:id/versions', async (request, reply) => {
    const access = await facilitatorAccess(app, request.params.id, request, reply, SEE);
    if (!access) return reply;
    return app.history.list(access.board.id);
  });

  app.get<VersionParams>(
    '/api/boards/:id/versions/:versionId/preview',
    { config: { rateLimit: PREVIEW_RATE } },
    async (request, reply) => {
      const named = await versionOf(request, reply, SEE);
      if (!named) return reply;
      const query = VersionPreviewQuerySchema.safeParse(request.query ?? {});
      if (!query.success) return sendInvalid(reply, query.error);
      const doc = await readable(reply, () => app.history.open(named.boardId, named.versionId));
      if (doc === undefined) return reply;
      if (doc === null) return unknownVersion(reply);
      try {
        const document = await postmortemOf(app, named.board, Date.now(), doc);
        const { format } = query.data;
        return reply
          .header('Content-Type', EXPORT_FORMAT_INFO[format].contentType)
          .header('Content-Security-Policy', EXPORT_CSP)
          .header('X-Content-Type-Options', 'nosniff')
          .header('Cache-Control', 'no-store')
          .send(renderExport(document, format));
      } finally {
        doc.destroy();
      }
    },
  );

  const answer = (restores: RestoreStack): RestoreResponse => ({ restores });

  app.post<VersionParams>(
    '/api/boards/:id/versions/:versionId/restore',
    { config: { rateLimit: RESTORE_RATE } },
    async (request, reply) => {
      const named = await versionOf(request, reply, 'restore a version');
      if (!named) return reply;
      if (await refusedForStorage(app, reply)) return reply;
      const outcome = await readable(reply, () =>
        app.history.restore(named.boardId, named.versionId),
      );
      if (outcome === undefined) return reply;
      if (outcome === 'unknown-version') return unknownVersion(reply);
      if (outcome === 'board-full') {
        return sendError(reply, 409, {
          error: 'board_full',
          message:
            'Restoring this version could make the board larger than its size limit; nothing was changed.',
        });
      }
      request.log.info({ board: named.boardId, version: named.versionId }, 'version restored');
      return answer(outcome);
    },
  );

  for (const direction of ['undo', 'redo'] as const) {
    app.post<{ Params: { id: string } }>(
      `/api/boards/:id/restores/${direction}`,
      { config: { rateLimit: RESTORE_RATE } },
      async (request, reply) => {
        const action = `${direction} a restore`;
        const access = await facilitatorAccess(app, request.params.id, request, reply, action);
        if (!access) return reply;
        if (await refusedForStorage(app, reply)) return reply;
        const boardId = access.board.id;
        const { done, restores } = await app.history[direction](boardId);
        if (!done) {
          return sendError(reply, 409, {
            error: `nothing_to_${direction}`,
            message: `There is no restore to ${direction}: it was done already, or the board was closed since.`,
          });
        }
        request.log.info({ board: boardId }, `restore ${direction} done`);
        return answer(restores);
      },
    );
  }
};

export default versionsRoutes;
