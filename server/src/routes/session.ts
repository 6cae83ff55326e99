/**
 * Signing in and out. `POST /api/session` is used before sign-in, so it has no session
 * and no CSRF token to check; it is protected instead by taking JSON only (a page on
 * another site cannot send `application/json` here without a CORS preflight this server
 * never grants, and forms cannot send it at all), by login throttling per account and per
 * address, and by one generic answer whether or not the email has an account — with the
 * same password hashing work either way.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { EmailSchema, SignInRequestSchema, type MeResponse } from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { csrfTokenFor } from '../http/csrf.ts';
import { sessionToken } from '../http/session.ts';
import { verifyPassword } from '../workspace/passwords.ts';
import { personInfo } from '../workspace/people.ts';
import { ACCOUNT_RULE, ADDRESS_RULE } from '../workspace/throttle.ts';

export interface SessionRoutesOptions {
  /** The throttles' clock; tests move it on. */
  readonly now?: () => number;
}

const SIGN_IN_REFUSED = 'That email and password do not match an account.';

function tooMany(reply: FastifyReply, waitMs: number): FastifyReply {
  const seconds = Math.ceil(waitMs / 1000);
  reply.header('retry-after', String(seconds));
  return sendError(reply, 429, {
    error: 'too_many_requests',
    message: `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
  });
}

const sessionRoutes: FastifyPluginAsync<SessionRoutesOptions> = async (app, { now }) => {
  const perAccount = app.shared.throttle('account', ACCOUNT_RULE, now);
  const perAddress = app.shared.throttle('address', ADDRESS_RULE, now);
  const account = { preHandler: authorize(app, 'account.manage') };

  app.post('/api/session', async (request, reply) => {
    const parsed = SignInRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const email = EmailSchema.safeParse(parsed.data.email);
    const accountKey = email.success ? email.data : parsed.data.email.trim().toLowerCase();
    const wait = Math.max(
      ...(await Promise.all([perAddress.wait(request.ip), perAccount.wait(accountKey)])),
    );
    if (wait > 0) return tooMany(reply, wait);

    const person = email.success ? await app.workspace.people.findByEmail(email.data) : null;
    const matches = await verifyPassword(person?.passwordHash ?? null, parsed.data.password);
    if (!person || !matches || person.deactivatedAt !== null) {
      await Promise.all([perAddress.fail(request.ip), perAccount.fail(accountKey)]);
      request.log.info({ ip: request.ip }, 'sign-in refused');
      return sendError(reply, 401, { error: 'unauthorized', message: SIGN_IN_REFUSED });
    }
    await perAccount.clear(accountKey);
    const { session, csrfToken } = await app.workspace.sessions.startSession(reply, person.id);
    request.log.info({ person: person.id, session: session.id }, 'signed in');
    const body: MeResponse = { person: personInfo(person), csrfToken };
    return body;
  });

  app.get('/api/me', account, async (request, reply) => {
    const { principal } = request;
    const token = sessionToken(request);
    const person =
      principal.kind === 'person' ? await app.workspace.people.find(principal.personId) : null;
    // authorize() let only a live session through; it may have ended since.
    if (!person || token === undefined) {
      return sendError(reply, 401, { error: 'unauthorized', message: 'Sign in to the workspace.' });
    }
    const body: MeResponse = { person: personInfo(person), csrfToken: csrfTokenFor(token) };
    return body;
  });

  app.delete('/api/session', account, async (request, reply) => {
    await app.workspace.sessions.endSession(request, reply);
    return reply.code(204).send();
  });
};

export default sessionRoutes;
