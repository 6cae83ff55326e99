/**
 * Invitations. Admins list, create, renew (a new link: copy or resend) and revoke them.
 * Accepting one is done before sign-in, so it has no session and no CSRF token to check:
 * it is protected by the token itself (256 random bits, from the link's fragment, never
 * in a URL the server sees), by taking JSON only (no form or cross-site page can send it
 * without a CORS preflight this server never grants), and by a rate limit per address.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  AcceptInvitationRequestSchema,
  CreateInvitationRequestSchema,
  InvitationLookupRequestSchema,
  RenewInvitationRequestSchema,
  type InvitationInfo,
  type InvitationLinkResponse,
  type InvitationList,
  type InvitationLookupResponse,
  type LinkGone,
  type MeResponse,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import type { InvitationRecord } from '../storage/invitationStore.ts';
import type { IssuedInvitation } from '../workspace/invitations.ts';
import { pageLinkOrigin } from '../workspace/mail/linkOrigin.ts';
import { invitationMail } from '../workspace/mail/messages.ts';
import { EmailTakenError, personInfo } from '../workspace/people.ts';

export interface InvitationsRoutesOptions {
  /** Origin for links; the request's own origin when undefined. */
  readonly publicUrl: string | undefined;
}

/** Lookups and acceptances per address and minute: far below guessing, far above use. */
const ACCEPT_RATE = { max: 30, timeWindow: 60_000 };

const GONE_MESSAGES: Record<LinkGone, string> = {
  expired: 'This invitation has expired. Ask an admin of the workspace for a new one.',
  used: 'This invitation was used already. Sign in with the account it made.',
  revoked:
    'This invitation was withdrawn. Ask an admin of the workspace if you still need an account.',
};

const UNKNOWN_LINK =
  'This invitation link is not valid. It may have been replaced by a newer one: ask an admin of the workspace.';

export const invitationPath = (origin: string, token: string) => `${origin}/invite#token=${token}`;

