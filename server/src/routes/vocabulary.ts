/**
 * `GET /api/postmortems/vocabulary?kind=service|tag&prefix=` (rule `boards.list`): the
 * services and contributing-factor tags used in past postmortems that start with what
 * was typed, merged case-insensitively, most used first — suggested while typing new ones.
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  VOCABULARY_LIMIT,
  VocabularyQuerySchema,
  type VocabularyResponse,
} from '@hindsight/shared';
import { sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';

const vocabularyRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/api/postmortems/vocabulary',
    { preHandler: authorize(app, 'boards.list') },
    async (request, reply) => {
      const parsed = VocabularyQuerySchema.safeParse(request.query);
      if (!parsed.success) return sendInvalid(reply, parsed.error);
      const { kind, prefix } = parsed.data;
      const body: VocabularyResponse = {
        values: await app.store.vocabulary(kind, prefix, VOCABULARY_LIMIT),
      };
      return body;
    },
  );
};

export default vocabularyRoutes;
