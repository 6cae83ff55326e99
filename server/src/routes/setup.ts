/**
 * The first start's setup: `GET /api/setup` says whether the workspace still waits for its
 * owner; `POST /api/setup` creates the owner with the setup link's token and signs them
 * in. Used before anyone can sign in, so there is no session or CSRF token to check: the
 * 256-bit token printed on the server's console is the credential, it works once and only
 * while there is no owner, and the route takes JSON only (no cross-site form can send it).
 *
 * `POST /api/account/password` sets a password with a one-time link from `hindsight user
 * create`, protected the same way: the link's token, used once, within its days.
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  SetPasswordRequestSchema,
  SetupRequestSchema,
  type MeResponse,
  type SetupStatus,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { personInfo } from '../workspace/people.ts';

const REFUSED = {
  done: {
    status: 409,
    error: 'already_set_up',
    message: 'This workspace is set up already: sign in.',
  },
  invalid: {
    status: 403,
    error: 'invalid_link',
    message: 'This setup link is not valid or was used. Restart the server for a new one.',
  },
  'email-taken': {
    status: 409,
    error: 'email_taken',
    message: 'That email has an account already.',
  },
} as const;

const setupRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/setup', async () => {
    const body: SetupStatus = { needed: await app.workspace.setup.needed() };
    return body;
  });

  app.post('/api/setup', async (request, reply) => {
    const parsed = SetupRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const { token, ...owner } = parsed.data;
    const result = await app.workspace.setup.complete(token, owner);
    if (!result.ok) {
      const { status, ...body } = REFUSED[result.reason];
      return sendError(reply, status, body);
    }
    const { csrfToken } = await app.workspace.sessions.startSession(reply, result.person.id);
    request.log.info({ person: result.person.id }, 'workspace set up: owner created');
    const body: MeResponse = { person: personInfo(result.person), csrfToken };
    return reply.code(201).send(body);
  });

  app.post('/api/account/password', async (request, reply) => {
    const parsed = SetPasswordRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const person = await app.workspace.passwordLinks.use(parsed.data.token, parsed.data.password);
    if (!person) {
      return sendError(reply, 403, {
        error: 'invalid_link',
        message: 'This link is not valid, has expired, or was used. Ask an admin for a new one.',
      });
    }
    await app.workspace.sessions.endAllSessions(person.id);
    const { csrfToken } = await app.workspace.sessions.startSession(reply, person.id);
    request.log.info({ person: person.id }, 'password set from a link');
    const body: MeResponse = { person: personInfo(person), csrfToken };
    return body;
  });
};

export default setupRoutes;
