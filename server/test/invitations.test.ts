/**
 * Invitations end to end on a real server with a real SMTP server in-process: the mail
 * arrives, its link makes the account and signs in; links expire (on an injected clock),
 * work once, can be revoked or replaced; a broken mail server loses nothing.
 */
import { describe, expect, it } from 'vitest';
import type { InvitationLinkResponse, InvitationList } from '@hindsight/shared';
import { testContext, type TestServer } from './helpers.ts';
import { sessionCookieOf, signedIn, type SignedIn } from './people.ts';
import { startSmtpServer, type TestSmtpServer } from './support/smtpServer.ts';

const t = testContext();
const DAY = 24 * 60 * 60 * 1000;

interface World {
  readonly server: TestServer;
  readonly admin: SignedIn;
  readonly smtp: TestSmtpServer | undefined;
  /** Moves the server's clock for invitations and resets. */
  advance(ms: number): void;
}

async function world(mail: 'smtp' | 'refusing' | 'none' = 'smtp'): Promise<World> {
  const smtp = mail === 'none' ? undefined : await startSmtpServer({ refuse: mail === 'refusing' });
  if (smtp) t.defer(() => smtp.close());
  let now = Date.now();
  const env: Record<string, string> = smtp
    ? { SMTP_URL: smtp.url, MAIL_FROM: 'Hindsight <pm@example.com>' }
    : {};
  const server = await t.server({ env, clock: () => now });
  const admin = await signedIn(server.app, 'admin', 'Ada Admin');
  return { server, admin, smtp, advance: (ms) => (now += ms) };
}

const json = { 'content-type': 'application/json' };

async function invite(
  { server, admin }: World,
  body: object,
): Promise<{
  status: number;
  body: InvitationLinkResponse & { error?: string; message?: string };
}> {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/invitations',
    headers: { ...admin.headers, ...json },
    payload: JSON.stringify(body),
  });
  return { status: res.statusCode, body: res.json() };
}

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');

function post(server: TestServer, url: string, body: object, headers: Record<string, string> = {}) {
  return server.app.inject({
    method: 'POST',
    url,
    headers: { ...json, ...headers },
    payload: JSON.stringify(body),
  });
}

const accept = (server: TestServer, token: string, name = 'Sam Member') =>
  post(server, '/api/invitations/accept', { token, name, password: 'a long enough password' });

