/**
 * Password resets, asked for and used before sign-in: no session, no CSRF token. Asking
 * answers 202 with the same body whether or not the email has an account, and mails in
 * the background so that the time of the answer says nothing either; per address the
 * asks are rate-limited, per account at most RESETS_PER_HOUR are mailed. A reset link
 * names only an origin the server vouches for (mail/linkOrigin.ts). Using a link needs
 * its token (256 random bits from the fragment), JSON only, and works once: it sets the
 * password, ends every session of the person, and signs this browser in.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  CompletePasswordResetRequestSchema,
  EmailSchema,
  PasswordResetLookupRequestSchema,
  PasswordResetRequestSchema,
  type LinkGone,
  type MeResponse,
  type PasswordResetAsked,
  type PasswordResetLookupResponse,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import type { PersonRecord } from '../storage/workspaceStore.ts';
import { vouchedLinkOrigin } from '../workspace/mail/linkOrigin.ts';
import { passwordResetMail } from '../workspace/mail/messages.ts';
import { RESET_MINUTES } from '../workspace/passwordResets.ts';
import { personInfo } from '../workspace/people.ts';

export interface PasswordResetRoutesOptions {
  readonly publicUrl: string | undefined;
  readonly allowedOrigins: readonly string[];
}

/** Asks and uses per address and minute. */
const ASK_RATE = { max: 20, timeWindow: 60_000 };
const USE_RATE = { max: 30, timeWindow: 60_000 };

const GONE_MESSAGES: Record<Exclude<LinkGone, 'revoked'>, string> = {
  expired: `This reset link has expired (they work for ${RESET_MINUTES} minutes). Ask for a new one.`,
  used: 'This reset link was used already. Ask for a new one if you need to.',
};
const UNKNOWN_LINK = 'This reset link is not valid. Ask for a new one.';

export const resetPath = (origin: string, token: string) => `${origin}/reset#token=${token}`;

const passwordResetRoutes: FastifyPluginAsync<PasswordResetRoutesOptions> = async (
  app,
  { publicUrl, allowedOrigins },
) => {
  const { people, resets, mailer } = app.workspace;

  /** Issues and mails a reset for `person`; runs after the answer is sent, never throws. */
  async function mailReset(request: FastifyRequest, person: PersonRecord): Promise<void> {
    const origin = vouchedLinkOrigin(publicUrl, allowedOrigins, {
      protocol: request.protocol,
      host: request.host,
      localAddress: request.socket.localAddress,
      localPort: request.socket.localPort,
    });
    if (origin === null) {
      request.log.warn(
        'password reset not mailed: set PUBLIC_URL so that mailed links name this server',
      );
      return;
    }
    const issued = await resets.issue(person.id);
    if (!issued) {
      request.log.info({ person: person.id }, 'password reset not mailed: too many this hour');
      return;
    }
    const mail = await mailer.send(
      passwordResetMail({
        to: person.email,
        link: resetPath(origin, issued.token),
        origin,
        expiresAt: issued.record.expiresAt,
      }),
    );
    const log = { person: person.id, reset: issued.record.id, mail: mail.reason };
    if (mail.sent) request.log.info(log, 'password reset mailed');
    else
      request.log.warn(
        { ...log, detail: 'detail' in mail ? mail.detail : undefined },
        'password reset not mailed',
      );
  }

  app.post('/api/password-reset', { config: { rateLimit: ASK_RATE } }, async (request, reply) => {
    const parsed = PasswordResetRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const email = EmailSchema.safeParse(parsed.data.email);
    const person = email.success ? await people.findByEmail(email.data) : null;
    if (person && person.deactivatedAt === null && mailer.configured) {
      mailReset(request, person).catch((err: unknown) =>
        request.log.error({ err }, 'password reset failed'),
      );
    }
    const body: PasswordResetAsked = {
      mailConfigured: mailer.configured,
      expiresInMinutes: RESET_MINUTES,
    };
    return reply.code(202).send(body);
  });

  async function liveReset(reply: FastifyReply, token: string) {
    const check = await resets.check(token);
    if (!check.ok) {
      if (check.reason === 'unknown')
        sendError(reply, 404, { error: 'not_found', message: UNKNOWN_LINK });
      else
        sendError(reply, 410, {
          error: `reset_${check.reason}`,
          message: GONE_MESSAGES[check.reason],
        });
      return null;
    }
    const person = await people.find(check.record.personId);
    if (!person || person.deactivatedAt !== null) {
      sendError(reply, 403, {
        error: 'deactivated',
        message: 'This account is deactivated. Ask an admin of the workspace.',
      });
      return null;
    }
    return { record: check.record, person };
  }

  const use = { config: { rateLimit: USE_RATE } };

  app.post('/api/password-reset/lookup', use, async (request, reply) => {
    const parsed = PasswordResetLookupRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const live = await liveReset(reply, parsed.data.token);
    if (!live) return reply;
    const body: PasswordResetLookupResponse = {
      email: live.person.email,
      expiresAt: live.record.expiresAt,
    };
    return body;
  });

  app.post('/api/password-reset/complete', use, async (request, reply) => {
    const parsed = CompletePasswordResetRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const live = await liveReset(reply, parsed.data.token);
    if (!live) return reply;
    if (!(await resets.claim(live.record))) {
      // Used or expired between the check and now.
      return (await liveReset(reply, parsed.data.token))
        ? sendError(reply, 410, { error: 'reset_used', message: GONE_MESSAGES.used })
        : reply;
    }
    const { person } = live;
    await people.setPassword(person.id, parsed.data.password);
    const ended = await app.workspace.sessions.endAllSessions(person.id);
    const { session, csrfToken } = await app.workspace.sessions.startSession(reply, person.id);
    request.log.info({ person: person.id, ended, session: session.id }, 'password reset');
    const body: MeResponse = { person: personInfo(person), csrfToken };
    return body;
  });
};

export default passwordResetRoutes;
