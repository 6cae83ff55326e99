/** One's own account: sign out everywhere, change password. Cookie-authenticated, CSRF-checked. */
import type { FastifyPluginAsync } from 'fastify';
import { ChangePasswordRequestSchema } from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { verifyPassword } from '../workspace/passwords.ts';

const accountRoutes: FastifyPluginAsync = async (app) => {
  const account = { preHandler: authorize(app, 'account.manage') };

  /** Sign out everywhere: every session of the person ends, this one included. */
  app.delete('/api/me/sessions', account, async (request, reply) => {
    if (request.principal.kind !== 'person') return reply.code(401).send();
    const ended = await app.workspace.sessions.endAllSessions(request.principal.personId);
    await app.workspace.sessions.endSession(request, reply);
    request.log.info({ person: request.principal.personId, ended }, 'signed out everywhere');
    return reply.code(204).send();
  });

  /**
   * A new password, given the current one. Every other session ends (whoever knew the old
   * password is signed out); this browser gets a new session.
   */
  app.put('/api/me/password', account, async (request, reply) => {
    if (request.principal.kind !== 'person') return reply.code(401).send();
    const parsed = ChangePasswordRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const { personId } = request.principal;
    const person = await app.workspace.people.find(personId);
    if (!person || !(await verifyPassword(person.passwordHash, parsed.data.currentPassword))) {
      return sendError(reply, 403, {
        error: 'wrong_password',
        message: 'The current password is not right.',
      });
    }
    await app.workspace.people.setPassword(personId, parsed.data.newPassword);
    await app.workspace.sessions.endAllSessions(personId);
    const { csrfToken } = await app.workspace.sessions.startSession(reply, personId);
    request.log.info({ person: personId }, 'password changed');
    return { csrfToken };
  });
};

export default accountRoutes;