const invitationsRoutes: FastifyPluginAsync<InvitationsRoutesOptions> = async (
  app,
  { publicUrl },
) => {
  const manage = { preHandler: authorize(app, 'people.manage') };
  const { people, invitations, mailer } = app.workspace;

  async function infoOf(
    record: InvitationRecord,
    names?: Map<string, string>,
  ): Promise<InvitationInfo> {
    const inviter =
      record.invitedBy === null
        ? null
        : (names?.get(record.invitedBy) ?? (await people.find(record.invitedBy))?.name ?? null);
    const state = invitations.stateOf(record) === 'pending' ? 'pending' : 'expired';
    const { id, email, role, createdAt, expiresAt } = record;
    return { id, email, role, invitedBy: inviter, createdAt, expiresAt, state };
  }

  /** The link of an issued invitation, mailed when asked; the answer the admin's page gets. */
  async function linkAnswer(
    request: FastifyRequest,
    { token, record }: IssuedInvitation,
    send: boolean,
  ): Promise<InvitationLinkResponse> {
    const origin = pageLinkOrigin(publicUrl, {
      protocol: request.protocol,
      host: request.host,
      localAddress: request.socket.localAddress,
      localPort: request.socket.localPort,
    });
    const link = invitationPath(origin, token);
    const inviterName =
      request.principal.kind === 'person'
        ? ((await people.find(request.principal.personId))?.name ?? 'An admin')
        : 'An admin';
    const mail = send
      ? await mailer.send(
          invitationMail({
            to: record.email,
            inviterName,
            role: record.role,
            link,
            origin,
            expiresAt: record.expiresAt,
          }),
        )
      : null;
    // Never the link: it opens an account to whoever holds it.
    request.log.info(
      { invitation: record.id, role: record.role, mail: mail?.reason ?? 'none' },
      'invitation link issued',
    );
    return { invitation: await infoOf(record), link, mail };
  }

  function conflict(reply: FastifyReply, error: string, message: string) {
    return sendError(reply, 409, { error, message });
  }

  app.get('/api/invitations', manage, async () => {
    const names = new Map((await people.list()).map((p) => [p.id, p.name]));
    const open = await invitations.listOpen();
    const body: InvitationList = {
      invitations: await Promise.all(open.map((r) => infoOf(r, names))),
      mailConfigured: mailer.configured,
    };
    return body;
  });

  app.post('/api/invitations', manage, async (request, reply) => {
    const parsed = CreateInvitationRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const { email, role, expiresInDays } = parsed.data;
    const existing = await people.findByEmail(email);
    if (existing?.deactivatedAt === null)
      return conflict(reply, 'account_exists', `${email} has an account already.`);
    if (existing)
      return conflict(
        reply,
        'account_deactivated',
        `${email} has a deactivated account: reactivate it on the People page instead.`,
      );
    const pending = (await invitations.listOpen()).find(
      (r) => r.email === email && invitations.stateOf(r) === 'pending',
    );
    if (pending)
      return conflict(
        reply,
        'already_invited',
        `${email} is invited already: resend or revoke that invitation.`,
      );
    const invitedBy = request.principal.kind === 'person' ? request.principal.personId : null;
    const issued = await invitations.create({ email, role, expiresInDays, invitedBy });
    return reply.code(201).send(await linkAnswer(request, issued, true));
  });

  app.post<{ Params: { id: string } }>(
    '/api/invitations/:id/link',
    manage,
    async (request, reply) => {
      const parsed = RenewInvitationRequestSchema.safeParse(request.body);
      if (!parsed.success) return sendInvalid(reply, parsed.error);
      const issued = await invitations.renew(request.params.id, parsed.data.expiresInDays);
      if (!issued)
        return sendError(reply, 404, {
          error: 'not_found',
          message: 'No open invitation with that id: it was accepted or revoked.',
        });
      return linkAnswer(request, issued, parsed.data.send);
    },
  );

  app.delete<{ Params: { id: string } }>('/api/invitations/:id', manage, async (request, reply) => {
    if (!(await invitations.revoke(request.params.id)))
      return sendError(reply, 404, {
        error: 'not_found',
        message: 'No open invitation with that id: it was accepted or revoked already.',
      });
    request.log.info({ invitation: request.params.id }, 'invitation revoked');
    return reply.code(204).send();
  });

  const beforeSignIn = { config: { rateLimit: ACCEPT_RATE } };

  /** Answers 404 or 410 for a token that opens no pending invitation; else its record. */
  async function pendingFor(reply: FastifyReply, token: string) {
    const check = await invitations.check(token);
    if (check.ok) return check.record;
    if (check.reason === 'unknown') {
      sendError(reply, 404, { error: 'not_found', message: UNKNOWN_LINK });
    } else {
      sendError(reply, 410, {
        error: `invitation_${check.reason}`,
        message: GONE_MESSAGES[check.reason],
      });
    }
    return null;
  }

  app.post('/api/invitations/lookup', beforeSignIn, async (request, reply) => {
    const parsed = InvitationLookupRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const record = await pendingFor(reply, parsed.data.token);
    if (!record) return reply;
    const body: InvitationLookupResponse = {
      email: record.email,
      role: record.role,
      expiresAt: record.expiresAt,
    };
    return body;
  });

  app.post('/api/invitations/accept', beforeSignIn, async (request, reply) => {
    const parsed = AcceptInvitationRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const { token, name, password } = parsed.data;
    const record = await pendingFor(reply, token);
    if (!record) return reply;
    if (!(await invitations.claim(record.id))) {
      // Accepted, revoked or expired between the check and now: say which.
      if (await pendingFor(reply, token))
        return sendError(reply, 410, { error: 'invitation_used', message: GONE_MESSAGES.used });
      return reply;
    }
    let person;
    try {
      person = await people.create({ email: record.email, name, role: record.role, password });
    } catch (error) {
      if (error instanceof EmailTakenError)
        return conflict(
          reply,
          'account_exists',
          `${record.email} has an account already: sign in with it.`,
        );
      await invitations.release(record.id);
      throw error;
    }
    const { session, csrfToken } = await app.workspace.sessions.startSession(reply, person.id);
    request.log.info(
      { invitation: record.id, person: person.id, session: session.id },
      'invitation accepted',
    );
    const body: MeResponse = { person: personInfo(person), csrfToken };
    return reply.code(201).send(body);
  });
};

export default invitationsRoutes;
