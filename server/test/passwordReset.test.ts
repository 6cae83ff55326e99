/**
 * Password resets on a real server with a real SMTP server in-process: one answer for
 * every email, a link that works once and for 30 minutes (on an injected clock), a new
 * password that ends every other session, and links that never follow a forged Host.
 */
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { testContext, type TestServer } from './helpers.ts';
import { TEST_PASSWORD, sessionCookieOf, signedIn } from './people.ts';
import { startSmtpServer, type TestSmtpServer } from './support/smtpServer.ts';

const t = testContext();
const MINUTE = 60_000;
const json = { 'content-type': 'application/json' };

async function world(env: Record<string, string> = {}) {
  const smtp = await startSmtpServer();
  t.defer(() => smtp.close());
  let now = Date.now();
  const server = await t.server({
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'pm@example.com', ...env },
    clock: () => now,
  });
  return { server, smtp, advance: (ms: number) => (now += ms) };
}

function post(server: TestServer, url: string, body: object, headers: Record<string, string> = {}) {
  return server.app.inject({
    method: 'POST',
    url,
    headers: { ...json, ...headers },
    payload: JSON.stringify(body),
  });
}

/** Asks for a reset as a browser on the server's own address does, and reads the link mailed. */
async function resetLink(server: TestServer, smtp: TestSmtpServer, email: string): Promise<string> {
  const before = smtp.received.length;
  const res = await fetch(`${server.url}/api/password-reset`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email }),
  });
  expect(res.status).toBe(202);
  await expect.poll(() => smtp.received.length).toBeGreaterThan(before);
  const mail = smtp.received.at(-1)!;
  const link = /https?:\/\/\S+\/reset#token=[\w-]+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no reset link in ${mail.text}`);
  return link;
}

/** Asks for a reset over the server's real socket, with a Host header of the asker's choice. */
function forgedHostAsk(server: TestServer, email: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${server.url}/api/password-reset`,
      { method: 'POST', headers: { ...json, host } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ email }));
  });
}

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');
const complete = (server: TestServer, token: string, password = 'a brand new passphrase') =>
  post(server, '/api/password-reset/complete', { token, password });
const signIn = (server: TestServer, email: string, password: string) =>
  post(server, '/api/session', { email, password });

describe('password reset', () => {
  it('answers the same whether or not the email has an account, and mails only an account', async () => {
    const { server, smtp } = await world();
    const sam = await signedIn(server.app, 'member');
    for (const email of [sam.person.email, 'nobody@example.com', 'not an email']) {
      const res = await fetch(`${server.url}/api/password-reset`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email }),
      });
      expect(res.status).toBe(202);
      expect(await res.json()).toEqual({ mailConfigured: true, expiresInMinutes: 30 });
    }
    await smtp.mailTo(sam.person.email);
    expect(smtp.received.map((m) => m.to)).toEqual([[sam.person.email]]);
  });

  it('sets a new password once, ends every other session, and signs this browser in', async () => {
    const { server, smtp } = await world();
    const sam = await signedIn(server.app, 'member');
    const link = await resetLink(server, smtp, sam.person.email);
    expect(new URL(link).origin).toBe(server.url);
    const token = tokenOf(link);
    expect((await post(server, '/api/password-reset/lookup', { token })).json()).toMatchObject({
      email: sam.person.email,
    });

    const done = await complete(server, token);
    expect(done.statusCode).toBe(200);
    const fresh = sessionCookieOf(done.headers['set-cookie']);
    expect(
      (await server.app.inject({ url: '/api/me', headers: { cookie: fresh! } })).statusCode,
    ).toBe(200);
    // The session that was open before is over at once.
    expect(
      (await server.app.inject({ url: '/api/me', headers: { cookie: sam.cookie } })).statusCode,
    ).toBe(401);
    expect((await signIn(server, sam.person.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(server, sam.person.email, 'a brand new passphrase')).statusCode).toBe(200);

    const again = await complete(server, token, 'yet another passphrase');
    expect(again.statusCode).toBe(410);
    expect(again.json()).toMatchObject({ error: 'reset_used' });
  });

  it('expires after 30 minutes on the server’s clock, and a new password voids the other links', async () => {
    const { server, smtp, advance } = await world();
    const sam = await signedIn(server.app, 'member');
    const first = tokenOf(await resetLink(server, smtp, sam.person.email));
    advance(30 * MINUTE);
    const late = await complete(server, first);
    expect(late.statusCode).toBe(410);
    expect(late.json()).toMatchObject({
      error: 'reset_expired',
      message: expect.stringContaining('30 minutes'),
    });

    const second = tokenOf(await resetLink(server, smtp, sam.person.email));
    const third = tokenOf(await resetLink(server, smtp, sam.person.email));
    advance(30 * MINUTE - 1000);
    expect((await complete(server, third)).statusCode).toBe(200);
    expect((await complete(server, second)).statusCode).toBe(410);
  });

  it('mails at most 3 links per account an hour', async () => {
    const { server, smtp, advance } = await world();
    const sam = await signedIn(server.app, 'member');
    for (let i = 0; i < 3; i++) await resetLink(server, smtp, sam.person.email);
    const fourth = await post(server, '/api/password-reset', { email: sam.person.email });
    expect(fourth.statusCode).toBe(202);
    advance(61 * MINUTE);
    await resetLink(server, smtp, sam.person.email);
    // The fourth ask was answered the same and dropped: four mails in all, not five.
    expect(smtp.received).toHaveLength(4);
  });

  it('never mails a link to the host a forged Host header names', async () => {
    const { server, smtp } = await world();
    const sam = await signedIn(server.app, 'member');
    expect(await forgedHostAsk(server, sam.person.email, 'evil.example')).toBe(202);
    // Then a genuine ask: its mail is the only one.
    const link = await resetLink(server, smtp, sam.person.email);
    expect(new URL(link).origin).toBe(server.url);
    expect(smtp.received).toHaveLength(1);

    const behindProxy = await world({ PUBLIC_URL: 'https://pm.example.com' });
    const ana = await signedIn(behindProxy.server.app, 'viewer');
    await post(
      behindProxy.server,
      '/api/password-reset',
      { email: ana.person.email },
      { host: 'evil.example' },
    );
    expect((await behindProxy.smtp.mailTo(ana.person.email)).text).toContain(
      'https://pm.example.com/reset#token=',
    );
  });
});