describe('invitations', () => {
  it('mails an invitation whose link makes the account with the invited role and signs in', async () => {
    const w = await world();
    const { status, body } = await invite(w, { email: ' Sam@Example.com ', role: 'member' });
    expect(status).toBe(201);
    expect(body.mail).toEqual({ sent: true, reason: 'sent' });
    expect(body.invitation).toMatchObject({
      email: 'sam@example.com',
      role: 'member',
      invitedBy: 'Ada Admin',
      state: 'pending',
    });
    // Seven days unless the admin says otherwise.
    expect(body.invitation.expiresAt - body.invitation.createdAt).toBe(7 * DAY);

    const mail = await w.smtp!.mailTo('sam@example.com');
    expect(mail.subject).toBe('You are invited to Hindsight');
    expect(mail.text).toContain(body.link);
    expect(mail.text).toContain('Ada Admin invited you');
    expect(mail.html).toContain(`href="${body.link}"`);
    expect(new URL(body.link).pathname).toBe('/invite');

    const token = tokenOf(body.link);
    const lookup = await post(w.server, '/api/invitations/lookup', { token });
    expect(lookup.json()).toEqual({
      email: 'sam@example.com',
      role: 'member',
      expiresAt: body.invitation.expiresAt,
    });

    const accepted = await accept(w.server, token);
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().person).toMatchObject({ email: 'sam@example.com', role: 'member' });
    const cookie = sessionCookieOf(accepted.headers['set-cookie']);
    expect(cookie).toBeDefined();
    const me = await w.server.app.inject({ url: '/api/me', headers: { cookie: cookie! } });
    expect(me.json().person).toMatchObject({ name: 'Sam Member', role: 'member' });

    // The new member creates a board with that session.
    const board = await post(
      w.server,
      '/api/boards',
      { title: 'First' },
      {
        cookie: cookie!,
        'x-csrf-token': accepted.json().csrfToken,
      },
    );
    expect(board.statusCode).toBe(201);
  });

  it('works once: a second acceptance, even at the same moment, makes no second account', async () => {
    const w = await world('none');
    const { body } = await invite(w, { email: 'once@example.com', role: 'viewer' });
    const token = tokenOf(body.link);
    const [a, b] = await Promise.all([
      accept(w.server, token, 'One'),
      accept(w.server, token, 'Two'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 410]);
    const again = await accept(w.server, token, 'Three');
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ error: 'invitation_used' });
    expect(
      (await w.server.app.workspace.people.list()).filter((p) => p.email === 'once@example.com'),
    ).toHaveLength(1);
  });

  it('expires after its days, on the server’s clock, with a page that says so', async () => {
    const w = await world('none');
    const { body } = await invite(w, {
      email: 'late@example.com',
      role: 'member',
      expiresInDays: 2,
    });
    const token = tokenOf(body.link);
    w.advance(2 * DAY - 1000);
    expect((await post(w.server, '/api/invitations/lookup', { token })).statusCode).toBe(200);
    w.advance(1000);
    const late = await post(w.server, '/api/invitations/lookup', { token });
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({
      error: 'invitation_expired',
      message: expect.stringMatching(/expired/),
    });
    expect((await accept(w.server, token)).statusCode).toBe(410);
    const list = await w.server.app.inject({ url: '/api/invitations', headers: w.admin.headers });
    expect((list.json() as InvitationList).invitations[0]).toMatchObject({ state: 'expired' });
  });

  it('is revocable, and a new link replaces the old one', async () => {
    const w = await world('none');
    const first = await invite(w, { email: 'rev@example.com', role: 'member' });
    const renewed = await post(
      w.server,
      `/api/invitations/${first.body.invitation.id}/link`,
      { send: false },
      w.admin.headers,
    );
    expect(renewed.statusCode).toBe(200);
    const { link, mail } = renewed.json() as InvitationLinkResponse;
    expect(mail).toBeNull();
    expect(link).not.toBe(first.body.link);
    expect(
      (await post(w.server, '/api/invitations/lookup', { token: tokenOf(first.body.link) }))
        .statusCode,
    ).toBe(404);
    expect(
      (await post(w.server, '/api/invitations/lookup', { token: tokenOf(link) })).statusCode,
    ).toBe(200);

    const revoked = await w.server.app.inject({
      method: 'DELETE',
      url: `/api/invitations/${first.body.invitation.id}`,
      headers: w.admin.headers,
    });
    expect(revoked.statusCode).toBe(204);
    const gone = await accept(w.server, tokenOf(link));
    expect(gone.statusCode).toBe(410);
    expect(gone.json()).toMatchObject({ error: 'invitation_revoked' });
    const list = await w.server.app.inject({ url: '/api/invitations', headers: w.admin.headers });
    expect((list.json() as InvitationList).invitations).toEqual([]);
  });

  it('answers 409 for an email with an account, active or deactivated, or invited already', async () => {
    const w = await world('none');
    const member = await signedIn(w.server.app, 'member');
    const taken = await invite(w, { email: member.person.email.toUpperCase(), role: 'viewer' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({
      error: 'account_exists',
      message: expect.stringContaining(member.person.email),
    });

    await w.server.app.workspace.store.deactivatePerson(member.person.id, Date.now());
    const deactivated = await invite(w, { email: member.person.email, role: 'viewer' });
    expect(deactivated.body).toMatchObject({ error: 'account_deactivated' });

    expect((await invite(w, { email: 'twice@example.com', role: 'viewer' })).status).toBe(201);
    const twice = await invite(w, { email: 'twice@example.com', role: 'member' });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: 'already_invited' });
  });

  it('tells the admin when the mail server refuses, and loses nothing: the link is there to copy', async () => {
    const w = await world('refusing');
    const { status, body } = await invite(w, { email: 'bounce@example.com', role: 'member' });
    expect(status).toBe(201);
    expect(body.mail).toMatchObject({
      sent: false,
      reason: 'failed',
      detail: expect.stringMatching(/550/),
    });
    expect(w.smtp!.received).toEqual([]);
    const list = await w.server.app.inject({ url: '/api/invitations', headers: w.admin.headers });
    expect((list.json() as InvitationList).invitations).toMatchObject([
      { email: 'bounce@example.com', state: 'pending' },
    ]);
    expect((await accept(w.server, tokenOf(body.link))).statusCode).toBe(201);
  });

  it('without SMTP_URL sends nothing and gives the admin the link, which is never logged', async () => {
    const lines: string[] = [];
    const server = await t.server({
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
    });
    const admin = await signedIn(server.app, 'admin');
    const res = await post(
      server,
      '/api/invitations',
      { email: 'nomail@example.com', role: 'member' },
      admin.headers,
    );
    const body = res.json() as InvitationLinkResponse;
    expect(body.mail).toEqual({ sent: false, reason: 'not-configured' });
    const list = await server.app.inject({ url: '/api/invitations', headers: admin.headers });
    expect((list.json() as InvitationList).mailConfigured).toBe(false);
    const token = tokenOf(body.link);
    expect((await accept(server, token)).statusCode).toBe(201);
    expect(lines.join('\n')).toContain('invitation accepted');
    expect(lines.join('\n')).not.toContain(token);
  });
});
