/** API tokens (admins): list, create (the token is in this answer only), revoke. */
import type { FastifyPluginAsync } from 'fastify';
import {
  CreateTokenRequestSchema,
  type CreateTokenResponse,
  type TokenList,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';

const tokensRoutes: FastifyPluginAsync = async (app) => {
  const manage = { preHandler: authorize(app, 'tokens.manage') };

  app.get('/api/tokens', manage, async () => {
    const body: TokenList = { tokens: await app.workspace.tokens.list() };
    return body;
  });

  app.post('/api/tokens', manage, async (request, reply) => {
    const parsed = CreateTokenRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const body: CreateTokenResponse = await app.workspace.tokens.create(parsed.data);
    request.log.info({ token: body.info.id, scope: body.info.scope }, 'API token created');
    return reply.code(201).send(body);
  });

  app.delete<{ Params: { id: string } }>('/api/tokens/:id', manage, async (request, reply) => {
    if (!(await app.workspace.tokens.revoke(request.params.id))) {
      return sendError(reply, 404, {
        error: 'not_found',
        message: 'No token with that id, or it was already revoked.',
      });
    }
    request.log.info({ token: request.params.id }, 'API token revoked');
    return reply.code(204).send();
  });
};

export default tokensRoutes;
